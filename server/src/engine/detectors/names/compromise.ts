// compromise builds its lexicon when it is loaded (about 0.45 s of CPU): loaded on first use, only by the optional
// compromise oracle and `npm run lexicon`; the name tagger reads compromise's lexicon from compromise-words.ts.
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
