import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ipAddress } from './ip-address';
import { matches, scored } from '../../testing/detectors';

test('ip-address: public IPv4 and IPv6 addresses show', () => {
  assert.deepEqual(matches(ipAddress, 'blocked 41.173.96.26 again', 0.5), ['41.173.96.26']);
  assert.deepEqual(matches(ipAddress, 'login from 2a00:1450:4001:82b::200e.', 0.5), ['2a00:1450:4001:82b::200e']);
  assert.deepEqual(matches(ipAddress, 'peer 6e40:4041:c617:e898:c11:40d2:c669:2eb4', 0.5), ['6e40:4041:c617:e898:c11:40d2:c669:2eb4']);
  assert.deepEqual(matches(ipAddress, 'GET /x 185.12.7.99:8080', 0.5), ['185.12.7.99']);
});

test('ip-address: private ranges show, lower than public ones', () => {
  const [priv] = scored(ipAddress, 'gateway 192.168.1.20');
  const [pub] = scored(ipAddress, 'gateway 81.2.69.160');
  assert.ok(priv.score >= 0.5 && priv.score < pub.score);
  assert.deepEqual(matches(ipAddress, '10.1.2.3 and 172.20.0.5', 0.5), ['10.1.2.3', '172.20.0.5']);
});

test('ip-address: loopback, unspecified and documentation ranges stay below the threshold', () => {
  assert.deepEqual(matches(ipAddress, 'listen on 127.0.0.1 and 0.0.0.0 and ::1', 0.5), []);
  assert.deepEqual(matches(ipAddress, 'example 192.0.2.15 or 203.0.113.7 or 2001:db8::8a2e:370:7334', 0.5), []);
  assert.deepEqual(matches(ipAddress, 'listen on 127.0.0.1', 0), ['127.0.0.1']);
});

test('ip-address: IPv4-mapped IPv6 is one finding', () => {
  assert.deepEqual(matches(ipAddress, 'from ::ffff:81.2.69.160 ok', 0.5), ['::ffff:81.2.69.160']);
});

test('ip-address: a context word raises the score', () => {
  const [plain] = scored(ipAddress, 'x 10.0.0.7');
  const [ctx] = scored(ipAddress, 'client ip 10.0.0.7');
  assert.ok(ctx.score > plain.score);
});

test('ip-address: version strings stay silent', () => {
  for (const t of ['version 1.2.3.4', '1.2.3.4', 'v10.0.0.1', 'release 10.0.0.1', 'pkg==1.20.3.4', 'build 1.2.3.4.5', 'oid 1.3.6.1.4.1.311', 'see section 4.2.2.13', '(OID 1.3.101.112)', "v8: '11.3.244.8-node.9'"]) {
    assert.deepEqual(matches(ipAddress, t, 0.5), [], t);
  }
});

test('ip-address: out-of-range octets, leading zeros, times, MACs and UUIDs stay silent', () => {
  assert.deepEqual(matches(ipAddress, '256.1.1.1 and 01.02.03.04 and 999.0.0.1'), []);
  assert.deepEqual(matches(ipAddress, 'at 12:30:45 on 2024-01-15'), []);
  assert.deepEqual(matches(ipAddress, 'mac 00:1A:2B:3C:4D:5E'), []);
  assert.deepEqual(matches(ipAddress, '123e4567-e89b-12d3-a456-426614174000'), []);
  assert.deepEqual(matches(ipAddress, 'std::vector<int> a::b', 0.5), []);
  assert.deepEqual(matches(ipAddress, 'ratio 1:2:3:4:5:6:7:8', 0.5), []);
  assert.deepEqual(matches(ipAddress, 'pi 3.14159 and 1.5.2'), []);
});

test('ip-address: hostile input returns', () => {
  assert.ok(Array.isArray(matches(ipAddress, '1.'.repeat(30000) + ':'.repeat(30000) + 'a:'.repeat(20000))));
});

test('ip-address: a text with only the colons (2) or dots (3) of one address still has it found', () => {
  assert.deepEqual(matches(ipAddress, '::1', 0), ['::1']);
  assert.deepEqual(matches(ipAddress, 'fe80::1', 0), ['fe80::1']);
  assert.deepEqual(matches(ipAddress, '41.173.96.26', 0), ['41.173.96.26']);
  assert.deepEqual(matches(ipAddress, 'ip 41.173.96', 0), []);
});

test('ip address: a network range in CIDR notation is no host; a host with its prefix length is one', () => {
  for (const text of ['Convert 192.168.1.0/24 to a netmask.', 'allow 10.0.0.0/8 and 172.16.0.0/12', 'route 203.45.0.0/16 via eth0']) assert.deepEqual(matches(ipAddress, text, 0.5), [], text);
  assert.deepEqual(matches(ipAddress, 'eth0 has 203.45.17.9/16 and 203.45.17.0/24 is its subnet', 0.5), ['203.45.17.9']);
  assert.deepEqual(matches(ipAddress, 'the server 203.45.17.0 answered', 0.5), ['203.45.17.0']);
});
