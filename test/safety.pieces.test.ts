import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { expectScanAgreesWithPlain } from './helpers/scanAgreement';
import { patternScanner, readPattern, SHARED_TEST_CHARS } from '../src/core/safetyScan';

/**
 * A branch that tests several things at one place after a stretch of fixed length is run as pieces
 * (src/core/safetyScan.ts, assertionPieces). Pieces must decide exactly as the whole pattern does.
 */


describe('look-arounds after a stretch of fixed length, run as pieces', () => {
  it('cuts only after a stretch of fixed length, and only two tests or more', () => {
    expect(readPattern('\\bseizure(?!s)(?! plan) now')![0].pieces).toEqual(['\\bseizure(?!s)', '\\bseizure(?! plan)', '\\bseizure now']);
    expect(readPattern('\\bseizure(?!s)(?:(?=.{0,9}now)|(?<=now.{0,9}))')![0].pieces).toEqual(['\\bseizure(?!s)', '\\bseizure(?:(?=.{0,9}now)|(?<=now.{0,9}))']);
    expect(readPattern('\\b(fit|seizure)(?!s)(?! plan)')![0].pieces).toBeUndefined(); // two lengths: where the tests run differs
    expect(readPattern('\\bseizure(?!s) now')![0].pieces).toBeUndefined();
  });
  it('cuts off one test alone when it is long, so that the branches it ends share it', () => {
    const long = `(?!.{0,60}\\b(${Array.from({ length: 400 }, (_, i) => `word${i}`).join('|')})\\b)`;
    expect(long.length).toBeGreaterThanOrEqual(SHARED_TEST_CHARS);
    const [branch] = readPattern(`\\bseizure${long} now`)!;
    expect(branch.pieces).toEqual([`\\bseizure${long}`, '\\bseizure now']);
    expect(branch.cut).toEqual({ stretch: '\\bseizure', length: 7, after: [long, ' now'], tests: 1 });
    expect(readPattern(`\\bseizure(?!s) now`)![0].cut).toBeUndefined(); // a short one stays in its branch
    // Two branches ending in the same long test, at the same place and apart: each decides as it would alone.
    const scan = patternScanner([{ source: `\\bfitting${long}`, category: 0 }, { source: `\\bseizing${long}`, category: 1 }], (s) => s.map((x) => new RegExp(x, 'i')));
    const hits = (text: string) => { const hit = new Uint8Array(2); scan(text, hit); return [...hit]; };
    expect(hits('he is fitting now')).toEqual([1, 0]);
    expect(hits('he is fitting, word7 they said')).toEqual([0, 0]);
    expect(hits('fitting and seizing')).toEqual([1, 1]);
    expect(hits('seizing ' + 'x'.repeat(70) + ' word399, fitting word3')).toEqual([0, 1]);
  });
  it('decides as the whole pattern, with and without the guard words, for every pattern cut so', () => {
    const knowledge = loadKnowledge(undefined, { safetyModel: false });
    const patterns = knowledge.safety.categories.flatMap((c) => c.patterns).filter((p) => readPattern(p)?.some((b) => b.pieces));
    expect(patterns.length).toBeGreaterThan(0);
    const messages = [
      'he is having a seizure now and it has lasted five minutes',
      'he had a seizure last year and has been fine ever since',
      'she had one seizure years ago, never happened again, but he is having a seizure now',
      'looking back, the seizure at the time was scary but she is seizure free now',
      'his seizure plan says call 999 if it lasts more than five minutes',
      'she ran off last summer and was found safe and well',
      'she ran off and we have been looking for her for 40 minutes',
      'we cant find him, he ran out of school an hour ago and police have been called',
      'a few years ago he ran off, turned out to be fine, nothing like it has happened since. he is missing now',
      ...knowledge.safety.training!.risk.slice(0, 80),
      ...knowledge.safety.training!.ordinary.slice(0, 80),
    ];
    expectScanAgreesWithPlain(patterns, messages);
  }, 120_000); // also the long branches cut by length (safety.length.test.ts), whose plain patterns V8 runs slowly
});
