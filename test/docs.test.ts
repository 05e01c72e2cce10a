// Every rule a diagnostic can link to has its page in docs/rules/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ALL_NATIONAL_DETECTORS } from '../server/src/engine/detectors/national/index';
import { DETECTORS } from '../server/src/engine/detectors/index';
import { nameDetectors } from '../server/src/engine/detectors/names/index';
import { LICENSE_RULES } from '../server/src/engine/license/index';
import { ruleDocFile } from '../server/src/protocol';
import { DETECTOR_FAILED } from '../server/src/engine/scan';

const root = join(__dirname, '..');
const rules = [...DETECTORS, ...ALL_NATIONAL_DETECTORS, ...nameDetectors()].map((d) => d.id).concat(LICENSE_RULES.map((r) => r.id), ['format/invalid-json', DETECTOR_FAILED]);

test('docs: every rule has a documentation page that names it', () => {
  const missing = rules.filter((r) => !existsSync(join(root, 'docs', 'rules', ruleDocFile(r))));
  assert.deepEqual(missing, []);
  for (const r of rules) assert.ok(readFileSync(join(root, 'docs', 'rules', ruleDocFile(r)), 'utf8').includes(r), `${ruleDocFile(r)} names ${r}`);
});
