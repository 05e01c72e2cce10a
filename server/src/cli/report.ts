// `datasan report merge`: the JSON reports of shards, redacted apart (processes, machines, a Dask cluster),
// merged into the report of the whole dataset, as HTML, Markdown and/or JSON.
import { promises as fs } from 'node:fs';
import { ioMessage } from '../engine/io';
import { mergeReports, parseShardReport, ReportMergeError } from '../engine/report/merge';
import { renderReport, type ReportFormat } from '../engine/report/render';
import { UsageError } from './errors';
import { parseCommand } from './options';
import { writeReport } from './redact';

export const REPORT_HELP = `Usage: datasan report merge <shard-report.json>... [--html F] [--md F] [--json F]

Merges the JSON reports of "datasan redact --report" run on the shards of one dataset into the report one
run over the shards concatenated in the order given would have written: totals, entities, fields, the
histogram, QA answers, and the most affected records with their record and line numbers counted across
shards. Name the shards in the order of the data (zero-padded names sort right: shard-00.json, …).
Without --html, --md or --json, the merged JSON report is written to standard output.

Options:
  --html <file>   Write the merged report as one self-contained HTML page
  --md <file>     Write it as Markdown
  --json <file>   Write it as JSON (itself mergeable with other merged reports)
  -h, --help      Show this help

Exit status: 0 done, 2 usage or I/O error (a report that is not a version 2 redaction report, or reports
made with different options or formats).`;

export async function runReport(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined || sub === '--help' || sub === '-h' || sub === 'help') {
    console.log(REPORT_HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'merge') throw new UsageError(`unknown report command "${sub}" (try "datasan report --help")`);
  const args = parseCommand(rest, {
    html: { type: 'string' },
    md: { type: 'string' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  });
  const o = args.values;
  if (o.help) {
    console.log(REPORT_HELP);
    return 0;
  }
  if (!args.positionals.length) throw new UsageError('name the shard reports to merge (try "datasan report merge --help")');
  const shards = [];
  for (const name of args.positionals) {
    let text: string;
    try {
      text = await fs.readFile(name, 'utf8');
    } catch (e) {
      throw new UsageError(`${name}: ${ioMessage(e)}`);
    }
    try {
      shards.push({ name, report: parseShardReport(text, name) });
    } catch (e) {
      throw e instanceof ReportMergeError ? new UsageError(e.message) : e;
    }
  }
  let merged: ReturnType<typeof mergeReports>;
  try {
    merged = mergeReports(shards);
  } catch (e) {
    throw e instanceof ReportMergeError ? new UsageError(e.message) : e;
  }
  const outputs = (['html', 'md', 'json'] as ReportFormat[]).filter((f) => o[f] !== undefined);
  if (!outputs.length) process.stdout.write(renderReport(merged, 'json'));
  for (const f of outputs) await writeReport(o[f]!, renderReport(merged, f));
  const t = merged.totals;
  process.stderr.write(`datasan: merged ${shards.length} report${shards.length === 1 ? '' : 's'}: ${t.redactions.toLocaleString('en-US')} redactions in ${t.records.toLocaleString('en-US')} records${outputs.length ? ` → ${outputs.map((f) => o[f]).join(', ')}` : ''}\n`);
  return 0;
}
