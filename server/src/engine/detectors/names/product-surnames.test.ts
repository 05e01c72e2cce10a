import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nameDetectors } from './index';
import { matches } from '../../../testing/detectors';

const person = nameDetectors().find((d) => d.entity === 'PERSON')!;

test('product surnames: a surname that names a product too stays in the name', () => {
  assert.deepEqual(matches(person, 'My coworker Jenny Swift is out today.', 0.5), ['Jenny Swift']);
  assert.deepEqual(matches(person, 'lol the new Taylor Swift album slaps 🔥', 0.5), ['Taylor Swift']);
  assert.deepEqual(matches(person, 'My landlord, Greg Rust, called about the lease.', 0.5), ['Greg Rust']);
  // The product after a name that is no given name, or after a comma, stays out.
  assert.deepEqual(matches(person, 'Thanks Jenny, Swift is easier than Rust.', 0.5), ['Jenny']);
  assert.deepEqual(matches(person, 'I rewrote the parser in Swift last week.', 0.5), []);
});
