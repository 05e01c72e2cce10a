// `datasan repair`: the subsampling repair. Redaction hurts a dataset most in the records it changed
// most (or whose answer it removed); keeping only the records under a threshold restores utility.
// Kept lines are written back byte for byte, atomically, in constant memory.
import { relative, resolve } from 'node:path';
import { createScanner } from '../engine/index';
import { type UnitScan, rewriteLines, inThisThread, NOTHING } from '../engine/batch';
import { PARQUET_EXTENSION, redactParquet } from '../engine/parquet';
import { AbortedError } from '../engine/redact-stream';
import { formatBytes, type OutputFile } from '../engine/io';
import { jsonValueTokens, tokenAt } from '../engine/report/json-paths';
import { qaShape, within } from '../engine/report/qa';
import { placeholders, repairSummary, renderRepairReport, RepairCollector, type CountFrom, type RepairReport } from '../engine/report/repair';
import { reportFormatOf } from '../engine/report/render';
import { UsageError } from './errors';
import { loadAllowlist } from './scan';
import { Progress } from './progress';
import { commandError, createOutput, failedLinesStatus, NOT_FULLY_SCANNED, plural, shownPath, statInput, withInterrupts, writeReport } from './redact';
import { sameFile } from '../engine/redact-job';
import { DETECTOR_FAILED } from '../engine/scan';
import { boundHeapGrowth } from '../engine/memory';
import { parseCommand, parseJobs, POOL_FROM_BYTES, SCAN_OPTIONS, scanPool, scanSettings } from './options';

export const REPAIR_HELP = `Usage: datasan repair <input.jsonl|.parquet> -o <output> [criteria] [options]

Keeps the records of a JSONL or Parquet dataset that redaction changed little, and drops the rest: the
subsampling repair for datasets whose redaction removed what the model should learn. Kept lines are
copied byte for byte (kept Parquet rows unchanged, in their row groups, with the same schema). Works on a redacted file (placeholders such as [EMAIL_ADDRESS] or
[EMAIL_ADDRESS_3] are counted) and on an unredacted one (findings of a scan are counted).

Criteria (at least one):
  --max-redactions <N>       Keep records with at most N redactions
  --max-density <X>          Keep records whose redactions per word of text are at most X (0..1)
  --drop-answer-redacted     Drop QA and chat records whose answer (an answer field, or an assistant
                             turn) lost an entity

Options:
  -o, --output <file>        Where to write the kept records (- for standard output)
  --in-place                 Replace the input itself (atomically)
  --count-from <what>        scan, placeholders or both (default: both)
  --min-confidence <0..1>    For counts from a scan (default: the editor's default)
  --entities <A,B,…>         Count only these entity kinds
  --locales <a,b|all>        For counts from a scan: country groups of national identifiers
  --no-names                 For counts from a scan: skip names, places and addresses (faster)
  --report <file>            Write a report (.html, .md or .json)
  --dry-run                  Write nothing but the summary (and the report)
  --no-allowlist             Ignore .datasan/allowlist.json
  --rules FILE               Custom rules (default: .datasan/rules.json, when present)
  --jobs auto|N              For counts from a scan: threads for an input over 8 MB (default auto: one per idle
                             core, at most 4)
  -h, --help                 Show this help

Exit status: 0 done, 2 usage or I/O error, 130 interrupted.`;

type Reason = keyof RepairReport['droppedBy'];

export async function runRepair(argv: string[]): Promise<number> {
  const args = parseCommand(argv, {
    ...SCAN_OPTIONS,
    output: { type: 'string', short: 'o' },
    'in-place': { type: 'boolean', default: false },
    'max-redactions': { type: 'string' },
    'max-density': { type: 'string' },
    'drop-answer-redacted': { type: 'boolean', default: false },
    'count-from': { type: 'string', default: 'both' },
    report: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
  });
  const o = args.values;
  if (o.help) {
    console.log(REPAIR_HELP);
    return 0;
  }
  if (args.positionals.length !== 1) throw new UsageError('name one input file (try "datasan repair --help")');
  let maxRedactions: number | undefined;
  if (o['max-redactions'] !== undefined) {
    maxRedactions = Number(o['max-redactions']);
    if (!Number.isInteger(maxRedactions) || maxRedactions < 0 || o['max-redactions'].trim() === '') throw new UsageError('--max-redactions must be a whole number ≥ 0');
  }
  let maxDensity: number | undefined;
  if (o['max-density'] !== undefined) {
    maxDensity = Number(o['max-density']);
    if (!(maxDensity >= 0 && maxDensity <= 1) || o['max-density'].trim() === '') throw new UsageError('--max-density must be a number from 0 to 1');
  }
  const dropAnswer = o['drop-answer-redacted']!;
  if (maxRedactions === undefined && maxDensity === undefined && !dropAnswer) throw new UsageError('give a criterion: --max-redactions N, --max-density X or --drop-answer-redacted');
  const countFrom = o['count-from'] as CountFrom;
  if (!['scan', 'placeholders', 'both'].includes(countFrom)) throw new UsageError(`--count-from must be scan, placeholders or both, not "${countFrom}"`);
  const dryRun = o['dry-run']!;
  if (!dryRun && !o.output && !o['in-place']) throw new UsageError('say where to write: -o <output>, --in-place or --dry-run');
  if (o.output && o['in-place']) throw new UsageError('use either -o or --in-place, not both');
  const reportFormat = o.report ? reportFormatOf(o.report) : undefined;
  if (o.report && !reportFormat) throw new UsageError('--report must name a .html, .md or .json file');

  const input = resolve(args.positionals[0]);
  const st = await statInput(input, args.positionals[0]);
  const output = dryRun ? undefined : o['in-place'] ? input : o.output === '-' ? '-' : resolve(o.output!);
  if (output && !o['in-place'] && output !== '-' && (await sameFile(input, output))) throw new UsageError('the output is the input; use --in-place to replace it');

  const { settings, entities } = scanSettings(o['min-confidence'], o.entities, o.locales, o['no-names'], o.rules);
  boundHeapGrowth();
  const allowlist = o['no-allowlist'] ? undefined : await loadAllowlist();
  const scanner = countFrom === 'placeholders' ? undefined : createScanner(settings, { entities, allowlist });
  const pool = scanner && st.size >= POOL_FROM_BYTES ? scanPool(parseJobs(o.jobs), scanner, entities, allowlist) : undefined;
  const shownInput = relative(process.cwd(), input) || input;
  const collector = new RepairCollector({ input: shownInput, bytes: st.size, options: { ...(maxRedactions !== undefined ? { maxRedactions } : {}), ...(maxDensity !== undefined ? { maxDensity } : {}), ...(dropAnswer ? { dropAnswerRedacted: true } : {}), countFrom } });
  /** The redactions of one record: from a scan, from placeholders, or both (a placeholder is never also a finding). */
  const measure = (text: string, scan: UnitScan | undefined) => {
    const marks: { entity: string; start: number; end: number }[] = countFrom === 'scan' ? [] : placeholders(text).filter((p) => !entities || entities.has(p.entity));
    if (!scan) return { marks, invalid: !isJson(text), failed: false };
    for (const f of scan.findings) {
      if (f.entity !== null && !marks.some((m) => f.start < m.end && m.start < f.end)) marks.push({ entity: f.entity, start: f.start, end: f.end });
    }
    return { marks, invalid: scan.invalidJson, failed: scan.notices.some((n) => n.rule === DETECTOR_FAILED) };
  };

  const progress = new Progress(st.size, 'repairing');
  let invalidSeen = 0;
  let failedSeen = 0;
  /** Whether a record is kept; counted in the report. */
  const judge = (text: string, scan: UnitScan | undefined, line: number): boolean => {
    const { marks, invalid, failed } = measure(text, scan);
    if (invalid && invalidSeen++ < 20) {
      progress.done();
      process.stderr.write(`datasan: line ${line} is not valid JSON; judged by its text\n`);
    }
    if (failed && failedSeen++ < 20) {
      progress.done();
      process.stderr.write(`datasan: line ${line} ${NOT_FULLY_SCANNED}; judged by its other findings\n`);
    }
    const reasons: Reason[] = [];
    if (maxRedactions !== undefined && marks.length > maxRedactions) reasons.push('maxRedactions');
    if (maxDensity !== undefined && marks.length && marks.length / Math.max(1, wordsOf(text, invalid)) > maxDensity) reasons.push('maxDensity');
    if (dropAnswer && marks.length && !invalid && answerLost(text, marks)) reasons.push('answerRedacted');
    const kept = reasons.length === 0;
    const perEntity: Record<string, number> = {};
    for (const m of marks) perEntity[m.entity] = (perEntity[m.entity] ?? 0) + 1;
    collector.add({ entities: perEntity, kept, invalid, reasons });
    return kept;
  };
  let bom = false;
  const status = await withInterrupts(async (signal, onExit) => {
    let file: OutputFile | undefined;
    try {
      if (output) {
        file = await createOutput(output, st.mode & 0o777);
        onExit(() => file!.abortSync());
      }
      // Batches are scanned ahead (on a pool of threads when one is given) and judged in order.
      const batches = scanner && (pool ?? inThisThread(scanner));
      if (PARQUET_EXTENSION.test(input)) {
        // Rows are kept or dropped as they are (string values unchanged); row groups keep their order.
        await redactParquet({
          input,
          scanner: scanner!,
          batches: batches ?? { detectors: [], scanBatch: async (units) => units.map(() => NOTHING), close: async () => {} },
          style: 'placeholder',
          noRedaction: true,
          sink: file,
          signal,
          keep: (u) => judge(u.text, batches && { findings: [...u.findings], notices: [], invalidJson: false }, u.line),
          onProgress: (bytes) => progress.update(bytes),
        });
        if (signal.aborted) throw new AbortedError();
        await file?.commit();
        return 0;
      }
      let started = false;
      await rewriteLines(
        input,
        { onBom: (x) => (bom = x), verb: 'repaired' },
        batches,
        (text, scan, line) => (judge(text, scan, line) ? text : undefined),
        async (out, b) => {
          if (signal.aborted) throw new AbortedError();
          await file?.write(out);
          progress.update(b.bytesRead);
        },
        async () => {
          if (signal.aborted) throw new AbortedError();
          if (!started && bom) await file?.write('\uFEFF');
          started = true;
        },
      );
      if (!started && bom) await file?.write('\uFEFF');
      if (signal.aborted) throw new AbortedError();
      await file?.commit();
      return 0;
    } catch (e) {
      await file?.abort();
      progress.done();
      if (e instanceof AbortedError) {
        process.stderr.write(`datasan: interrupted; ${output && file && !file.atomic ? `the output to ${shownPath(output)} is incomplete` : 'no output was written'}${o['in-place'] ? ' and the input is unchanged' : ''}\n`);
        return 130;
      }
      throw commandError(e, args.positionals[0], output);
    } finally {
      await pool?.close();
    }
  });
  progress.done();
  if (status !== 0) return status;
  if (invalidSeen > 20) process.stderr.write(`datasan: ${plural(invalidSeen - 20, 'more invalid JSON line')} (not listed)\n`);
  const report = collector.report();
  if (o.report) await writeReport(o.report, renderRepairReport(report, reportFormat!));
  process.stderr.write(repairSummary(report));
  const where = output ? (o['in-place'] ? `${shownInput} (in place)` : shownPath(output)) : 'nothing (dry run)';
  process.stderr.write(`datasan: wrote ${where} (${formatBytes(st.size)} read${o.report ? `; report: ${o.report}` : ''})\n`);
  return failedLinesStatus(failedSeen);
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Words in the record's string values (a placeholder or an entity counts as one or more words). */
function wordsOf(text: string, invalid: boolean): number {
  if (invalid) return countWords(text);
  let n = 0;
  const walk = (v: unknown): void => {
    if (typeof v === 'string') n += countWords(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(text));
  return n;
}

function countWords(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 10 || c === 13;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Whether a QA or chat record's answer holds one of the marks. */
function answerLost(text: string, marks: readonly { start: number; end: number }[]): boolean {
  const shape = qaShape(JSON.parse(text));
  if (!shape) return false;
  const tokens = jsonValueTokens(text);
  return marks.some((m) => {
    const t = tokenAt(tokens, m.start, m.end);
    return !!t && shape.answers.some((a) => within(t.path, a));
  });
}
