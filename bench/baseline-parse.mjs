// Baseline for `datasan scan`: read the file line by line and JSON.parse every line, nothing else.
import { createReadStream } from 'node:fs';

const decoder = new TextDecoder('utf-8', { fatal: true });
let buf = '';
let lines = 0;
for await (const chunk of createReadStream(process.argv[2], { highWaterMark: 1 << 20 })) {
  buf += decoder.decode(chunk, { stream: true });
  let at = 0;
  for (let nl = buf.indexOf('\n', at); nl !== -1; nl = buf.indexOf('\n', at)) {
    JSON.parse(buf.slice(at, nl));
    lines++;
    at = nl + 1;
  }
  buf = buf.slice(at);
}
console.log(lines);
