// Baseline for `datasan redact`: read the file line by line (UTF-8 decoded, as redact reads it) and
// write every line back out, nothing else.
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';

const [input, output] = process.argv.slice(2);
const out = createWriteStream(output);
const decoder = new TextDecoder('utf-8', { fatal: true });
let buf = '';
let lines = 0;
for await (const chunk of createReadStream(input, { highWaterMark: 1 << 20 })) {
  buf += decoder.decode(chunk, { stream: true });
  let text = '';
  let at = 0;
  for (let nl = buf.indexOf('\n', at); nl !== -1; nl = buf.indexOf('\n', at)) {
    text += buf.slice(at, nl) + '\n';
    lines++;
    at = nl + 1;
  }
  buf = buf.slice(at);
  if (!out.write(text)) await once(out, 'drain');
}
out.end(buf);
await once(out, 'finish');
console.log(lines);
