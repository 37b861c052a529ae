import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { expectScanAgreesWithPlain } from './helpers/scanAgreement';
import { readPattern, REGEXP_OPTIMISED_CHARS, runsOverLimit } from '../src/core/safetyScan';

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
    // Not vacuous: 16 patterns were cut so before the fifty-eighth round, 2 after it (its past-and-over guard grew
    // past V8's limit), 4 now the guard is copied out (guardCopies): most of its copies are short enough to run
    // whole, and those that are not have their start cut by its lengths.
    expect(patterns.length).toBeGreaterThanOrEqual(3);
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

describe('a long guard copied out of a branch that would run over the limit', () => {
  // A guard of four tests that consume nothing, together over the limit, each well under it: a "q" word near
  // (before or after), no "z" word after or before.
  const words = (c: string) => Array.from({ length: 1300 }, (_, i) => `${c}${i}`).join('|');
  const q = words('q'), z = words('z');
  const guard = `(?!(?<=\\b(${q})\\b.{0,40})(?=.{0,40}\\b(${q})\\b)(?!.{0,40}\\b(${z})\\b)(?<!\\b(${z})\\b.{0,40}))`;
  it('copies it once for each test, every copy under the limit, only where the copies decide as the branch', () => {
    expect(guard.length).toBeGreaterThan(REGEXP_OPTIMISED_CHARS);
    for (const start of ['\\bran off\\b', '\\b(bolted|ran( off)?)\\b', '\\bran.{0,3}\\b']) {
      const read = readPattern(`${start}${guard} now`)!;
      expect(read.length, start).toBeGreaterThanOrEqual(4);
      expect(read.some(runsOverLimit), start).toBe(false);
    }
    // Under a quantifier or a negative look-around, a guard's tests cannot be taken one at a time: left as written.
    for (const p of [`\\bran(?: off${guard})? now`, `\\bran(?!.{0,9}${guard}) now`]) expect(readPattern(p)!.map((b) => b.source)).toEqual([p]);
  });
  it('decides as the whole pattern, at each test\'s edge', () => {
    // Each word at a distance from where the guard sits: none, near, at the 40-character limit or just beyond it.
    const around = (before: Array<[string, number]>, start: string, after: Array<[string, number]>) => {
      const left = Array.from({ length: 50 }, () => ' '), right = Array.from({ length: 50 }, () => ' ');
      for (const [w, d] of before) left.splice(50 - d - w.length, w.length, ...w);
      for (const [w, d] of after) right.splice(d, w.length, ...w);
      return `${left.join('')}${start}${right.join('')}`;
    };
    const q = [[], [['q7', 2]], [['q1299', 40]], [['q12', 41]]] as Array<Array<[string, number]>>;
    const z = [[], [['z5', 12]], [['z0', 39]], [['z1299', 42]]] as Array<Array<[string, number]>>;
    const messages: string[] = [];
    for (const start of ['ran off', 'bolted', 'ran away']) {
      for (const qb of q) for (const qa of q) for (const zb of z) for (const za of z) {
        if (qb.length && zb.length && Math.abs(qb[0][1] - zb[0][1]) < 8) continue; // the two would overlap
        if (qa.length && za.length && Math.abs(qa[0][1] - za[0][1]) < 8) continue;
        messages.push(around([...qb, ...zb], start, [...qa, ...za]));
      }
    }
    expectScanAgreesWithPlain([`\\bran off\\b${guard}`, `\\b(bolted|ran( off)?)\\b${guard}`, `\\b(ran|bolted).{0,6}\\b${guard}`], messages);
  });
  it('decides as the whole pattern for every pattern over the limit, of which only 3 still run one', () => {
    const knowledge = loadKnowledge(undefined, { safetyModel: false });
    const patterns = knowledge.safety.categories.flatMap((c) => c.patterns).filter((p) => p.length > REGEXP_OPTIMISED_CHARS && readPattern(p));
    // 41 of these 43 ran a regular expression over the limit (46 branches) before the past-and-over guard was
    // copied out; 3 still do, each for other long guards it holds more than once or too many of (a knife, being hurt).
    expect(patterns.length).toBeGreaterThanOrEqual(40);
    expect(patterns.filter((p) => readPattern(p)!.some(runsOverLimit)).length).toBeLessThanOrEqual(3);
    expectScanAgreesWithPlain(patterns, [
      'he stopped breathing last year, he was fine after and has been fine ever since',
      'he stopped breathing last year, he was fine after, but he is not breathing again now',
      'a few years ago he ran off, turned out to be fine, nothing like it has happened since',
      'a few years ago he ran off, turned out to be fine. he ran off again today and we cant find him',
      'when she was little she had an epileptic fit, she is seizure free now',
      'his lips are swelling right now, he had a reaction as a baby and was fine',
      'over the summer she vanished at the fair and was found safe and well',
      ...knowledge.safety.training!.risk.slice(0, 20),
      ...knowledge.safety.training!.ordinary.slice(0, 20),
    ]);
  }, 120_000); // the plain patterns are the ones V8 runs slowly
});
