// The names worker's cache key for a text: its field, its length and two independent 32-bit hashes of it,
// so that the cache holds no copy of the document and distinct texts practically never share a key.
import type { WorkUnit } from './protocol';

export function contentKey(unit: WorkUnit): string {
  const t = unit.text;
  let a = 0x811c9dc5 | 0;
  let b = 0x9747b28c | 0;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return `${unit.field ?? ''}\u0000${t.length}:${a}:${b}`;
}
