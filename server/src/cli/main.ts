// bin/datasan: `scan` for CI, `lsp --stdio` for other editors. The contract is ../../shared/specs/cli.md.
import { join } from 'node:path';
import { runScan } from './scan';
import { runRedact } from './redact';
import { runRedactBatch } from './redact-batch';
import { runRepair } from './repair';
import { runReport } from './report';
import { failureLine, UsageError } from './errors';
import { printable } from '../engine/printable';

const HELP = `Usage: datasan <command> [options]

Commands:
  scan [options] <path|glob>...   Scan files and folders for PII, secrets and Llama license problems
  redact <in> -o <out> [options]  Write a redacted copy of a dataset of any size (streaming, atomic)
  redact --batch                  Many redactions in one process: a JSON array of arguments per input line
  repair <in> -o <out> [options]  Keep only the records under a redaction threshold (subsampling repair)
  report merge <report.json>...   Merge the reports of a dataset's shards into the report of the whole
  lsp --stdio                     Run the language server over stdio (Neovim, Helix, Emacs, …)

Run "datasan <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  switch (command) {
    case 'scan':
      return runScan(rest);
    case 'redact':
      return rest[0] === '--batch' ? runRedactBatch(rest.slice(1), runRedact) : runRedact(rest);
    case 'repair':
      return runRepair(rest);
    case 'report':
      return runReport(rest);
    case 'lsp':
      if (!rest.includes('--stdio')) throw new UsageError('datasan lsp needs --stdio');
      // The server module starts listening when loaded; vscode-languageserver reads --stdio from argv.
      require(join(__dirname, 'server.js'));
      return new Promise<number>(() => {});
    case '--version':
    case '-v':
      console.log(VERSION);
      return 0;
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      console.log(HELP);
      return command === undefined ? 2 : 0;
    default:
      throw new UsageError(`unknown command "${command}" (try "datasan --help")`);
  }
}

// A reader that stops early (`datasan scan | head`) closes the pipe: an I/O error as the CLI contract has it
// (exit status 2, one line on stderr), instead of a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code !== 'EPIPE') throw e;
  process.stderr.write('datasan: the output was closed before the command finished (broken pipe)\n');
  process.exit(2);
});

declare const DATASAN_VERSION: string | undefined;
const VERSION = typeof DATASAN_VERSION === 'string' ? DATASAN_VERSION : '0.0.0-dev';

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`datasan: ${printable(failureLine(e))}\n`);
    process.exitCode = 2;
  },
);
