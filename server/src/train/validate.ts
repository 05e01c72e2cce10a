// npm run train -- --validate: compares training recipes without any -dev file. A slice of every training
// file (a quarter, by a hash of the id; two folds) is taken out of training; those of btc-train, wnut17-train
// (pooled as "ALL", English) and germeval2014-train (German, apart) are scored through the whole engine
// (rules, model, place context), detokenised as web text is written, and all in lower case; so is a quarter of the web-genre templates (reviews, e-mails, newsgroups), on records filled anew.
// Optional: a JSON object of recipe overrides, e.g. '{"epochs":15}'; its "analyzer" member sets analyzer options
// of the scoring runs, e.g. '{"analyzer":{"confidentRules":false}}'.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { TRAIN_RECIPE, type TrainRecipe } from '../engine/detectors/names/model/recipe';
import { capitalisedPersons, f1, reliability, runNames, scoreAt, type Doc } from '../eval/ner';
import type { AnalyzerOptions } from '../engine/detectors/names/analyzer';
import { findNerDir, loadJsonl } from './data';
import { isHandleSpan, trainModel } from './trainer';
import { scoreEntity } from '../eval/score';
import { detokenize, lowerCased } from './augment';
import { WEB_GENRES, webGenreRecords } from './synthetic';

const VALIDATION_FILES = ['btc-train.jsonl', 'wnut17-train.jsonl', 'germeval2014-train.jsonl'];
/** The validation sets pooled as "ALL" (English, as the issue's targets are); German is scored apart. */
const POOLED = new Set(['btc', 'wnut17']);

/** Whether a training record is in the validation slice (never trained on by a validation run). */
export const inValidation = (id: string, fold = 0) => createHash('sha256').update(`validation:${fold}:${id}`).digest().readUInt32BE(0) % 4 === 0;

/** Web-genre records a validation fold scores on, from templates its model never saw. */
const WEB_GENRE_RECORDS = 1500;

const fmt = (x: number) => x.toFixed(3);

/** PERSON at the threshold with gold @handles set aside (a finding on one counts neither way). */
function personsWithoutHandles(docs: readonly Doc[]) {
  return scoreEntity('PERSON', docs.map((d) => {
    const aside = d.gold.filter((s) => s.label === 'PERSON' && isHandleSpan(d.text, s));
    return {
      gold: d.gold.filter((s) => !aside.includes(s)),
      predicted: d.predicted.filter((p) => p.confidence >= 0.5 && !aside.some((s) => s.start < p.end && p.start < s.end)),
    };
  }));
}

function line(name: string, docs: Doc[]): string {
  const per = personsWithoutHandles(docs);
  const cap = capitalisedPersons(docs, 0.5);
  const loc = scoreAt(docs, 'LOCATION', 0);
  const loc5 = scoreAt(docs, 'LOCATION', 0.5);
  const org = scoreAt(docs, 'ORGANIZATION', 0.5);
  return `${name.padEnd(22)} PER ${fmt(f1(per))} (P ${fmt(per.precision)} R ${fmt(per.recall)})  capPER ${fmt(f1(cap))}  LOC@any ${fmt(f1(loc))} (P ${fmt(loc.precision)} R ${fmt(loc.recall)})  LOC@.5 ${fmt(f1(loc5))}  ORG ${fmt(f1(org))}`;
}

/** Trains without one fold's slice and scores the whole engine on it, per corpus and writing. */
function validateFold(dir: string, recipe: TrainRecipe, fold: number, log: (m: string) => void, analyzer: Partial<AnalyzerOptions> = {}): Map<string, Doc[]> {
  const t0 = Date.now();
  const heldTemplate = (t: string) => inValidation(`template:${t}`, fold);
  const model = { ...trainModel(dir, recipe, () => {}, (r) => !inValidation(r.id, fold), (t) => !heldTemplate(t)), usesRules: recipe.usesRules };
  log(`fold ${fold}: trained in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const out = new Map<string, Doc[]>();
  const opts: AnalyzerOptions = { useCompromise: false, tagger: 'learned', model, ...analyzer };
  for (const f of VALIDATION_FILES) {
    const recs = loadJsonl(join(dir, f)).filter((r) => inValidation(`${f}:${r.id}`, fold));
    const name = f.split('-')[0];
    const detok = recs.map(detokenize);
    for (const [set, list] of [[`${name} detok`, detok], [`${name} lower`, detok.map((r) => lowerCased(r) ?? r)]] as const) out.set(set, runNames(list, opts));
  }
  out.set('web-genre synthetic', runNames(webGenreRecords(WEB_GENRES.filter(heldTemplate), WEB_GENRE_RECORDS, recipe.seed + fold), opts));
  return out;
}

/** Both folds pooled: per corpus, then all corpora, as written and in lower case; and the reliability table. */
export function validate(options: Partial<TrainRecipe> & { analyzer?: Partial<AnalyzerOptions> }, log: (m: string) => void, folds = [0, 1]): void {
  const dir = findNerDir();
  if (!dir) throw new Error('../shared/data/ner not found');
  const { analyzer, ...overrides } = options;
  const recipe: TrainRecipe = { ...TRAIN_RECIPE, ...overrides };
  log(`recipe overrides: ${JSON.stringify(overrides)}${analyzer ? `; analyzer: ${JSON.stringify(analyzer)}` : ''}`);
  const pooled = new Map<string, Doc[]>();
  const add = (k: string, docs: Doc[]) => pooled.set(k, [...(pooled.get(k) ?? []), ...docs]);
  for (const fold of folds) {
    for (const [set, docs] of validateFold(dir, recipe, fold, log, analyzer)) {
      add(set, docs);
      if (!POOLED.has(set.split(' ')[0])) continue;
      if (set.endsWith('lower')) add('ALL lower', docs);
      else if (set.endsWith('detok')) add('ALL detok', docs);
    }
  }
  for (const [set, docs] of pooled) log(line(set, docs));
  const all = pooled.get('ALL detok') ?? [];
  for (const e of ['PERSON', 'LOCATION']) {
    const docs = all.map((d) => ({ ...d, predicted: d.predicted.filter((p) => p.label === e) }));
    log(`reliability of ${e} (detokenised): ` + reliability(docs).filter((r) => r.n).map((r) => `[${r.from}: ${r.n} ${fmt(r.correct / r.n)}]`).join(' '));
  }
}
