import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { expectScanAgreesWithPlain } from './helpers/scanAgreement';
import { readPattern } from '../src/core/safetyScan';

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
