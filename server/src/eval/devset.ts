// Scores the engine at default settings on the labeled dev set (../shared/data/pii-dev.jsonl).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_SETTINGS, type DatasanSettings } from '../engine/settings';
import { createScanner } from '../engine/index';
import type { Detector } from '../engine/types';
import { type Row, scoreEntity, type Span } from './score';

export const TARGETS: Record<string, number> = {
  EMAIL_ADDRESS: 0.95,
  CREDIT_CARD: 0.95,
  IBAN_CODE: 0.95,
  IP_ADDRESS: 0.95,
  US_SSN: 0.95,
  PHONE_NUMBER: 0.85,
  PERSON: 0.85,
  STREET_ADDRESS: 0.75,
  LOCATION: 0.75,
};

export interface DevRecord {
  id: string;
  text: string;
  spans: Span[];
}

/** A path under the shared data folder (`shared/data/…`), beside the project or inside the folder it runs from. */
export function findSharedData(name: string, from = process.cwd()): string | undefined {
  for (const p of [join(from, '..', 'shared', 'data', name), join(from, 'shared', 'data', name)]) if (existsSync(p)) return p;
  return undefined;
}

export const findDevSet = (from?: string) => findSharedData('pii-dev.jsonl', from);

/** Labeled records, one JSON object a line (`{ id, text, spans }`: the dev set, the NER files). */
export function loadLabeled<T = DevRecord>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as T);
}

export const loadDevSet = (path: string) => loadLabeled<DevRecord>(path);

/** Per-entity rows for every entity the engine predicts that the dev set also labels. */
export function evaluate(records: DevRecord[], settings: DatasanSettings = DEFAULT_SETTINGS, detectors?: Detector[]): Row[] {
  const scanner = createScanner(settings, detectors ? { detectors } : {});
  const docs = records.map((r) => ({
    gold: r.spans,
    predicted: scanner.scan(r.text, 'text').findings.map((f) => ({ start: f.start, end: f.end, label: f.entity ?? '' })),
  }));
  const labeled = new Set(records.flatMap((r) => r.spans.map((s) => s.label)));
  const predicted = new Set(docs.flatMap((d) => d.predicted.map((s) => s.label)));
  const entities = [...new Set([...Object.keys(TARGETS), ...predicted])].filter((e) => labeled.has(e) && (predicted.has(e) || e in TARGETS));
  return entities.map((e) => scoreEntity(e, docs));
}
