import { describe, expect, it } from 'vitest';
import { runInSlices, warmUpMessages } from '../src/core/warmUp';
import { realKnowledge } from './helpers/testBot';

describe("the matcher's warm-up after start-up", () => {
  it("runs over every entry's questions and every tenth training message", () => {
    const k = realKnowledge();
    const texts = warmUpMessages(k);
    const questions = k.entries.flatMap((e) => e.questions);
    expect(texts.slice(0, questions.length)).toEqual(questions);
    expect(texts.length).toBe(questions.length + Math.ceil(k.matcherTraining!.length / 10));
    expect(texts).toContain(k.matcherTraining![10].q);
    expect(texts).not.toContain(k.matcherTraining![11].q);
  });

  it('works in slices, letting other work run between them, and calls done once at the end', async () => {
    let clock = 0;
    const seen: string[] = [];
    const between: number[] = [];
    let done = 0;
    await new Promise<void>((resolve) => {
      runInSlices(['a', 'b', 'c', 'd', 'e'], (t) => { seen.push(t); clock += 10; }, {
        sliceMs: 20, now: () => clock,
        // Another piece of work queued before each slice runs: it gets its turn in between.
        later: (next) => { setImmediate(() => between.push(seen.length)); setImmediate(next); },
        done: () => { done++; resolve(); },
      });
    });
    expect(seen).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Two texts fit in a 20 ms slice: the other work ran before each slice, never in the middle of one.
    expect(between).toEqual([0, 2, 4]);
    expect(done).toBe(1);
  });

  it('stops when told to (on shutdown): no more texts, done once', async () => {
    let clock = 0;
    const seen: string[] = [];
    let done = 0;
    const run = runInSlices(['a', 'b', 'c', 'd'], (t) => { seen.push(t); clock += 10; }, {
      sliceMs: 10, now: () => clock, later: (next) => setImmediate(next), done: () => done++,
    });
    await new Promise((r) => setImmediate(r));
    run.stop();
    run.stop();
    await new Promise((r) => setTimeout(r, 20));
    expect(seen.length).toBeLessThan(4);
    expect(done).toBe(1);
  });
});
