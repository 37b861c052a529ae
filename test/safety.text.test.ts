import { describe, expect, it } from 'vitest';
import { basicNormalise } from '../src/core/normalise';
import { normaliseRange } from '../src/core/safetyText';

/** The safety screen's own normalising (src/core/safetyText.ts) must give exactly what basicNormalise gives. */
describe('normaliseRange', () => {
  it('equals basicNormalise of the slice on random text, ASCII and not', () => {
    let seed = 11;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    // Letters either case, the "s" an apostrophe may drop, digits, _, apostrophes, "&", punctuation, white space,
    // and a few characters past ASCII (accents, curly quotes) that send the text to basicNormalise itself.
    const chars = "aAsSzZ09_ '`&.,!?\n\t-xX\u00e9E\u2019\u2018\u00b4";
    for (let t = 0; t < 40000; t++) {
      let s = '';
      for (let i = Math.floor(next() * 16); i > 0; i--) {
        s += next() < 0.03 ? String.fromCharCode(Math.floor(next() * 128)) : chars[Math.floor(next() * (next() < 0.9 ? 22 : chars.length))];
      }
      const a = Math.floor(next() * (s.length + 1)), b = a + Math.floor(next() * (s.length - a + 1));
      expect(normaliseRange(s, a, b)).toBe(basicNormalise(s.slice(a, b)));
      expect(normaliseRange(s)).toBe(basicNormalise(s));
    }
  });
  it('reads what basicNormalise reads in a story', () => {
    const story = "We've had the annual review & the school's SENCO agreed, but `transport` is a mess... I can't cope!\n\tHe's OK's_x";
    expect(normaliseRange(story)).toBe(basicNormalise(story));
    expect(normaliseRange(story.repeat(40))).toBe(basicNormalise(story.repeat(40)));
    expect(normaliseRange('&&')).toBe('and and');
    expect(normaliseRange("it's")).toBe('it');
    expect(normaliseRange("it's_")).toBe('its');
    expect(normaliseRange('Café & co')).toBe('cafe and co');
  });
});
