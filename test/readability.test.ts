import * as readabilityModule from 'text-readability';
import { describe, expect, it } from 'vitest';
import { fleschReadingEase, markdownToPlain } from '../src/knowledge/checks';
import { realKnowledge } from './helpers/testBot';

const readability = ((readabilityModule as unknown as { default?: typeof readabilityModule.default }).default ??
  readabilityModule) as typeof readabilityModule.default;

// The start-up check computes text-readability's Flesch reading ease with each word's syllables counted
// once; the figure must be text-readability's own, to the last digit, or an answer could pass or fail on it.
describe('fleschReadingEase is text-readability\'s', () => {
  it('for every answer in the knowledge', () => {
    const texts = realKnowledge().entries.map((e) => markdownToPlain(e.answer).replace(/\n/g, ' '));
    expect(texts.length).toBeGreaterThan(100);
    expect(texts.map(fleschReadingEase)).toEqual(texts.map((t) => readability.fleschReadingEase(t)));
  });

  it.each([
    'The council’s café said no. Naïve? Perhaps — but it\'s their duty under s.42(2), e.g. within 20 weeks.',
    'Ask.  Then   wait.\tTwo\r\nlines of words and creations, biology, an ologist.',
    'Unbelievably extraordinary multidisciplinary reassessments necessitate comprehensive documentation.',
    '', '...', 'A', 'Go!',
  ])('%j', (text) => {
    expect(fleschReadingEase(text)).toBe(readability.fleschReadingEase(text));
  });
});
