/**
 * npx tsx scripts/classifierEval.ts
 *
 * Measures the text classifier (scripts/textClassifier.ts) alone, beside the matcher's first candidate:
 * top-1 / top-3 in 5-fold cross-validation over the training messages by thread (long and short apart), and on
 * the forum-style tuning sets (trained on all the training messages; nothing in test/fixtures is learned from).
 * Also how often the classifier is right where the matcher's first candidate is wrong.
 * CLF_VARIANTS (a JSON list of option sets: epochs, rate, l2, minCount, pairs) tries several in one run.
 */
import { loadKnowledge } from '../src/knowledge';
import { createMatcher, TUNING } from '../src/core/matcher';
import { classifierTerms, trainClassifier, type ClassifierExample } from './textClassifier';
import { FORUM_DEV_FILE, FORUM_TUNING_FILE, loadForum } from './evalRunner';
import type { Explained } from '../src/core/matcher';

let explained: Explained[] | undefined;
let questionWords: Array<{ words: string[]; i: number }> | undefined;

const knowledge = loadKnowledge();
const matcher = createMatcher(knowledge, TUNING);
const training = knowledge.matcherTraining ?? [];
const index = new Map(knowledge.entries.map((e, i) => [e.id, i]));
const E = knowledge.entries.length, OOS = E, UNANSWERED = E + 1, C = E + 2;
const variants: Array<Parameters<typeof trainClassifier>[2] & { pairs?: boolean }> = JSON.parse(process.env.CLF_VARIANTS ?? '[{}]');
for (const variant of variants) {
  const { pairs = false, ...options } = variant;
  const terms = (words: string[]) => classifierTerms(words, pairs);

  const t0 = Date.now();
  explained ??= training.map((m) => matcher.explain(m.q));
  const msgs = training.map((m, i) => {
    const x = explained![i];
    const classes = Array.isArray(m.expect) ? m.expect.map((id) => index.get(id)!) : [m.expect === 'out-of-scope' ? OOS : UNANSWERED];
    const first = matcher.rank(x.candidates)[0]?.entry ?? -1;
    return { terms: terms(x.words ?? []), classes, inScope: Array.isArray(m.expect), long: !!x.long, first, thread: m.from ?? `#${i}` };
  });
  questionWords ??= knowledge.entries.flatMap((e, i) => [e.title, ...e.questions].map((q) => ({ words: matcher.explain(q).words ?? [], i })));
  const questions: ClassifierExample[] = questionWords.map(({ words, i }) => ({ terms: terms(words), classes: [i] }));
  const groups = new Map<string, number>();
  const fold = msgs.map((m, i) => (groups.get(m.thread) ?? groups.set(m.thread, i).get(m.thread)!) % 5);
  console.log(`${msgs.length} training messages, ${questions.length} entry questions, ${C} classes; explained in ${Date.now() - t0} ms; options ${JSON.stringify(options)} pairs ${pairs}`);

  type Tally = { n: number; top1: number; top3: number; first: number; clfOnly: number; firstOnly: number; either: number };
  const tally = (): Tally => ({ n: 0, top1: 0, top3: 0, first: 0, clfOnly: 0, firstOnly: 0, either: 0 });
  const topOf = (p: Float64Array, k: number) => [...p.keys()].sort((a, b) => p[b] - p[a]).slice(0, k);
  function count(t: Tally, p: Float64Array, expect: number[], first: number) {
    const top = topOf(p, 3);
    const c1 = expect.includes(top[0]), m1 = expect.includes(first);
    t.n++;
    if (c1) t.top1++;
    if (top.some((c) => expect.includes(c))) t.top3++;
    if (m1) t.first++;
    if (c1 && !m1) t.clfOnly++;
    if (m1 && !c1) t.firstOnly++;
    if (c1 || m1) t.either++;
  }
  const pct = (a: number, n: number) => `${((a / (n || 1)) * 100).toFixed(1)}%`;
  const show = (name: string, t: Tally) => console.log(`${name.padEnd(24)} n ${String(t.n).padStart(5)}  classifier top-1 ${pct(t.top1, t.n)} top-3 ${pct(t.top3, t.n)} | matcher first ${pct(t.first, t.n)} | clf right & first wrong ${pct(t.clfOnly, t.n)}, first right & clf wrong ${pct(t.firstOnly, t.n)}, either ${pct(t.either, t.n)}`);

  const long = tally(), short = tally();
  let trainMs = 0;
  for (let f = 0; f < 5; f++) {
    const t1 = Date.now();
    const clf = trainClassifier([...questions, ...msgs.filter((_, i) => fold[i] !== f)], C, options);
    trainMs += Date.now() - t1;
    msgs.forEach((m, i) => {
      if (fold[i] !== f || !m.inScope) return;
      count(m.long ? long : short, clf.probabilities(m.terms), m.classes, m.first);
    });
  }
  console.log(`5-fold CV by thread (train ${Math.round(trainMs / 5)} ms a fold):`);
  show('  long training msgs', long);
  show('  short training msgs', short);

  const t2 = Date.now();
  const full = trainClassifier([...questions, ...msgs], C, options);
  console.log(`trained on all in ${Date.now() - t2} ms`);
  const model = knowledge.matcherModel;
  if (!process.env.CLF_CV_ONLY) for (const file of [FORUM_TUNING_FILE, FORUM_DEV_FILE]) {
    const set = loadForum(knowledge, file);
    const t = tally(), rr = tally();
    let oosTop = 0, unTop = 0;
    for (const m of set.inScope) {
      const x = matcher.explain(m.q);
      const expect = m.expect.map((id) => index.get(id)!);
      const p = full.probabilities(terms(x.words ?? []));
      count(t, p, expect, matcher.rank(x.candidates)[0]?.entry ?? -1);
      if (model && x.long) count(rr, p, expect, matcher.reranked(x, model)[0]?.entry ?? -1);
    }
    for (const q of set.outOfScope) { const p = full.probabilities(terms(matcher.explain(q).words ?? [])); if (topOf(p, 1)[0] === OOS) oosTop++; }
    for (const q of set.unanswered) { const p = full.probabilities(terms(matcher.explain(q).words ?? [])); if (topOf(p, 1)[0] === UNANSWERED) unTop++; }
    const name = file.split('/').pop()!;
    show(`${name} (score first)`, t);
    show(`${name} (re-ranked first, long)`, rr);
    console.log(`  out-of-scope top class "out-of-scope" ${pct(oosTop, set.outOfScope.length)} of ${set.outOfScope.length}; unanswered top "unanswered" ${pct(unTop, set.unanswered.length)} of ${set.unanswered.length}`);
  }
}
