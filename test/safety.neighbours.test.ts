import { describe, expect, it } from 'vitest';
import { lazyNeighbourIndex, neighbourIndex, withNeighbours } from '../src/core/safetyNeighbours';
import type { SafetyModel } from '../src/core/safetyModel';

/**
 * The second layer's nearest-message reading (src/core/safetyNeighbours.ts): a piece reads like the risk or the
 * ordinary training messages it is closest to, and that is added to the weights' log-odds.
 */
const training = {
  risk: [
    'she has taken all her tablets and is very sleepy',
    'he ran off from school and nobody can find him',
    'i keep thinking the children would be better without me',
    'he has been cutting his arms with a blade',
  ],
  ordinary: [
    'the school has sent the draft plan back with no hours in section f',
    'how long does the council have to finish the assessment',
    'he loves his new speech therapist. she comes on tuesdays',
    'can i ask for a different school in the final plan',
  ],
};
const index = neighbourIndex(training, 2, 1);

describe('the neighbour score', () => {
  it('reads a new wording of a risk message as risk, and of an ordinary one as ordinary', () => {
    expect(index.score('my son has been cutting his legs with a blade from a sharpener')).toBeGreaterThan(0.1);
    expect(index.score('she has taken all the tablets from the drawer and is sleepy')).toBeGreaterThan(0.1);
    expect(index.score('the council still has not finished the assessment')).toBeLessThan(-0.1);
    expect(index.score('the plan has no hours in section f again')).toBeLessThan(-0.1);
  });

  it('is 0 for words it has never seen, and stays between -1 and 1', () => {
    expect(index.score('zzz qqq')).toBe(0);
    expect(index.score('')).toBe(0);
    for (const t of [...training.risk, ...training.ordinary]) {
      expect(Math.abs(index.score(t))).toBeLessThanOrEqual(1 + 1e-9);
    }
    // A training message is its own nearest neighbour.
    expect(index.score(training.risk[0])).toBeGreaterThan(0.3);
  });

  it('reads a long piece with no full stops in windows, so danger at its end still counts', () => {
    const filler = Array.from({ length: 12 }, () => 'the council has the draft plan for the annual review meeting').join(' ');
    const danger = 'and now he has been cutting his arms with a blade';
    expect(index.score(`${filler} ${danger}`)).toBeGreaterThan(0.1);
    expect(index.score(filler)).toBeLessThan(0);
  });

  it('built on first use or by prepare(), scores the same', () => {
    const lazy = lazyNeighbourIndex(training, 2);
    const now = neighbourIndex(training, 2);
    lazy.prepare?.();
    for (const q of ['he has been cutting his arms', 'the draft plan has no hours']) expect(lazy.score(q)).toBe(now.score(q));
  });

  it('leaves out words in more than the given share of messages', () => {
    // "the" is a stop word and "has" is in three of the ten messages and sentences: with a share below that it counts for nothing, so a text of them alone scores 0.
    const strict = neighbourIndex(training, 2, 0.25);
    expect(strict.score('the has')).toBe(0);
    expect(index.score('the has')).not.toBe(0);
  });
});

describe('the weights read with the neighbours', () => {
  // A stand-in for the weights: every piece 0.5 (log-odds 0), so what moves a score is the neighbours alone.
  const flat: SafetyModel = {
    threshold: 0.5,
    scores: (text) => {
      const parts = text.split('. ').filter((s) => s.trim().length > 2);
      if (parts.length < 2) return { whole: 0.5, sentences: [], spans: [] };
      const spans = parts.flatMap((p) => [text.indexOf(p), text.indexOf(p) + p.length]);
      return { whole: 0.5, sentences: parts.map(() => 0.5), spans };
    },
    score: () => 0.5,
    scoreFeatures: () => 0.5,
  };
  const mixed = withNeighbours(flat, index, 10);

  it('moves a one-sentence message by its neighbours', () => {
    expect(mixed.scores('he has been cutting his arms with a blade again').whole).toBeGreaterThan(0.9);
    expect(mixed.scores('how long does the council have to finish the plan').whole).toBeLessThan(0.1);
  });

  it('moves each sentence of a longer message by its own neighbours, and the whole text by its riskiest sentence\'s', () => {
    const s = mixed.scores('The draft plan came back with no hours in section f. He has been cutting his arms with a blade');
    // Here the weights give every piece 0.5, so the whole text scores as its riskiest sentence does.
    expect(s.whole).toBe(Math.max(...s.sentences));
    const calm = mixed.scores('The draft plan came back with no hours in section f. The council has to finish the assessment');
    expect(calm.whole).toBeLessThan(0.5);
    expect(s.sentences).toHaveLength(2);
    expect(s.sentences[0]).toBeLessThan(0.5);
    expect(s.sentences[1]).toBeGreaterThan(0.9);
    expect(mixed.score('The draft plan came back with no hours in section f. He has been cutting his arms with a blade')).toBe(s.sentences[1]);
  });

  it('changes nothing at weight 0', () => {
    const none = withNeighbours(flat, index, 0);
    expect(none.scores('he has been cutting his arms with a blade')).toEqual({ whole: 0.5, sentences: [], spans: [] });
  });
});
