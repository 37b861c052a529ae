import { isAscii } from 'node:buffer';
import fs from 'node:fs';
import { wordListFromJson, type WordList } from '../core/englishWords';

const PACKAGE = 'an-array-of-english-words';

let shared: WordList | undefined;

/**
 * The English word list the matcher's typo correction trusts, read once per process from the package's JSON
 * text (read here, as core reads no files). Finding the words in the text is several times quicker at start-up
 * than require(), which parses 275,000 strings only for them to be joined and let go.
 */
export function readEnglishWords(): WordList {
  if (shared) return shared;
  const bytes = fs.readFileSync(require.resolve(PACKAGE));
  // Plain ASCII (as the package ships) is read as one byte a character, the quickest string V8 makes.
  return (shared = wordListFromJson(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')));
}
