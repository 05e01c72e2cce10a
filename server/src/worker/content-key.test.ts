import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentKey } from './content-key';

test('content key: equal for equal texts and fields, different otherwise, and never the text itself', () => {
  const a = contentKey({ text: 'Dear Hannelore Krüger,' });
  assert.equal(contentKey({ text: 'Dear Hannelore ' + 'Krüger,' }), a);
  assert.notEqual(contentKey({ text: 'Dear Hannelore Krüger.' }), a);
  assert.notEqual(contentKey({ text: 'Dear Hannelore Krüger,', field: 'note' }), a);
  assert.ok(!a.includes('Hannelore'));
  // Many near-identical texts (one character apart) get distinct keys.
  const keys = new Set(Array.from({ length: 50_000 }, (_, i) => contentKey({ text: `Order ${i} for Anna` })));
  assert.equal(keys.size, 50_000);
});
