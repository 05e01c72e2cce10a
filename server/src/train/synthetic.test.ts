import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WEB_GENRES, syntheticRecords, webGenreRecords } from './synthetic';

test('web-genre records: a business is an organisation, the town after it a place', () => {
  const template = 'Try {B}, they have the best prices in {C}.';
  assert.ok(WEB_GENRES.includes(template));
  for (const r of webGenreRecords([template], 30, 5)) {
    const [org, loc] = r.spans;
    assert.equal(org.label, 'ORGANIZATION');
    assert.equal(r.text.slice(0, org.start), 'Try ');
    assert.equal(r.text.slice(org.end, org.end + 7), ', they ');
    assert.equal(loc.label, 'LOCATION');
    assert.equal(r.text.slice(loc.end), '.');
  }
});

test('synthetic records: a web-genre template that is left out is never written', () => {
  const left = 'Senator {L} voted against the bill, and so did Judge {L}.';
  assert.ok(WEB_GENRES.includes(left));
  const has = (recs: { text: string }[]) => recs.some((r) => r.text.startsWith('Senator ') && r.text.includes(' voted against the bill, and so did Judge '));
  assert.ok(has(syntheticRecords(6000, 3)));
  assert.ok(!has(syntheticRecords(6000, 3, (t) => t !== left)));
  assert.ok(!has(syntheticRecords(6000, 3, () => true, 0)), 'no web-genre records at a share of 0');
});
