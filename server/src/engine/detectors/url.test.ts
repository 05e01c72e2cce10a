import { test } from 'node:test';
import assert from 'node:assert/strict';
import { url } from './url';
import { matches, scored } from '../../testing/detectors';

test('url: user name and password in the authority', () => {
  assert.deepEqual(matches(url, 'clone https://jdoe:Tr0ub4dor3@git.internal.io/repo.git now', 0.5), ['jdoe:Tr0ub4dor3']);
  assert.deepEqual(matches(url, 'DATABASE_URL=postgres://app:s3cr3tPw@db.local:5432/prod', 0.5), ['app:s3cr3tPw']);
  const [c] = scored(url, 'https://jdoe:Tr0ub4dor3@git.internal.io/');
  assert.equal(c.label, 'Credentials in a URL');
  assert.ok(c.score >= 0.9);
});

test('url: secret and personal query parameters', () => {
  assert.deepEqual(matches(url, 'https://api.site.io/v1/items?api_key=9fK2mQ7xLp0Z&limit=10', 0.5), ['9fK2mQ7xLp0Z']);
  assert.deepEqual(matches(url, 'https://app.site.io/cb#access_token=eyQ7xLp0Zk2m&state=1', 0.5), ['eyQ7xLp0Zk2m']);
  assert.deepEqual(matches(url, 'https://shop.io/track?email=jane.roe%40mail.com&id=7', 0.5), ['jane.roe%40mail.com']);
  assert.deepEqual(matches(url, 'https://crm.io/find?phone=%2B1-415-555-2671', 0.5), ['%2B1-415-555-2671']);
  assert.deepEqual(matches(url, 'https://crm.io/p?first_name=Jane&last_name=Roe', 0.5), ['Jane', 'Roe']);
});

test('url: trailing punctuation is not part of the URL', () => {
  assert.deepEqual(matches(url, '(see https://x.io/a?token=Zk2mQ7xLp0a9).', 0.5), ['Zk2mQ7xLp0a9']);
});

test('url: plain URLs and harmless parameters stay silent', () => {
  assert.deepEqual(matches(url, 'https://www.example-shop.se/ and http://docs.site.io/a/b?page=2&sort=asc#intro'), []);
  assert.deepEqual(matches(url, 'https://medium.com/@jane/post-1 and ssh://git@github.com/x.git'), []);
  assert.deepEqual(matches(url, 'https://pypi.org/search?name=resnet50', 0.5), []);
});

test('url: placeholders stay below the threshold', () => {
  for (const t of [
    'https://user:<password>@host.io/',
    'https://user:${DB_PASS}@host.io/',
    'https://user:****@host.io/',
    'https://api.io/?token=YOUR_TOKEN',
    'https://api.io/?api_key=xxxxxxxx',
    'https://api.io/?email=%s',
  ]) {
    assert.deepEqual(matches(url, t, 0.5), [], t);
  }
});

test('url: credentials on documentation hosts, or too short to be real, stay below the threshold', () => {
  assert.deepEqual(matches(url, "new URL('https://abc:xyz123@example.com/')", 0.5), []);
  assert.deepEqual(matches(url, 'http://localhost:8080/status?name=ryan', 0.5), []);
  assert.deepEqual(matches(url, 'https://a:b@files.internal.io/', 0.5), []);
});

test('url: a Markdown link ends the URL', () => {
  assert.deepEqual(matches(url, '[![cov](https://cov.io/badge.svg?token=Zk2mQ7xLp0)](https://cov.io/gh/x)', 0.5), ['Zk2mQ7xLp0']);
});

test('url: hostile input returns', () => {
  assert.ok(Array.isArray(matches(url, 'https://a' + '?a=b&'.repeat(20000) + '@'.repeat(20000))));
});
