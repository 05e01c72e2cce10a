// How the shipped weights are trained (`npm run train`): recorded in their manifest, checked by a test.
export const TRAIN_RECIPE = {
  /** Human-annotated CC BY training files, in ../shared/data/ner (never a -dev file). */
  dataFiles: ['btc-train.jsonl', 'wnut17-train.jsonl', 'germeval2014-train.jsonl'],
  seed: 20261207,
  epochs: 10,
  /** Perceptrons trained on the same records in this many orders (seeds seed, seed + 1, …) and averaged: results stable across seeds. */
  shuffles: 3,
  /** Synthetic chat records from the project's own generators. */
  syntheticRecords: 9000,
  /** The share of synthetic records written from the web-genre templates (reviews, e-mails, newsgroups). */
  webGenreShare: 0.15,
  /** One record in this many (by a hash of its id) is held out to fit the confidence calibration. */
  holdoutEvery: 10,
  /** Quantised weights smaller than this (in units of the largest / 32767) are dropped. */
  pruneBelow: 2,
  /** Copies of the annotated sentences: detokenised ("Tampa's team, he said"), and every n-th all in lower case (0: none). */
  augment: { detokenized: true, lowerCaseEvery: 3 },
  /** The rule tagger's verdicts are features. */
  usesRules: true,
  /** One training record in this many is seen without them (0: none), so the model does not lean on them. */
  withoutRulesEvery: 3,
} as const satisfies TrainRecipe;

export interface TrainRecipe {
  dataFiles: readonly string[];
  seed: number;
  epochs: number;
  shuffles: number;
  syntheticRecords: number;
  webGenreShare: number;
  holdoutEvery: number;
  pruneBelow: number;
  augment: { detokenized: boolean; lowerCaseEvery: number };
  usesRules: boolean;
  withoutRulesEvery: number;
}
