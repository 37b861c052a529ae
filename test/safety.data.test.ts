import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { simplify } from '../src/core/text';

/**
 * The second layer learns from knowledge/safety-training.yaml and is measured on the tuning set
 * test/fixtures/eval/safety.yaml. A message in both would be measured on what it was trained on,
 * so the two must stay apart, even when a message is copied with other capitals or punctuation.
 */
const root = path.join(__dirname, '..');
const read = (rel: string) => parse(fs.readFileSync(path.join(root, rel), 'utf8'));

describe('safety training and tuning messages', () => {
  const training = read('knowledge/safety-training.yaml') as { risk: string[]; ordinary: string[] };
  const tuning = read('test/fixtures/eval/safety.yaml') as { questions: Array<{ q: string }>; not_safety: string[] };
  const trained = new Set([...training.risk, ...training.ordinary].map(simplify));
  const tuned = [...tuning.questions.map((x) => x.q), ...tuning.not_safety];

  it('share no message', () => {
    expect(tuned.filter((q) => trained.has(simplify(q)))).toEqual([]);
  });
  it('the check sees a copied message through changed capitals and punctuation', () => {
    const copy = `${training.risk[0].toUpperCase()}!!`;
    expect(trained.has(simplify(copy))).toBe(true);
  });
  it('the tuning set keeps long stories: at least 60 risk and 100 ordinary messages of 20 words or more', () => {
    const long = (q: string) => simplify(q).split(' ').length >= 20;
    expect(tuning.questions.filter((x) => long(x.q)).length).toBeGreaterThanOrEqual(60);
    expect(tuning.not_safety.filter(long).length).toBeGreaterThanOrEqual(100);
  });
});
