// A JSONL file big enough to be scanned on worker threads, for the --jobs tests.

/** About 10 MB of JSONL (over the 8 MB from which files go to worker threads) with PII on some lines, one line invalid. */
export function bigJsonl(): string {
  const rows: string[] = [];
  const filler = 'The quick brown fox jumps over the lazy dog while the model trains. '.repeat(14);
  for (let i = 0; i < 10000; i++) {
    if (i === 4321) rows.push('not json: reach carol.mendes@mail.net');
    else if (i % 97 === 0) rows.push(JSON.stringify({ id: i, text: `${filler} write to user${i}@mail.com or call +1 415 555 ${String(1000 + (i % 9000)).padStart(4, '0')}` }));
    else if (i % 389 === 0) rows.push(JSON.stringify({ id: i, text: `${filler} my card is 4111 1111 1111 1111, name Ingrid Solberg` }));
    else rows.push(JSON.stringify({ id: i, text: filler }));
  }
  return rows.join('\n') + '\n';
}
