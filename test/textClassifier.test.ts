import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { basicNormalise, STOPWORDS, stem } from '../src/core/normalise';
import { classifierTerms, trainClassifier, type ClassifierExample } from '../scripts/textClassifier';

const words = (text: string) => basicNormalise(text).split(' ').filter((w) => w && !STOPWORDS.has(w)).map(stem);

// Two entries on one subject (transport), told apart by a word or two, and a third elsewhere.
const examples: ClassifierExample[] = [
  ...['school transport for my child', 'free transport to school', 'taxi to school transport', 'bus pass school transport'].map((q) => ({ terms: words(q), classes: [0] })),
  ...['transport refused appeal', 'appeal school transport refused', 'council refused transport can I appeal', 'challenge transport refusal appeal'].map((q) => ({ terms: words(q), classes: [1] })),
  ...['annual review of the plan', 'when is the annual review', 'review meeting annual plan', 'who comes to the annual review'].map((q) => ({ terms: words(q), classes: [2] })),
];

describe('the text classifier', () => {
  it('learns which words tell two entries on one subject apart', () => {
    const clf = trainClassifier(examples, 3, { epochs: 20, minCount: 1 });
    const appeal = clf.probabilities(words('they refused school transport, how do I appeal?'));
    expect(appeal[1]).toBeGreaterThan(appeal[0]);
    expect(appeal[1]).toBeGreaterThan(appeal[2]);
    const taxi = clf.probabilities(words('can my son get a taxi to school'));
    expect(taxi[0]).toBeGreaterThan(taxi[1]);
    const sum = appeal.reduce((a, v) => a + v, 0);
    expect(sum).toBeCloseTo(1, 9);
  });

  it('is deterministic: the same examples give the same chances', () => {
    const a = trainClassifier(examples, 3).probabilities(words('annual review meeting'));
    const b = trainClassifier(examples, 3).probabilities(words('annual review meeting'));
    expect([...a]).toEqual([...b]);
  });

  it('gives an empty message, or one of unknown words, the base rates and no error', () => {
    const clf = trainClassifier(examples, 3, { minCount: 1 });
    for (const terms of [[], words('zebra crossing'), words('')]) {
      const p = clf.probabilities(terms);
      expect(p).toHaveLength(3);
      expect(p.every((v) => Number.isFinite(v) && v > 0)).toBe(true);
      expect(clf.known(terms)).toBe(0);
    }
    expect([...clf.probabilities([])]).toEqual([...clf.probabilities(words('zebra crossing'))]);
  });

  it('ranks a reworded question of a real entry first among all the entries', () => {
    const knowledge = loadKnowledge();
    const byEntry = knowledge.entries.map((e) => [e.title, ...e.questions]);
    // Each entry's last question is held back and asked; the classifier learns from the others.
    const train = byEntry.flatMap((qs, i) => qs.slice(0, -1).map((q) => ({ terms: classifierTerms(words(q)), classes: [i] })));
    const clf = trainClassifier(train, byEntry.length);
    let first = 0, top3 = 0;
    byEntry.forEach((qs, i) => {
      const p = clf.probabilities(classifierTerms(words(qs[qs.length - 1])));
      const above = p.filter((v, j) => j !== i && v >= p[i]).length;
      if (above === 0) first++;
      if (above < 3) top3++;
    });
    // Far above chance (1 in ~170): learned from a dozen questions an entry, read without the matcher's synonyms.
    expect(first / byEntry.length).toBeGreaterThan(0.4);
    expect(top3 / byEntry.length).toBeGreaterThan(0.6);
  });

  it('adds adjacent pairs as terms only when asked', () => {
    expect(classifierTerms(['annual', 'review'])).toEqual(['annual', 'review']);
    expect(classifierTerms(['annual', 'review'], true)).toEqual(['annual', 'review', 'annual_review']);
  });
});
