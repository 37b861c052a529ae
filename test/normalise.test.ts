import { describe, expect, it } from 'vitest';
import { createNormaliser, TEXT_SPEAK } from '../src/core/normalise';
import { realKnowledge } from './helpers/testBot';

// Words are looked up in plain objects by whatever a parent types: the names every JavaScript object inherits
// ("constructor", "tostring"…) must not be found there, or a word becomes a function's source text.
const INHERITED = ['constructor', 'tostring', 'valueof', 'hasownproperty', 'isprototypeof', 'tolocalestring'];

describe('text-speak and spellings find only their own words', () => {
  it('TEXT_SPEAK and the knowledge\'s spellings have no inherited names', () => {
    const { spellings } = realKnowledge().synonyms;
    for (const w of [...INHERITED, 'toString', 'valueOf', '__proto__']) {
      expect(TEXT_SPEAK[w], w).toBeUndefined();
      expect(spellings[w], w).toBeUndefined();
    }
    expect(TEXT_SPEAK.ur).toBe('your');
  });

  it('leaves such words as they are, and still applies text-speak and spellings', () => {
    const norm = createNormaliser(realKnowledge().synonyms);
    for (const w of INHERITED) expect(norm.light(`my son wants to be a ${w}`)).toBe(`my son wants to be a ${w}`);
    expect(norm.light('ur DS has a behavior plan')).toBe('your son has a behaviour plan');
  });
});
