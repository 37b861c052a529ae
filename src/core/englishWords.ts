/**
 * Whether a word is a real English word (an-array-of-english-words: 275,000 lower-case words, sorted).
 * Kept as one string and an index of where each word starts, not as 275,000 strings in a Set: the Set held
 * about 20 MB that every full garbage collection had to walk. A look-up is a binary search (~18 steps) that
 * compares in place, so it makes no strings.
 *
 * The start-up path (src/knowledge/englishWords.ts) hands over the package's JSON text as it is on disk and
 * the words are found in it directly: no array of 275,000 strings is parsed, joined and let go.
 */
const PACKAGE = 'an-array-of-english-words';

export interface WordList { has(word: string): boolean; readonly size: number }

/**
 * The look-up over `text`, whose word i runs from starts[i] to starts[i + 1] - gap (gap: the characters
 * between two words). The words must be sorted in code-unit order, as the package ships them.
 */
function searchable(text: string, starts: Int32Array, size: number, gap: number): WordList {
  /** Word i against `word`, as `<` orders strings: negative when word i comes first. */
  const compare = (i: number, word: string): number => {
    const from = starts[i];
    const length = starts[i + 1] - gap - from;
    const common = Math.min(length, word.length);
    for (let k = 0; k < common; k++) {
      const d = text.charCodeAt(from + k) - word.charCodeAt(k);
      if (d !== 0) return d;
    }
    return length - word.length;
  };
  return {
    size,
    has(word: string): boolean {
      let lo = 0, hi = size - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >>> 1;
        const d = compare(mid, word);
        if (d === 0) return true;
        if (d < 0) lo = mid + 1;
        else hi = mid - 1;
      }
      return false;
    },
  };
}

/** Builds the look-up from a sorted list of words (code-unit order, as the package ships them). */
export function sortedWordList(words: readonly string[]): WordList {
  const text = words.join('\n');
  const starts = new Int32Array(words.length + 1);
  let at = 0;
  words.forEach((w, i) => { starts[i] = at; at += w.length + 1; });
  starts[words.length] = at;
  return searchable(text, starts, words.length, 1);
}

/**
 * Builds the look-up from the package's JSON text: `["a","aa",…,"zzzs"]`. Each word's start is found in the
 * text itself. Anything else (an escape, a control character, spaces between the words) is parsed as JSON
 * instead, so the answers are the same either way.
 */
export function wordListFromJson(json: string): WordList {
  const text = json.trimEnd();
  const plain = text.startsWith('["') && text.endsWith('"]') && !/[\\\u0000-\u001f]/.test(text);
  if (!plain) return sortedWordList(JSON.parse(json) as string[]);
  // Each word takes at least 4 characters ("x",), so this many starts is always enough.
  const starts = new Int32Array((text.length >>> 2) + 2);
  let size = 0;
  let at = 2;
  for (;;) {
    const close = text.indexOf('"', at);
    starts[size++] = at;
    if (close === text.length - 2) {
      starts[size] = close + 3; // as if a "," followed, so every word ends 3 before the next start
      return searchable(text, starts.slice(0, size + 1), size, 3);
    }
    if (text.charCodeAt(close + 1) !== 44 /* , */ || text.charCodeAt(close + 2) !== 34 /* " */) {
      return sortedWordList(JSON.parse(json) as string[]);
    }
    at = close + 3;
  }
}

let shared: WordList | undefined;

/**
 * The English word list from the package's own array, built once per process, for callers that do not hand
 * the matcher one read at start-up (the app reads the JSON text instead: src/knowledge/englishWords.ts).
 */
export function englishWords(): WordList {
  if (shared) return shared;
  const id = require.resolve(PACKAGE);
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  shared = sortedWordList(require(id) as string[]);
  delete require.cache[id];
  return shared;
}
