import { test } from 'node:test';
import assert from 'node:assert/strict';
import { macAddress } from './mac-address';
import { matches, scored } from '../../testing/detectors';
import { scanText } from '../index';

test('mac-address: colon, dash and dot notations', () => {
  assert.deepEqual(matches(macAddress, 'ether 3c:22:fb:1a:9e:07 up', 0.5), ['3c:22:fb:1a:9e:07']);
  assert.deepEqual(matches(macAddress, 'id 3C-22-FB-1A-9E-07.', 0.5), ['3C-22-FB-1A-9E-07']);
  assert.deepEqual(matches(macAddress, 'port 3c22.fb1a.9e07', 0.5), ['3c22.fb1a.9e07']);
});

test('mac-address: a context word raises decimal-only addresses above the threshold', () => {
  assert.deepEqual(matches(macAddress, 'id 12-34-56-78-90-12', 0.5), []);
  assert.deepEqual(matches(macAddress, 'mac address 12:34:56:78:90:12', 0.5), ['12:34:56:78:90:12']);
  const [c] = scored(macAddress, 'bssid 3c:22:fb:1a:9e:07');
  assert.ok(c.score > 0.9);
});

test('mac-address: all-zero, broadcast and mixed separators stay silent', () => {
  assert.deepEqual(matches(macAddress, '00:00:00:00:00:00 ff:ff:ff:ff:ff:ff FF-FF-FF-FF-FF-FF'), []);
  assert.deepEqual(matches(macAddress, '3c:22-fb:1a:9e:07'), []);
  assert.deepEqual(matches(macAddress, '3c22.fb1a-9e07'), []);
});

test('mac-address: mixed case, as generated datasets write it, is found, a little less sure', () => {
  assert.deepEqual(matches(macAddress, 'Please whitelist 0d-B3-4a-6A-d9-cF on the guest network.', 0.5), ['0d-B3-4a-6A-d9-cF']);
  assert.deepEqual(matches(macAddress, 'printer at 3c:22:FB:1a:9e:07', 0.5), ['3c:22:FB:1a:9e:07']);
  const [mixed] = scored(macAddress, 'printer at 3c:22:FB:1a:9e:07');
  const [same] = scored(macAddress, 'printer at 3c:22:fb:1a:9e:07');
  assert.ok(mixed.score < same.score);
});

test('mac-address: found by the engine after "MAC", "hardware address" and "physical address", also without any digit', () => {
  const found = (text: string) => scanText(text, 'text').findings.filter((f) => f.entity === 'MAC_ADDRESS').map((f) => [text.slice(f.start, f.end), f.confidence]);
  assert.deepEqual(found('The MAC is aabb.ccdd.eeff'), [['aabb.ccdd.eeff', 1]]);
  assert.deepEqual(found('switch learned aabb.ccdd.eeff'), [['aabb.ccdd.eeff', 0.65]]);
  assert.deepEqual(found('Device MAC 0d-B3-4a-6A-d9-cF registered.'), [['0d-B3-4a-6A-d9-cF', 1]]);
  assert.deepEqual(found('Its hardware address is 0d-B3-4a-6A-d9-cF.'), [['0d-B3-4a-6A-d9-cF', 1]]);
  assert.deepEqual(found('   Physical Address. . . . . . . . . : 48-51-32-10-77-15'), [['48-51-32-10-77-15', 0.65]]);
  assert.deepEqual(found('MAC-Adresse: 3C:22:FB:1A:9E:07'), [['3C:22:FB:1A:9E:07', 1]]);
});

test('mac-address: never a part of an IPv6 address, a longer sequence, a UUID or a digest', () => {
  assert.deepEqual(matches(macAddress, '2001:db8:3c:22:fb:1a:9e:07'), []);
  assert.deepEqual(matches(macAddress, 'fe80::3c:22:fb:1a:9e:07'), []);
  assert.deepEqual(matches(macAddress, '3c:22:fb:1a:9e:07:aa'), []);
  assert.deepEqual(matches(macAddress, '123e4567-e89b-12d3-a456-426614174000'), []);
  assert.deepEqual(matches(macAddress, 'da39a3ee5e6b4b0d3255bfef95601890afd80709'), []);
  assert.deepEqual(matches(macAddress, 'version 1234.5678.9012 on 2024-01-15', 0.5), []);
});

test('mac-address: hostile input returns', () => {
  assert.ok(Array.isArray(matches(macAddress, 'ab:'.repeat(30000) + 'ab-'.repeat(30000))));
});

test('mac-address: record ids and hyphenated words do not wake the detector', () => {
  for (const t of ['rec-12345', 'fine-tuned at lr 3e-4', 'ab:cd then 12-34']) assert.equal(macAddress.trigger!.test(t), false, t);
});
