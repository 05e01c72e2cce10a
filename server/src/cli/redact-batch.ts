// `datasan redact --batch`: one long-lived process for many redactions, so that a job runner (the Dask recipe's
// workers) pays node's start-up and the engine's JIT warm-up once, not once a shard. Each line of standard input
// is the arguments of one `datasan redact` as a JSON array of strings; each is answered, in order, by one JSON
// line on standard output: {"status": N} with the exit status the command would have had, and "error" when it
// could not run. Messages go to standard error as usual. The process ends at the end of its input.
import { createInterface } from 'node:readline';
import { failureLine, UsageError } from './errors';
import { printable } from '../engine/printable';

export interface BatchAnswer {
  status: number;
  error?: string;
}

/** The arguments on one line of the batch, or a usage error that says what is wrong with it. */
export function batchArguments(line: string, lineNumber: number): string[] {
  let argv: unknown;
  try {
    argv = JSON.parse(line);
  } catch {
    throw new UsageError(`--batch line ${lineNumber} is not JSON: give the arguments of one redaction as a JSON array of strings`);
  }
  if (!Array.isArray(argv) || !argv.every((a) => typeof a === 'string')) throw new UsageError(`--batch line ${lineNumber} is not a JSON array of strings`);
  // Standard input and output carry the batch itself.
  if (argv.includes('-')) throw new UsageError(`--batch line ${lineNumber}: name files; standard input and output carry the batch`);
  if (argv.some((a) => a === '--batch' || a === '--help' || a === '-h')) throw new UsageError(`--batch line ${lineNumber}: ${argv.includes('--batch') ? '--batch' : '--help'} cannot be given inside a batch`);
  return argv;
}

export async function runRedactBatch(argv: string[], redact: (argv: string[]) => Promise<number>): Promise<number> {
  if (argv.length > 0) throw new UsageError('--batch takes no other arguments: each line of standard input holds those of one redaction');
  let lineNumber = 0;
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    lineNumber++;
    if (!line.trim()) continue;
    let answer: BatchAnswer;
    try {
      answer = { status: await redact(batchArguments(line, lineNumber)) };
    } catch (e) {
      const error = printable(failureLine(e));
      process.stderr.write(`datasan: ${error}\n`);
      answer = { status: 2, error };
    }
    process.stdout.write(`${JSON.stringify(answer)}\n`);
  }
  return 0;
}
