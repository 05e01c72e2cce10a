// V8 grows its heap by up to 4× the live size per collection. Datasan's processes keep little alive
// for what they allocate (streamed batches; a document's lines and findings), so that growth only adds
// to their memory: 20% per collection keeps them near what they use, at a small cost in collections
// (measured: the language server on a 51 MB JSONL with names peaked at 760 MB before, 600 MB after).
import { setFlagsFromString } from 'node:v8';

export function boundHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=20');
}
