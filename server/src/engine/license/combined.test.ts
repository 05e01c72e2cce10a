// Fixes applied one after another, the card re-checked each time, as a user clicks one light bulb after another.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Fix } from '../types';
import { checkModelCard, licenseFixes, type LicenseEnv } from './index';
import { parseCard } from './card';
import { applyEdits, lineAt, loadFixtures } from '../../testing/license';

/** Rules that only inform and offer no fix. */
const NO_FIX = new Set(['llama/eu-multimodal', 'llama/name-unresolved', 'llama/front-matter']);

type Pick = (fixes: Fix[]) => Fix | undefined;
const preferred: Pick = (fixes) => fixes.find((f) => f.isPreferred);
// Someone who wants Hugging Face metadata takes the front-matter fix wherever one is offered.
const frontMatterFirst: Pick = (fixes) => fixes.find((f) => /front matter|license_link|license:/i.test(f.title)) ?? preferred(fixes);

const STRATEGIES: { name: string; order: (f: Finding[]) => Finding[]; pick: Pick }[] = [
  { name: 'preferred fixes, top to bottom', order: (f) => f, pick: preferred },
  { name: 'preferred fixes, bottom to top', order: (f) => [...f].reverse(), pick: preferred },
  { name: 'front-matter fixes first, bottom to top', order: (f) => [...f].reverse(), pick: frontMatterFirst },
];

function fixAll(text: string, start: LicenseEnv, strategy: (typeof STRATEGIES)[number]) {
  let env = start;
  const applied: Fix[] = [];
  for (let step = 0; step < 20; step++) {
    const found = checkModelCard(text, env);
    let next: { finding: Finding; fix: Fix } | undefined;
    for (const finding of strategy.order(found)) {
      const fix = strategy.pick(licenseFixes(text, finding, env));
      if (fix) {
        next = { finding, fix };
        break;
      }
    }
    if (!next) return { text, env, applied };
    const where = `step ${step + 1}: ${next.finding.rule}@${lineAt(text, next.finding.start)} "${next.fix.title}"`;
    const fixed = applyEdits(text, next.fix.edits);
    if (next.fix.createFiles?.some((c) => c.path === 'NOTICE')) env = { ...env, noticeFileExists: true };
    const after = checkModelCard(fixed, env);
    assert.ok(after.length < found.length, `${where} did not reduce the findings (${found.length} → ${after.length})`);
    text = fixed;
    applied.push(next.fix);
  }
  assert.fail('the fixes never settle');
}

/** Lines that are exactly a front-matter fence, outside fenced code. */
function fenceLines(text: string): number {
  let inCode = false;
  let n = 0;
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (/^\s*(?:```|~~~)/.test(line)) inCode = !inCode;
    else if (!inCode && line === '---') n++;
  }
  return n;
}

const cards = loadFixtures().filter((f) => f.name.startsWith('multi-'));

test('combined fixes: there are several multi-problem cards, one without a title', () => {
  assert.ok(cards.length >= 5);
  assert.ok(cards.some((c) => !parseCard(c.text).title && !parseCard(c.text).frontMatter));
  assert.ok(cards.some((c) => !parseCard(c.text).title && parseCard(c.text).frontMatter));
});

for (const card of cards) {
  for (const strategy of STRATEGIES) {
    for (const eol of ['\n', '\r\n']) {
      test(`combined fixes: ${card.name}, ${strategy.name}${eol === '\r\n' ? ', CRLF' : ''}`, () => {
        const original = eol === '\n' ? card.text : card.text.replace(/\n/g, '\r\n');
        const { text, env, applied } = fixAll(original, card.env, strategy);
        assert.ok(applied.length > 0, 'no fix applied');

        const left = checkModelCard(text, env);
        for (const f of left) {
          assert.ok(NO_FIX.has(f.rule), `${f.rule}@${lineAt(text, f.start)} is left although it has a fix`);
          assert.deepEqual(licenseFixes(text, f, env), []);
        }

        const hadFrontMatter = parseCard(original).frontMatter !== undefined;
        const addedFrontMatter = applied.some((f) => /front matter/i.test(f.title));
        assert.equal(fenceLines(text), hadFrontMatter || addedFrontMatter ? 2 : 0, 'front-matter blocks');
        const final = parseCard(text);
        if (hadFrontMatter || addedFrontMatter) {
          assert.ok(final.frontMatter && !final.frontMatter.error, 'the front matter parses');
          assert.equal(final.frontMatter.start, text.charCodeAt(0) === 0xfeff ? 1 : 0, 'the front matter opens the file');
        }

        const sections = text.match(/^##[ \t]+License[ \t]*\r?$/gm) ?? [];
        const wroteSection = applied.some((f) => f.edits.some((e) => /## License/.test(e.newText)));
        assert.equal(sections.length, wroteSection ? 1 : 0, 'License sections');

        // Each display once, after the front matter.
        assert.equal(final.displays.length, 1, 'one "Built with Llama"');
        if (final.frontMatter) assert.ok(final.displays[0].start >= final.frontMatter.end);
        if (!final.title) assert.equal(text.slice(final.bodyStart).replace(/^(?:\r?\n)+/, '').split(/\r?\n/)[0], 'Built with Llama', 'an untitled card opens with the display');

        if (eol === '\r\n') assert.doesNotMatch(text, /[^\r]\n/, 'a bare LF in a CRLF card');
      });
    }
  }
}
