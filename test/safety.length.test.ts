import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { expectScanAgreesWithPlain } from './helpers/scanAgreement';
import { readPattern, REGEXP_OPTIMISED_CHARS } from '../src/core/safetyScan';

/**
 * A branch longer than V8 optimises whose start has several lengths is cut into one branch per length, each run
 * as pieces (src/core/safetyScan.ts, splitByLength). The cut must decide exactly as the whole pattern does.
 */


describe('long branches cut by the length of their start', () => {
  it('cuts only a branch over the limit, one branch per length, every piece under it', () => {
    // Two tests, together over the limit, each well under it.
    const half = REGEXP_OPTIMISED_CHARS / 2 + 100;
    const guard = `(?!.{0,40}\\b(${'q'.repeat(half)})\\b)(?<!\\b(${'z'.repeat(half)})\\b.{0,40})`;
    const read = readPattern(`\\b(bolted|ran( off)?)\\b${guard} now`)!;
    expect(read.map((b) => b.source.slice(0, 24))).toEqual(['(?:\\bbolted\\b)(?!.{0,40}', '(?:\\bran\\b)(?!.{0,40}\\b(q', '(?:\\bran( off)\\b)(?!.{0,40}'].map((s) => s.slice(0, 24)));
    for (const b of read) expect(b.pieces!.every((p) => p.length <= REGEXP_OPTIMISED_CHARS)).toBe(true);
    expect(readPattern(`\\b(bolted|ran( off)?)\\b(?!x) now`)!.length).toBe(1); // short enough: left whole
    expect(readPattern(`\\b(bolted|ran.{0,3})\\b${guard} now`)!.length).toBe(1); // .{0,3}: no fixed ways
  });
  it('decides as the whole pattern, with and without the guard words, for every pattern cut so', () => {
    const knowledge = loadKnowledge(undefined, { safetyModel: false });
    const patterns = knowledge.safety.categories.flatMap((c) => c.patterns)
      .filter((p) => readPattern(p)?.some((b) => b.source.startsWith('(?:') && !p.startsWith('(?:')) && p.length > REGEXP_OPTIMISED_CHARS);
    // Not vacuous: 16 patterns were cut so before the fifty-eighth round, 2 after it. Its longer past-and-over guard
    // makes one piece of 14 of them longer than V8 optimises, so those now run whole (slower, deciding the same).
    expect(patterns.length).toBeGreaterThanOrEqual(2);
    const messages = [
      'he ran off from school and we have been looking for him for 40 minutes',
      'he ran off from school last year, he was found safe and well and has been fine ever since',
      'he bolted out of the gate and it has been twenty minutes now',
      'a few years ago he ran off, turned out to be fine, nothing like it has happened since. he ran off again now, been gone an hour',
      'she slipped out while i was in the shower, been gone for 30 minutes',
      'she slipped out when she was little, years ago, found her in the garden within minutes',
      'he took off into the woods and has been missing for over an hour',
      'he ran to his room and slammed the door',
      'he legged it at pick up, turned up at his nans house ten minutes later',
      'my son wandered off at the park, it has been 15 mins',
      ...knowledge.safety.training!.risk.slice(0, 60),
      ...knowledge.safety.training!.ordinary.slice(0, 60),
    ];
    expectScanAgreesWithPlain(patterns, messages);
  }, 120_000); // the plain patterns are the ones V8 runs slowly
});
