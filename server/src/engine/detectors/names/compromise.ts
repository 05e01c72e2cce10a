// compromise builds its lexicon when it is loaded (about 0.4 s of CPU): loaded on first use, so that a
// scan without the names detectors (`--no-names`, the structured pass) never pays for it.
import type Nlp from 'compromise';

let nlp: typeof Nlp | undefined;

export function compromise(): typeof Nlp {
  if (!nlp) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const m = require('compromise') as typeof Nlp & { default?: typeof Nlp };
    nlp = m.default ?? m;
  }
  return nlp;
}
