import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EMAIL, email } from './email';
import { matches } from '../../testing/detectors';

test('email: finds plain addresses', () => {
  assert.deepEqual(matches(email, 'write to jane.doe+ml@mail.co.uk today'), ['jane.doe+ml@mail.co.uk']);
  assert.deepEqual(matches(email, 'a@b.io, x_y@sub.domain.org'), ['a@b.io', 'x_y@sub.domain.org']);
});

test('email: ignores look-alikes', () => {
  assert.deepEqual(matches(email, 'git@github', 0.5), []);
  assert.deepEqual(matches(email, 'pip install foo==1.2@3', 0.5), []);
  assert.deepEqual(matches(email, '@username mentions', 0.5), []);
  assert.deepEqual(matches(email, 'a..b@mail.com', 0.5), []);
});

test('email: Git and scp remotes are no addresses; a credential dump\'s "address:password" is one', () => {
  for (const text of [
    'git clone git@github.com:huggingface/transformers.git && cd transformers',
    'git remote add origin git@gitlab.com:team/project.git',
    'Add your key to git@hf.co first.',
    'scp model.bin deploy@gpu-01.lab.internal:/srv/models/',
    'rsync -a ubuntu@ec2-3-91-12-4.compute.amazonaws.com:~/runs .',
  ]) assert.deepEqual(matches(email, text, 0.5), [], text);
  assert.deepEqual(matches(email, 'leaked: jane.roe@mail.com:hunter2', 0.5), ['jane.roe@mail.com']);
  assert.deepEqual(matches(email, 'Mail git@acmecorp.io: the build is red.', 0.5), ['git@acmecorp.io']);
});

test('email: message ids in mail headers are no addresses; the addresses of From and To are', () => {
  const text = 'From: Jane Roe <jane.roe@acme.io>\nMessage-ID: <CAF2x9kQ7abc@mail.gmail.com>\nIn-Reply-To: <5f1e2d3c@mx.acme.io>\nReferences: <a1@mx.acme.io> <b2@mx.acme.io>\nTo: ops@acme.io';
  assert.deepEqual(matches(email, text, 0.5), ['jane.roe@acme.io', 'ops@acme.io']);
});

test('email: an ssh login is no address; an address after the word ssh is one', () => {
  for (const text of [
    'ssh -i ~/.ssh/id_rsa ubuntu@ec2-54-12-34-56.compute-1.amazonaws.com',
    'then `ssh -p 2222 -o StrictHostKeyChecking=no root@gpu-node3.cluster.edu`',
    'mosh admin@box.acme.net',
    'ssh-copy-id deploy@build.acme.io',
    'clone ssh://alice@code.acme.io/repo',
  ]) assert.deepEqual(matches(email, text, 0.5), [], text);
  assert.deepEqual(matches(email, 'I use ssh and my email is jane.roe@mail.com', 0.5), ['jane.roe@mail.com']);
  assert.deepEqual(matches(email, 'ssh broke, write to ops@acme.io', 0.5), ['ops@acme.io']);
});

test('email: placeholders of tutorials and code questions score below the default threshold; real addresses of the same shape do not', () => {
  for (const text of [
    'Write a regex that validates an address like someone@domain.com.',
    'Replace your.name@company.com with your own address.',
    'git config --global user.email "you@yourdomain.com"',
    'Login: user@gmail.com / password123 (the placeholder in our docs)',
    'firstname.lastname@acme.io is the pattern here.',
  ]) assert.deepEqual(matches(email, text, 0.5), [], text);
  for (const text of ['Write to jane.roe@gmail.com', 'mail someone.else@acme.io', 'peter@domainnames.com', 'users@lists.debian.org']) assert.equal(matches(email, text, 0.5).length, 1, text);
});

test('email: reserved documentation domains score below the default threshold', () => {
  assert.deepEqual(matches(email, 'user@example.com', 0.5), []);
  assert.deepEqual(matches(email, 'user@example.com', 0), ['user@example.com']);
  assert.deepEqual(matches(email, 'contact email: user@example.com', 0.5), []);
});

test('email: addresses in any script (RFC 6531, IDN domains), cut cleanly from scripts written without spaces', () => {
  assert.deepEqual(matches(email, 'mail zoë@mail.de or jürgen.müller@bücher.de'), ['zoë@mail.de', 'jürgen.müller@bücher.de']);
  assert.deepEqual(matches(email, 'пишите: иван@почта.рф'), ['иван@почта.рф']);
  assert.deepEqual(matches(email, '请联系john.doe@mail.com获取发票'), ['john.doe@mail.com']);
  assert.deepEqual(matches(email, 'メールはtaro@mail.jpまで'), ['taro@mail.jp']);
  assert.deepEqual(matches(email, 'ติดต่อsomchai@mail.co.thครับ'), ['somchai@mail.co.th']);
  assert.deepEqual(matches(email, 'zoë@mail', 0.5), []);
});

test('email: domains in their punycode (xn--) form, top-level domain included', () => {
  assert.deepEqual(matches(email, 'Schreiben Sie an kontakt@xn--mller-kva.de.', 0.5), ['kontakt@xn--mller-kva.de']);
  assert.deepEqual(matches(email, 'пишите на ivan.petrov@xn--80atjc.xn--p1ai сегодня', 0.5), ['ivan.petrov@xn--80atjc.xn--p1ai']);
  assert.deepEqual(matches(email, 'INFO@SHOP.XN--MLLER-KVA.XN--P1AI', 0.5), ['INFO@SHOP.XN--MLLER-KVA.XN--P1AI']);
  // Not a punycode label: a TLD with a digit that does not start with xn--.
  assert.deepEqual(matches(email, 'user@host.p1ai', 0.5), []);
  assert.deepEqual(matches(email, 'user@host.xn--', 0.5), []);
});

test('email: the search from each "@" finds exactly what a search of every position finds (long local parts, astral letters, many "@")', async () => {
  const fc = (await import('fast-check')).default;
  const everyPosition = (text: string) => [...text.matchAll(new RegExp(EMAIL.source, EMAIL.flags))].filter((m) => !m[0].includes('..')).map((m) => [m.index, m.index + m[0].length]);
  const piece = fc.constantFrom('a', 'Zoë', '\u{1D400}', '漢字', '.', '..', '@', '@@', 'mail.com', 'x'.repeat(63), '\u{1D400}'.repeat(40), ' ', '-', '_', '+', 'xn--p1ai', '.de', 'b.c');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 14 }), (parts) => {
      const text = parts.join('');
      assert.deepEqual([...email.detect(text, {})].map((c) => [c.start, c.end]), everyPosition(text), text);
    }),
    { numRuns: 5000, seed: 17 },
  );
});
