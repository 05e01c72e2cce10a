// npm run eval: precision and recall per entity on the labeled dev set, and on generated national-ID sentences.
import { evaluate, findDevSet, loadDevSet, TARGETS } from './devset';
import { formatTable } from './score';

async function main(): Promise<number> {
  const path = process.argv[2] ?? findDevSet();
  if (!path) {
    console.error('datasan eval: ../shared/data/pii-dev.jsonl not found (pass its path as an argument)');
    return 2;
  }
  const records = loadDevSet(path);
  console.log(`# Dev set: ${records.length} records (${path}), default settings\n`);
  console.log(formatTable(evaluate(records), TARGETS));
  return 0;
}

main().then((c) => (process.exitCode = c));
