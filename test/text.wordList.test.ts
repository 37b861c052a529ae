import { describe, expect, it } from 'vitest';
import { wordList } from '../src/core/text';

describe('wordList', () => {
  it('splits and simplifies a wording list, and each call gets its own copy to sort or change', () => {
    const first = wordList("Start over; Menu ;; What's on?");
    expect(first).toEqual(['start over', 'menu', 'whats on']);
    first.sort();
    first.push('extra');
    expect(wordList("Start over; Menu ;; What's on?")).toEqual(['start over', 'menu', 'whats on']);
    expect(wordList('help; Help me')).toEqual(['help', 'help me']);
  });
});
