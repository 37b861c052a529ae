import { describe, expect, it } from 'vitest';
import { englishWords, sortedWordList } from '../src/core/englishWords';

describe('the English word list', () => {
  it('finds each word of a sorted list, and nothing between, before or after them', () => {
    const list = sortedWordList(['able', 'abler', 'b', 'medication', 'zoo']);
    for (const w of ['able', 'abler', 'b', 'medication', 'zoo']) expect(list.has(w), w).toBe(true);
    for (const w of ['', 'a', 'abl', 'ablest', 'c', 'mediation', 'zoos', 'zzz']) expect(list.has(w), w).toBe(false);
    expect(sortedWordList([]).has('a')).toBe(false);
  });

  it('knows everyday English words and not domain words or typos', () => {
    const english = englishWords();
    expect(english.size).toBeGreaterThan(200_000);
    for (const w of ['medication', 'school', 'tribunal', 'assessment', 'zebra']) expect(english.has(w), w).toBe(true);
    for (const w of ['ehcp', 'senco', 'asessment', 'tribunel']) expect(english.has(w), w).toBe(false);
    expect(englishWords()).toBe(english);
  });
});
