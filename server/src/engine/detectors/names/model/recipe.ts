// How the shipped weights are trained (`npm run train`): recorded in their manifest, checked by a test.
export const TRAIN_RECIPE = {
  /** Human-annotated CC BY training files, in ../shared/data/ner (never a -dev file). */
  dataFiles: ['btc-train.jsonl', 'wnut17-train.jsonl', 'germeval2014-train.jsonl'],
  seed: 20261207,
  epochs: 10,
  /** Synthetic chat records from the project's own generators. */
  syntheticRecords: 9000,
  /** One record in this many (by a hash of its id) is held out to fit the confidence calibration. */
  holdoutEvery: 10,
  /** Quantised weights smaller than this (in units of the largest / 32767) are dropped. */
  pruneBelow: 2,
  /** The rule tagger's verdicts are features. */
  usesRules: true,
} as const;

export type TrainRecipe = Omit<typeof TRAIN_RECIPE, 'usesRules'> & { usesRules: boolean };
