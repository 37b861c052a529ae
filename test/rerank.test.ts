import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { checkKnowledge, loadKnowledge } from '../src/knowledge';
import { createMatcher, decideReranked, TUNING } from '../src/core/matcher';
import { chances, createEvidence, predict, RERANK_FEATURES, SHORT_FEATURES, trainListwise, trainLogistic } from '../src/core/rerank';
import { labelledRows, learnModel, shortRows, trainingFingerprint } from '../scripts/rerankTraining';

const knowledge = loadKnowledge();
const matcher = createMatcher(knowledge);

describe('the re-ranking step for long messages', () => {
  it('is switched on by the committed model', () => {
    expect(knowledge.matcherModel?.features).toEqual([...RERANK_FEATURES]);
    expect(knowledge.matcherTraining?.length).toBeGreaterThan(400);
  });

  it('a question buried in a story reaches its entry', () => {
    const story = 'My son is 9 and has been struggling since reception. He is autistic and the school keep saying they are doing all '
      + 'they can, but he comes home exhausted and hits out at his little sister most evenings. We finally sent the council our '
      + 'request for an EHC needs assessment on 3 March and we have heard nothing back at all. How long does the council have '
      + 'to tell us whether they will assess him?';
    const out = matcher.match(story);
    // Answered, or, when the model's chance for it falls just under the answer threshold (0.83 against 0.86 since
    // the labelled messages gained near-misses about sending a request and the 6-week clock), offered FIRST in
    // "Did you mean…"; never another entry first.
    const first = out.kind === 'answer' ? out.entry.id : out.kind === 'didYouMean' ? out.options[0].id : out.kind;
    expect(first).toBe('ehc-assessment-decision-6-weeks');
    expect(matcher.search(story, 1)[0].entry.id).toBe('ehc-assessment-decision-6-weeks');
  });

  it('a story about something else gets no confident answer', () => {
    const story = 'Our landlord has been promising to fix the damp in the kids\' bedroom since the summer and now there is black mould '
      + 'on the ceiling and my youngest keeps coughing at night. The letting agent just ignores my emails and I am scared that if '
      + 'I push too hard they will end the tenancy. Can I withhold rent until they sort it out?';
    expect(matcher.match(story).kind).toBe('noAnswer');
  });

  it('a story the model is unsure about is never answered with another entry, and its entry ranks first', () => {
    // Two entries it could be about: an answer, a "Did you mean…" with it, or the honest reply; never an unrelated entry.
    const story = 'We have had a horrible year. DD is 14, autistic with an EHCP, and her secondary have excluded her twice this term '
      + 'for meltdowns in corridors. The head told me on the phone that if it happens again she will be permanently excluded. '
      + 'I am at my wits end. Can they permanently exclude a child who has an EHC plan?';
    const out = matcher.match(story);
    if (out.kind === 'answer') expect(out.entry.id).toBe('exclusion-child-with-ehc-plan');
    if (out.kind === 'didYouMean') expect(out.options.map((e) => e.id)).toContain('exclusion-child-with-ehc-plan');
    expect(matcher.search(story, 1)[0].entry.id).toBe('exclusion-child-with-ehc-plan');
  });

  it('two candidates sharing most of the chance closely are offered together; one clear favourite is not', () => {
    const model = { ...knowledge.matcherModel!, answer: 0.8, options: 0.8, agree: 1, pair: 0.85, pairRatio: 0.5 };
    const x = { candidates: [], aboutSend: true, empty: false, long: true };
    const [a, b, c] = knowledge.entries;
    const ids = (o: ReturnType<typeof decideReranked>) => (o.kind === 'didYouMean' ? o.options.map((e) => e.id) : o.kind);
    expect(ids(decideReranked(x, [{ entry: 0, p: 0.5 }, { entry: 1, p: 0.4 }, { entry: 2, p: 0.05 }], model, TUNING, knowledge.entries))).toEqual([a.id, b.id]);
    // Together short of `pair`, or the second far behind the first: the honest reply.
    expect(decideReranked(x, [{ entry: 0, p: 0.45 }, { entry: 1, p: 0.35 }], model, TUNING, knowledge.entries).kind).toBe('noAnswer');
    expect(decideReranked(x, [{ entry: 0, p: 0.7 }, { entry: 2, p: 0.2 }], model, TUNING, knowledge.entries).kind).toBe('noAnswer');
    // Switched off: the same close pair is declined; a sure first candidate is still answered.
    expect(decideReranked(x, [{ entry: 0, p: 0.5 }, { entry: 1, p: 0.4 }], { ...model, pair: 1 }, TUNING, knowledge.entries).kind).toBe('noAnswer');
    const sure = decideReranked(x, [{ entry: 2, p: 0.85 }, { entry: 1, p: 0.1 }], model, TUNING, knowledge.entries);
    expect(sure.kind === 'answer' && sure.entry.id).toBe(c.id);
  });

  it('short questions the thresholds answered right keep their entry under the short model (test/matcher.short.test.ts)', () => {
    // Short questions were left to the thresholds; their own model now decides them, with its own chances as scores.
    const plain = createMatcher(knowledge, { ...TUNING, rerank: false });
    const id = (o: ReturnType<typeof matcher.match>) => (o.kind === 'answer' ? o.entry.id : o.kind === 'glossary' ? o.term.term : o.kind);
    for (const q of ['how long does the council have to decide on an assessment', 'what is section F', 'can my child be excluded with an EHCP']) {
      expect(id(matcher.match(q))).toBe(id(plain.match(q)));
    }
  });
});

describe('learning', () => {
  it('a training message never sees itself, nor a message written from the same thread, as its closest example', () => {
    const evidence = createEvidence([
      { words: ['tribun', 'appeal', 'deadlin'], entries: [0], group: 0 },
      { words: ['tribun', 'appeal', 'deadlin'], entries: [1], group: 0 }, // the same thread, near-copy
      { words: ['tribun', 'appeal'], entries: [2], group: 2 },
      { words: ['holiday', 'fine'], entries: [], group: 3 },
    ], () => 1);
    const closest = (words: string[], entries: number[], leaveOut?: number) => evidence(words, entries, leaveOut).best;
    const words = ['tribun', 'appeal', 'deadlin'];
    expect(closest(words, [0, 1, 2])).toEqual([1, 1, 2 / 3]);
    expect(closest(words, [0, 1, 2], 0)).toEqual([0, 0, 2 / 3]);
    expect(closest(words, [0, 1, 2], 2)).toEqual([1, 1, 0]);
    expect(closest(words, [2, 3])).toEqual([2 / 3, 0]); // only the entries asked about, in their order
    // The closest message no entry answers is evidence for "none of them", whatever the entries asked about.
    expect(evidence(['holiday', 'fine'], [0]).none).toBe(1);
    expect(evidence(['holiday', 'fine', 'tribun'], [0, 1]).none).toBeCloseTo(2 / 3, 9);
    expect(evidence(['holiday', 'fine'], [0], 3).none).toBe(0); // its own thread left out
    expect(evidence(words, [0]).none).toBe(0); // no such message shares a word
  });

  it('the naive Bayes share pools all of an entry\'s messages, and a left-out thread is taken out of the counts', () => {
    const thread = [
      { words: ['tribun', 'appeal'], entries: [0], group: 0 },
      { words: ['tribun', 'deadlin'], entries: [0], group: 0 },
    ];
    const others = [
      { words: ['holiday', 'fine', 'tribun'], entries: [1], group: 2 },
      { words: ['tribun', 'appeal', 'deadlin'], entries: [2], group: 3 },
    ];
    const words = ['tribun', 'appeal', 'deadlin'];
    const all = createEvidence([...thread, ...others], () => 1)(words, [0, 1]);
    expect(all.pooled[0]).toBeGreaterThan(0.9); // both of entry 0's messages count, neither alone shares all three words
    expect(all.pooled[0] + all.pooled[1]).toBeCloseTo(1, 9);
    // Leaving out the thread gives what the other messages alone would: as if it had never been written.
    const without = createEvidence(others, () => 1)(words, [0, 1]);
    const left = createEvidence([...thread, ...others], () => 1)(words, [0, 1], 1);
    left.pooled.forEach((p, i) => expect(p).toBeCloseTo(without.pooled[i], 9));
    expect(left.pooled[0]).toBeLessThan(all.pooled[0]);
    // An entry's own questions count too: with them, entry 1 is the favourite for a message in their words.
    const asked = createEvidence(others, () => 1, { entryWords: [[], [['holiday', 'fine'], ['fine', 'term']]] })(['fine', 'term', 'holiday'], [0, 1]);
    expect(asked.pooled[1]).toBeGreaterThan(asked.pooled[0]);
  });

  it('the favourites among all entries: the closest example\'s entry, then the naive Bayes favourites; a left-out thread gives none', () => {
    const evidence = createEvidence([
      { words: ['tribun', 'appeal', 'deadlin'], entries: [0], group: 0 },
      { words: ['tribun', 'appeal', 'late'], entries: [0], group: 1 },
      { words: ['tribun', 'appeal', 'deadlin', 'mediat'], entries: [1], group: 2 },
      { words: ['school', 'transport', 'deadlin'], entries: [2], group: 3 },
      { words: ['tribun', 'appeal', 'deadlin'], entries: [], group: 4 }, // out of scope: never a favourite
    ], () => 1);
    const words = ['tribun', 'appeal', 'deadlin'];
    expect(evidence.favourites(words, 1)).toEqual([0]); // the closest example and the naive Bayes favourite agree
    expect(evidence.favourites(words, 2)).toEqual([0, 1]);
    // Without the first thread, the closest example is entry 1's, and so is the naive Bayes favourite.
    expect(evidence.favourites(words, 1, 0)).toEqual([1]);
    expect(evidence.favourites(words, 2, 0)).toEqual([1, 0]);
    expect(evidence.favourites(['school', 'transport'], 1)).toEqual([2]);
  });

  it('the closest example is the one a walk of the message\'s words meets first among the best, however found', () => {
    // The plain definition, beside createEvidence's faster search: examples met word by word in the message's
    // order, the first met at the highest score wins. Few words and weights, so many examples tie.
    let seed = 7; // mulberry32
    const rand = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return (((t ^ (t >>> 14)) >>> 0) / 4294967296 * n) | 0;
    };
    const vocab = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const pick = (n: number) => [...new Set(Array.from({ length: n }, () => vocab[rand(vocab.length)]))];
    for (const weights of [[1, 0.5, 2, 0.1, 1, 3, 0.7, 1], [1, -0.5, 2, 0, 1, 3, 0.7, 1]]) {
      const weightOf = (w: string) => weights[vocab.indexOf(w)] ?? 1;
      const examples = Array.from({ length: 60 }, (_, i) => ({ words: pick(1 + rand(5)), entries: rand(4) ? [rand(5)] : [], group: rand(30) }));
      const evidence = createEvidence(examples, weightOf);
      for (let t = 0; t < 200; t++) {
        const words = pick(1 + rand(6));
        const leaveOut = rand(3) ? -1 : rand(examples.length);
        const skip = leaveOut >= 0 ? examples[leaveOut].group : -1;
        const q = words.reduce((a, w) => a + weightOf(w), 0);
        const met: number[] = [];
        const shared = new Map<number, number>();
        for (const w of words) {
          examples.forEach((m, i) => {
            if (!m.words.includes(w)) return;
            if (!shared.has(i)) met.push(i);
            shared.set(i, (shared.get(i) ?? 0) + weightOf(w));
          });
        }
        let top = -1, topS = 0, none = 0;
        for (const i of met) {
          if (examples[i].group === skip) continue;
          const m = shared.get(i)!;
          const own = examples[i].words.reduce((a, w) => a + weightOf(w), 0);
          const s = m / (q + own - m || 1);
          if (examples[i].entries.length) { if (s > topS) { topS = s; top = i; } } else if (s > none) none = s;
        }
        expect(evidence.favourites(words, 0, leaveOut)).toEqual(top >= 0 ? examples[top].entries : []);
        expect(evidence(words, [0], leaveOut).none).toBe(none);
      }
    }
  });

  it('a long message\'s candidates gain the labelled messages\' favourite when the matcher\'s first few miss it', () => {
    const plain = createMatcher(knowledge, { ...TUNING, rerank: false });
    const story = 'My son is 9 and has been struggling since reception. He is autistic and the school keep saying they are doing all '
      + 'they can. We finally sent the council our request for an EHC needs assessment on 3 March and we have heard nothing back. '
      + 'How long does the council have to tell us whether they will assess him?';
    const x = plain.explain(story);
    const one = plain.rerankRows(x, 1);
    const more = plain.rerankRows(x, 1, -1, 1);
    expect(one.entries).toHaveLength(1);
    expect(more.entries.slice(0, 1)).toEqual(one.entries); // the matcher's own first candidates stay first
    expect(more.entries.length).toBeGreaterThan(1); // the labelled messages' favourite is not the matcher's first
    expect(new Set(more.entries).size).toBe(more.entries.length);
    expect(more.rows).toHaveLength(more.entries.length);
    expect(more.rows.every((r) => r.length === RERANK_FEATURES.length)).toBe(true);
    // The same favourite is added after any number of the matcher's own, unless they hold it already.
    const three = plain.rerankRows(x, 3, -1, 1);
    expect(three.entries.slice(0, 3)).toEqual(plain.rerankRows(x, 3).entries);
    for (const e of more.entries.slice(1)) expect(three.entries).toContain(e);
    // Without `extra`, nothing is added.
    expect(plain.rerankRows(x, 3).entries).toHaveLength(3);
  });

  it('logistic regression separates what can be separated, and is the same every time', () => {
    const rows = [[0, 1], [1, 1], [2, 0], [3, 0], [0.5, 1], [2.5, 0]];
    const labels = [0, 0, 1, 1, 0, 1];
    const a = trainLogistic(rows, labels, { l2: 0.1 });
    expect(predict(a, [3, 0])).toBeGreaterThan(0.8);
    expect(predict(a, [0, 1])).toBeLessThan(0.2);
    expect(trainLogistic(rows, labels, { l2: 0.1 })).toEqual(a);
  });

  it('the softmax puts the right candidate first and leaves room for "none of them"', () => {
    // Feature 0 marks the right candidate; lists with no right candidate have low feature 0 everywhere.
    const lists = [
      { rows: [[1, 0], [0.1, 1], [0, 0]], targets: [0] },
      { rows: [[0.2, 0], [0.9, 0], [0, 1]], targets: [1] },
      { rows: [[0.95, 1], [0.1, 0]], targets: [0] },
      { rows: [[0.1, 0], [0.05, 1], [0, 0]], targets: [] },
      { rows: [[0.15, 1], [0.1, 0]], targets: [] },
    ];
    const model = { ...trainListwise(lists, { l2: 0.1 }), form: 'listwise' as const };
    const p = chances(model, [[0.9, 0], [0.1, 0]]);
    expect(p[0]).toBeGreaterThan(p[1]);
    const none = chances(model, [[0.1, 0], [0.05, 0]]);
    expect(none[0] + none[1]).toBeLessThan(0.5);
  });
});

describe('the committed model', () => {
  const file = path.join(__dirname, '..', 'knowledge', 'matcher-model.yaml');
  const committed = parse(fs.readFileSync(file, 'utf8')) as { weights: number[]; bias: number; short?: { weights: number[]; bias: number }; trained: { fingerprint: string; l2: number; shortL2?: number } };

  it('was learned from today\'s training messages and matcher (else: npm run train:matcher)', () => {
    expect(committed.trained.fingerprint, 'knowledge/matcher-training/ changed: run npm run train:matcher').toBe(trainingFingerprint(knowledge.matcherTraining ?? []));
    const plain = createMatcher(knowledge, { ...TUNING, rerank: false });
    const index = new Map(knowledge.entries.map((e, i) => [e.id, i]));
    const labelled = (knowledge.matcherTraining ?? []).map((m) => ({ q: m.q, expect: Array.isArray(m.expect) ? m.expect.map((id) => index.get(id)!) : [], outOfScope: m.expect === 'out-of-scope' }));
    const rows = labelledRows(plain, labelled, undefined, true);
    const again = learnModel(rows, committed.trained.l2);
    // Small drift (a question added to an entry) is tolerated; a changed feature or training message is not.
    again.weights.forEach((w, i) => expect(Math.abs(w - committed.weights[i]), `weight of ${RERANK_FEATURES[i]}: run npm run train:matcher`).toBeLessThanOrEqual(0.05 * Math.max(1, Math.abs(w))));
    expect(Math.abs(again.bias - committed.bias)).toBeLessThanOrEqual(0.05 * Math.max(1, Math.abs(again.bias)));
    // The short messages' own model, the same way.
    expect(committed.short, 'no model for short messages: run npm run train:matcher').toBeDefined();
    const short = learnModel(shortRows(plain, labelled, undefined, true, undefined, rows.map((m) => m.x)), committed.trained.shortL2!, undefined, undefined, true);
    short.weights.forEach((w, i) => expect(Math.abs(w - committed.short!.weights[i]), `short weight of ${SHORT_FEATURES[i]}: run npm run train:matcher`).toBeLessThanOrEqual(0.05 * Math.max(1, Math.abs(w))));
    expect(Math.abs(short.bias - committed.short!.bias)).toBeLessThanOrEqual(0.05 * Math.max(1, Math.abs(short.bias)));
  }, 240_000);
});

describe('a broken training or model file stops start-up with file, line and field', () => {
  const tmp: string[] = [];
  afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const entries = `entries:
  - id: ehc-assessment-refused
    title: The council said no to an assessment
    questions:
      - the council refused to assess my child
      - they said no to the EHC needs assessment
      - can I appeal a refusal to assess
      - what now the LA will not assess
    answer: "You can appeal to the tribunal within two months. Ask for mediation advice first."
    topics: [assessment]
    region: england
    sources:
      - title: Children and Families Act 2014, section 36
        url: https://www.legislation.gov.uk/ukpga/2014/6/section/36
        checked: 2026-11-01
    reviewed: 2026-11-01
`;
  function problemsFor(files: Record<string, string>) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rerank-'));
    tmp.push(dir);
    for (const [rel, text] of Object.entries({ 'entries/assessment.yaml': entries, ...files })) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), text);
    }
    const r = checkKnowledge(dir, { today: new Date('2026-11-23T12:00:00Z') });
    return { knowledge: r.knowledge, errors: r.problems.filter((p) => p.severity === 'error') };
  }

  it('loads a good training file', () => {
    const { knowledge: k, errors } = problemsFor({ 'matcher-training/forum.yaml': 'messages:\n  - q: "they said no to assessing him, what now?"\n    expect: ehc-assessment-refused\n    from: "a forum thread"\n  - q: "how do I fix my boiler"\n    expect: out-of-scope\n' });
    expect(errors).toEqual([]);
    expect(k?.matcherTraining?.map((m) => m.expect)).toEqual([['ehc-assessment-refused'], 'out-of-scope']);
  });

  it('an unknown entry id', () => {
    const { knowledge: k, errors } = problemsFor({ 'matcher-training/forum.yaml': 'messages:\n  - q: "they said no"\n    expect: ehc-assessment-refused\n  - q: "what now"\n    expect: [ehc-assessment-refused, no-such-entry]\n' });
    expect(k).toBeUndefined();
    expect(errors).toEqual([expect.objectContaining({ file: expect.stringContaining(path.join('matcher-training', 'forum.yaml')), line: 5, field: 'messages › item 2 › expect › item 2', message: expect.stringContaining('no-such-entry') })]);
  });

  it('a message with no text, or an expect that is neither an entry id nor a known word', () => {
    expect(problemsFor({ 'matcher-training/forum.yaml': 'messages:\n  - expect: ehc-assessment-refused\n' }).errors)
      .toEqual([expect.objectContaining({ file: expect.stringContaining('forum.yaml'), line: 2, field: 'messages › item 1 › q', message: 'is missing' })]);
    expect(problemsFor({ 'matcher-training/forum.yaml': 'messages:\n  - q: "what now"\n    expect: Maybe!\n' }).errors)
      .toEqual([expect.objectContaining({ line: 3, field: 'messages › item 1 › expect' })]);
    expect(problemsFor({ 'matcher-training/forum.yaml': 'messages:\n  - q: "what now"\n    expect: maybe\n' }).errors)
      .toEqual([expect.objectContaining({ line: 3, field: 'messages › item 1 › expect', message: '"maybe" is not the id of any entry' })]);
  });

  it('a model for other features, or with a weight missing', () => {
    const good = fs.readFileSync(path.join(__dirname, '..', 'knowledge', 'matcher-model.yaml'), 'utf8');
    const otherFeatures = good.replace(/^features: \[score, /m, 'features: [scored, ');
    expect(problemsFor({ 'matcher-model.yaml': otherFeatures }).errors).toEqual([expect.objectContaining({ file: expect.stringContaining('matcher-model.yaml'), field: 'features', message: expect.stringContaining('npm run train:matcher') })]);
    const short = good.replace(/^weights: \[[^,]+, /m, 'weights: [');
    const line = good.split('\n').findIndex((l) => l.startsWith('weights:')) + 1;
    expect(problemsFor({ 'matcher-model.yaml': short }).errors).toEqual([expect.objectContaining({ line, field: 'weights', message: expect.stringContaining('one weight for each') })]);
    expect(problemsFor({ 'matcher-model.yaml': good.replace(/^answer: .*$/m, 'answer: high') }).errors).toEqual([expect.objectContaining({ field: 'answer' })]);
  });
});
