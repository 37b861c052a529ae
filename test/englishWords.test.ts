import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { englishWords, sortedWordList, wordListFromJson } from '../src/core/englishWords';
import { readEnglishWords } from '../src/knowledge/englishWords';

const PACKAGE = 'an-array-of-english-words';

/** The package's own array, parsed afresh (not the cached module englishWords() lets go). */
function packageWords(): string[] {
  return JSON.parse(fs.readFileSync(require.resolve(PACKAGE), 'utf8')) as string[];
}

/** Strings that are not words: each word changed at one end, and strings around the list's ends. */
function nonWords(words: string[]): string[] {
  const all = new Set(words);
  const out = ['', ' ', 'A', 'Zebra', '{', '`', 'zzzz', 'zzzzz', 'ehcp', 'senco', 'asessment', 'tribunel', 'a"', 'a\\', 'é'];
  for (let i = 0; i < words.length; i += 37) {
    const w = words[i];
    out.push(`${w}q`, `${w}{`, w.slice(0, -1), `${w}\u00e9`, w.toUpperCase(), `q${w}`);
  }
  return out.filter((w) => !all.has(w));
}

describe('the English word list', () => {
  it('finds each word of a sorted list, and nothing between, before or after them', () => {
    const list = sortedWordList(['able', 'abler', 'b', 'medication', 'zoo']);
    for (const w of ['able', 'abler', 'b', 'medication', 'zoo']) expect(list.has(w), w).toBe(true);
    for (const w of ['', 'a', 'abl', 'ablest', 'c', 'mediation', 'zoos', 'zzz']) expect(list.has(w), w).toBe(false);
    expect(sortedWordList([]).has('a')).toBe(false);
  });

  it('reads a JSON array of words in its text, and any other JSON array as JSON', () => {
    const cases: Array<[string, string[]]> = [
      ['["able","abler","b","medication","zoo"]\n', ['able', 'abler', 'b', 'medication', 'zoo']],
      ['["x"]', ['x']],
      ['[""]', ['']],
      ['[]', []],
      ['[ "able", "b" ]', ['able', 'b']],
      ['["a\\"b","c"]', ['a"b', 'c']],
      ['["a\\\\","b"]', ['a\\', 'b']],
      ['["caf\\u00e9","d"]', ['café', 'd']],
      ['["café","d"]', ['café', 'd']],
    ];
    for (const [json, words] of cases) {
      const list = wordListFromJson(json);
      expect(list.size, json).toBe(words.length);
      for (const w of words) expect(list.has(w), `${json} ${w}`).toBe(true);
      for (const w of ['', 'a', 'ab', 'abl', 'b"', 'c"', 'caf', 'zoo"', '"', ',', 'x"', '\\', 'a\\"b'].filter((x) => !words.includes(x))) {
        expect(list.has(w), `${json} ${w}`).toBe(false);
      }
    }
    expect(() => wordListFromJson('["a" "b"]')).toThrow(SyntaxError);
  });

  it('agrees with the package\'s own array on every word and on strings that are not words', () => {
    const words = packageWords();
    const sample = nonWords(words);
    expect(words.length).toBeGreaterThan(200_000);
    expect(sample.length).toBeGreaterThan(30_000);
    for (const list of [readEnglishWords(), englishWords()]) {
      expect(list.size).toBe(words.length);
      const missed = words.filter((w) => !list.has(w));
      expect(missed).toEqual([]);
      const found = sample.filter((w) => list.has(w));
      expect(found).toEqual([]);
    }
  });

  it('knows everyday English words and not domain words or typos, built once per process', () => {
    const english = readEnglishWords();
    for (const w of ['medication', 'school', 'tribunal', 'assessment', 'zebra']) expect(english.has(w), w).toBe(true);
    for (const w of ['ehcp', 'senco', 'asessment', 'tribunel']) expect(english.has(w), w).toBe(false);
    expect(readEnglishWords()).toBe(english);
    expect(englishWords()).toBe(englishWords());
  });
});
