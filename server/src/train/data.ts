// The training data: the annotated -train files of ../shared/data/ner, and the manifest that records
// exactly which files (by SHA-256), seed and settings the shipped weights come from.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FEATURE_SETTINGS } from '../engine/detectors/names/model/features';
import type { TrainRecipe } from '../engine/detectors/names/model/recipe';
import type { CombinedCalibration, ModelEntity, Platt } from '../engine/detectors/names/model/learned';
import type { LabeledRecord } from './synthetic';
import { findSharedData, loadLabeled } from '../eval/devset';

export const findNerDir = (from?: string) => findSharedData('ner', from);

export const loadJsonl = (path: string) => loadLabeled<LabeledRecord>(path);

export function loadTrainingData(dir: string, files: readonly string[]): LabeledRecord[] {
  for (const f of files) if (!f.endsWith('-train.jsonl')) throw new Error(`datasan train: ${f} is not a -train file`);
  return files.flatMap((f) => loadJsonl(join(dir, f)).map((r) => ({ ...r, id: `${f}:${r.id}` })));
}

export const sha256File = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

export function buildManifest(dir: string, recipe: TrainRecipe, calibration: Record<ModelEntity, Platt>, combined: CombinedCalibration) {
  return {
    recipe,
    features: FEATURE_SETTINGS,
    data: Object.fromEntries(recipe.dataFiles.map((f) => [f, sha256File(join(dir, f))])),
    calibration,
    combined,
  };
}
