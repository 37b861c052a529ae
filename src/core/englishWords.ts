/**
 * Whether a word is a real English word (an-array-of-english-words: 275,000 lower-case words, sorted).
 * Kept as one string and an index of where each word starts, not as 275,000 strings in a Set: the Set held
 * about 20 MB that every full garbage collection had to walk. A look-up is a binary search (~18 steps).
 */
const PACKAGE = 'an-array-of-english-words';

export interface WordList { has(word: string): boolean; readonly size: number }

/** Builds the look-up from a sorted list of words (code-unit order, as the package ships them). */
export function sortedWordList(words: readonly string[]): WordList {
  const text = words.join('\n');
  const starts = new Int32Array(words.length + 1);
  let at = 0;
  words.forEach((w, i) => { starts[i] = at; at += w.length + 1; });
  starts[words.length] = at;
  const wordAt = (i: number) => text.slice(starts[i], starts[i + 1] - 1);
  return {
    size: words.length,
    has(word: string): boolean {
      let lo = 0, hi = words.length - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const w = wordAt(mid);
        if (w === word) return true;
        if (w < word) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}

let shared: WordList | undefined;

/** The English word list, built once per process; the package's own array is let go once copied. */
export function englishWords(): WordList {
  if (shared) return shared;
  const id = require.resolve(PACKAGE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  shared = sortedWordList(require(id) as string[]);
  delete require.cache[id];
  return shared;
}
