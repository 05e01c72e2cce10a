// Array helpers for lists whose length follows the input. Spreading such a list into a call
// (`push(...xs)`, `splice(i, n, ...xs)`, `Math.max(...xs)`) passes one argument per element, and past
// about 120,000 of them the call overflows the stack.

/** Few enough items to pass as arguments. */
const FEW = 1024;

/** Appends every item of `items` to `target`; returns `target`. */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

/** `target.splice(start, deleteCount, ...items)` for any number of items. */
export function spliceAll<T>(target: T[], start: number, deleteCount: number, items: readonly T[]): void {
  if (items.length <= FEW) {
    target.splice(start, deleteCount, ...items);
    return;
  }
  const tail = target.splice(start, target.length - start);
  target.length = start;
  pushAll(target, items);
  for (let i = deleteCount; i < tail.length; i++) target.push(tail[i]);
}

/** The largest of `values`, or `floor` when there is none larger. */
export function maxOf(values: Iterable<number>, floor: number): number {
  let max = floor;
  for (const v of values) if (v > max) max = v;
  return max;
}
