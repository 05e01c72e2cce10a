// Helpers for the license tests: fixture annotations, applying fixes, line numbers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding, OffsetEdit, Severity } from '../engine/types';
import { DEFAULT_SETTINGS, type DatasanSettings, type SeveritySetting } from '../engine/settings';
import type { LicenseEnv } from '../engine/license/check';

export const FIXTURES = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'license');

export interface Expected {
  rule: string;
  line: number;
  severity?: Severity;
}

export interface Fixture {
  name: string;
  text: string;
  expected: Expected[];
  env: LicenseEnv;
}

const EXPECT = /(?:<!--|#)\s*expect:\s*(.*?)\s*(?:-->|$)/;
const ENV = /<!--\s*fixture:\s*(\{.*?\})\s*-->/;

export function settingsWith(severity: Record<string, SeveritySetting> = {}, enable = true): DatasanSettings {
  const s = structuredClone(DEFAULT_SETTINGS);
  s.license = { enable, severity };
  return s;
}

export function parseFixture(name: string, text: string): Fixture {
  const expected: Expected[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    const m = EXPECT.exec(line);
    if (!m) return;
    for (const item of m[1].split(',')) {
      const [rule, severity] = item.trim().split('=');
      if (rule) expected.push({ rule, line: i + 1, severity: severity as Severity | undefined });
    }
  });
  const envJson = ENV.exec(text)?.[1];
  const raw = envJson ? (JSON.parse(envJson) as { noticeFileExists?: boolean; severity?: Record<string, SeveritySetting>; enable?: boolean }) : {};
  return { name, text, expected, env: { settings: settingsWith(raw.severity, raw.enable), noticeFileExists: raw.noticeFileExists } };
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .sort()
    .map((f) => parseFixture(f, readFileSync(join(FIXTURES, f), 'utf8')));
}

/** 1-based line of an offset. */
export function lineAt(text: string, offset: number): number {
  let n = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** "rule@line" keys, sorted, for exact comparison. */
export function keys(text: string, findings: readonly Finding[]): string[] {
  return findings.map((f) => `${f.rule}@${lineAt(text, f.start)}`).sort();
}

/** Applies non-overlapping edits as an editor would. */
export function applyEdits(text: string, edits: readonly OffsetEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let floor = Infinity;
  for (const e of sorted) {
    if (e.end > floor) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.newText + out.slice(e.end);
    floor = e.start;
  }
  return out;
}

/**
 * Checks that `after` is `before` with exactly these edits: every byte before the first edit, between two
 * edits and after the last is the same, and each edit's text is where it should be. Returns what differs,
 * or undefined. Written apart from applyEdits, so it also checks how a fix was applied.
 */
export function outsideEditsKept(before: string, after: string, edits: readonly OffsetEdit[]): string | undefined {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let from = 0;
  let at = 0;
  for (const e of sorted) {
    const gap = before.slice(from, e.start);
    if (after.slice(at, at + gap.length) !== gap) return `the text before offset ${e.start} changed`;
    at += gap.length;
    if (after.slice(at, at + e.newText.length) !== e.newText) return `the edit at ${e.start} is not in place`;
    at += e.newText.length;
    from = e.end;
  }
  if (after.slice(at) !== before.slice(from)) return `the text after offset ${from} changed`;
  return undefined;
}

/** Where an offset of the text before the edits lands after them (inside a replaced range: the edit's start). */
export function mapOffset(offset: number, edits: readonly OffsetEdit[]): number {
  let delta = 0;
  for (const e of [...edits].sort((a, b) => a.start - b.start)) {
    if (e.end <= offset) delta += e.newText.length - (e.end - e.start);
    else if (e.start <= offset) return e.start + delta;
  }
  return offset + delta;
}
