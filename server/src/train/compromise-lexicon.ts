// npm run lexicon: writes the name tagger's copy of compromise's lexicon (lexicon/compromise-words.ts) from the
// installed compromise. Run it after upgrading compromise; a test fails until it is run.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compromiseKinds, compromiseWordsModule } from '../engine/detectors/names/lexicon/compromise-kinds';
import { compromise } from '../engine/detectors/names/compromise';

export const COMPROMISE_WORDS_FILE = join(__dirname, '..', 'engine', 'detectors', 'names', 'lexicon', 'compromise-words.ts');

/** The source compromise-words.ts must have for the installed compromise. */
export function expectedCompromiseWords(): string {
  const nlp = compromise() as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } }; version: string };
  return compromiseWordsModule(compromiseKinds(nlp.model().one.lexicon), nlp.version);
}

if (require.main === module) {
  const source = expectedCompromiseWords();
  writeFileSync(COMPROMISE_WORDS_FILE, source);
  console.log(`wrote ${COMPROMISE_WORDS_FILE} (${(source.length / 1024).toFixed(0)} KB)`);
}
