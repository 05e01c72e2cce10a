// npm run eval: precision and recall per entity on the labeled dev set, and per national identifier kind
// on generated multilingual sentences — both through the engine, at default confidence.
import { evaluate, findDevSet, loadDevSet, TARGETS } from './devset';
import { formatTable } from './score';
import { formatNationalTable, runNationalEval } from './national';
import { createScanner } from '../engine/index';
import { DEFAULT_SETTINGS, resolveSettings } from '../engine/settings';
import { nationalDetectors } from '../engine/detectors/national/index';
import { nerEval } from './ner-main';
import { REPORT_SEED, SECRET_TARGETS, TRAIN_SEED, formatSecretTable, runSecretEval } from './secrets';

function nationalEval(): string {
  // Every locale on (the fused detector the engine runs) and nothing filtered here: the eval applies the threshold itself.
  const settings = resolveSettings({ locales: ['all'], minConfidence: 0 });
  const scanner = createScanner(settings, { detectors: nationalDetectors(settings) });
  const scan = (text: string) => scanner.scan(text, 'text').findings.map((f) => ({ start: f.start, end: f.end, entity: f.entity ?? '', confidence: f.confidence }));
  return formatNationalTable(runNationalEval(scan, DEFAULT_SETTINGS.minConfidence));
}

async function main(): Promise<number> {
  const set = process.argv.indexOf('--set');
  if (set >= 0) {
    if (process.argv[set + 1] !== 'ner') {
      console.error(`datasan eval: unknown set "${process.argv[set + 1] ?? ''}" (known: ner)`);
      return 2;
    }
    return nerEval();
  }
  const path = process.argv[2] ?? findDevSet();
  if (!path) {
    console.error('datasan eval: ../shared/data/pii-dev.jsonl not found (pass its path as an argument)');
    return 2;
  }
  const records = loadDevSet(path);
  console.log(`# Dev set: ${records.length} records (${path}), default settings\n`);
  console.log(formatTable(evaluate(records), TARGETS));
  console.log(`\n# National identifiers: generated sentences in 16 languages, every locale on, minConfidence ${DEFAULT_SETTINGS.minConfidence}\n`);
  console.log(nationalEval());
  console.log(`\n# Secrets: generated real-shaped credentials per rule in prose, JSON, .env, Python, chat, a long README section and a lower-case sentence; placeholders in the same places; look-alikes (hashes, git SHAs, UUIDs, identifiers) in neutral text`);
  console.log(`Seed "${REPORT_SEED}" (rules were tuned on "${TRAIN_SEED}"), minConfidence ${DEFAULT_SETTINGS.minConfidence}; target recall ≥ ${SECRET_TARGETS.recall}, flagged ≤ ${SECRET_TARGETS.flagged * 100}%\n`);
  console.log(formatSecretTable(runSecretEval(REPORT_SEED)));
  return 0;
}

main().then((c) => (process.exitCode = c));
