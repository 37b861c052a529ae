/**
 * npm run train:matcher [-- --dry-run]
 *
 * Learns the matcher's re-ranking step (src/core/rerank.ts) from knowledge/matcher-training/*.yaml and
 * writes knowledge/matcher-model.yaml:
 *   1. each training message's first K candidates become feature rows (label: is it an expected entry);
 *   2. the L2 penalty is chosen by 5-fold cross-validation on the training messages alone (folds by thread);
 *   3. the model is fitted on all of them;
 *   4. the two thresholds (answer, options) are chosen on the forum-style tuning sets, never trained on,
 *      together with the training messages' long ones as decided in that cross-validation (each by a model
 *      that never saw its thread): the most right answers with confidently wrong answers at most 2% and
 *      out-of-scope messages declined at least 95%; the figures on each part are printed.
 * The training messages, the tuning sets and the eval set are kept apart: nothing in test/fixtures is learned from.
 * test/rerank.test.ts fails when the committed model no longer matches what this script would learn.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadKnowledge, defaultKnowledgeDir } from '../src/knowledge';
import { MATCHER_MODEL_FILE } from '../src/knowledge/matcherTraining';
import { createMatcher, TUNING, type ExplainingMatcher } from '../src/core/matcher';
import { RERANK_FEATURES, type RerankModel } from '../src/core/rerank';
import type { Knowledge } from '../src/core/model';
import { FORUM_DEV_FILE, FORUM_TUNING_FILE, loadEvalSets, loadForum } from './evalRunner';
import { choosePair, chooseShortThresholds, chooseThresholds, crossValidate, figures, labelledRows, learnModel, RERANK_K, RERANK_L2S, shortRows, trainingFingerprint, type Figures, type Labelled, type PairFigures } from './rerankTraining';
import { chances, SHORT_FEATURES } from '../src/core/rerank';

const args = process.argv.slice(2);
const knowledge: Knowledge = loadKnowledge(undefined, { matcherModel: false });
const training = knowledge.matcherTraining ?? [];
if (!training.length) {
  console.error('No training messages in knowledge/matcher-training/.');
  process.exit(1);
}
const matcher: ExplainingMatcher = createMatcher(knowledge, { ...TUNING, rerank: false });
const index = new Map(knowledge.entries.map((e, i) => [e.id, i]));
const labelled: Labelled[] = training.map((m) => ({ q: m.q, expect: Array.isArray(m.expect) ? m.expect.map((id) => index.get(id)!) : [], outOfScope: m.expect === 'out-of-scope', thread: m.from }));
const rows = labelledRows(matcher, labelled, RERANK_K, true);
console.log(`${training.length} training messages (${labelled.filter((m) => m.expect.length).length} in scope), ${RERANK_FEATURES.length} features, k = ${RERANK_K}`);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const fig = (f: Figures) => `right ${pct(f.right)}, confidently wrong ${pct(f.wrong)}, "Did you mean…" with the right entry ${pct(f.dymRight)}, out-of-scope declined ${pct(f.declined)}`;
const both = (th: { tuning: Figures; cv?: Figures }) => `tuning sets ${fig(th.tuning)}; cross-validated long training messages ${th.cv ? fig(th.cv) : '-'}`;

// The penalty is a choice between variants: made on the tuning sets (right answers within the limits on
// wrong ones), with each variant's cross-validation on the training messages printed beside it.
const tuningSets = [FORUM_TUNING_FILE, FORUM_DEV_FILE].map((f) => loadForum(knowledge, f));
let best: { l2: number; cv: ReturnType<typeof crossValidate>; fitted: RerankModel; th: ReturnType<typeof chooseThresholds> } | undefined;
const tried: Array<NonNullable<typeof best>> = [];
// RERANK_L2S_LONG / RERANK_L2S_SHORT (comma-separated): try only these penalties, e.g. the ones chosen last time.
const l2sFrom = (v: string | undefined) => (v ? v.split(',').map(Number) : RERANK_L2S);
for (const l2 of l2sFrom(process.env.RERANK_L2S_LONG)) {
  const cv = crossValidate(rows, l2, 5);
  const fitted = learnModel(rows, l2);
  const th = chooseThresholds(matcher, fitted, tuningSets, index, cv.decided);
  console.log(`  l2 ${String(l2).padEnd(5)} 5-fold CV on long messages: first candidate right ${pct(cv.top1)} (matcher alone ${pct(cv.baseTop1)}), log-loss ${cv.logLoss.toFixed(4)}; ` +
    `thresholds ${th.answer}/${th.options}: ${both(th)} (objective ${th.score.toFixed(3)})`);
  tried.push({ l2, cv, fitted, th });
}
// Penalties within NEAR_TIE of the best objective are a tie (a few messages in thousands): the best
// calibrated of them (the lowest cross-validated log-loss) is kept.
const NEAR_TIE = 0.005;
const top = Math.max(...tried.map((t) => t.th.score));
for (const t of tried) if (t.th.score >= top - NEAR_TIE && (!best || t.cv.logLoss < best.cv.logLoss)) best = t;
const { fitted, th } = best!;
const pair = choosePair(th.messages, { ...fitted, answer: th.answer, options: th.options, agree: th.agree });
const model: RerankModel = { ...fitted, answer: th.answer, options: th.options, agree: th.agree, pair: pair.pair, pairRatio: pair.pairRatio };
const pf = (f: PairFigures) => `${f.dym} "Did you mean…" to long messages: ${f.strict} strictly right, ${f.withRight} with the right entry, ${f.noRight} without it, ${f.notInScope} to messages nothing answers; out-of-scope declined ${pct(f.declined)}`;
console.log(`ambiguity rule (two best together ≥ pair, second ≥ pairRatio × first), chosen on the same messages: ` +
  `${pair.pair < 1 ? `pair ${pair.pair}, pairRatio ${pair.pairRatio}` : 'off (no setting gains)'}\n  without: ${pf(pair.base)}\n  with:    ${pf(pair.f)}`);
const withPair = { ...fitted, answer: th.answer, options: th.options, agree: th.agree, pair: pair.pair, pairRatio: pair.pairRatio };
const tuningAt = figures(th.tuningMessages, withPair);
const cvAt = figures(best!.cv.decided.filter((m) => m.x.long), withPair);
const cvAll = figures(best!.cv.decided, withPair);
console.log(`chosen: l2 ${best!.l2}; answer at ${th.answer} (or ${th.agree} when the thresholds alone give the same answer), "Did you mean…" at ${th.options}\n` +
  `  tuning sets: ${fig(tuningAt)}\n` +
  `  5-fold CV, the training messages' long ones: ${fig(cvAt)}, unanswered answered ${pct(cvAt.answeredNotInScope)}\n` +
  `  5-fold CV, all training messages (short ones decided by the thresholds alone): ${fig(cvAll)}`);
for (const [name, w] of RERANK_FEATURES.map((f, i) => [f, model.weights[i]] as const)) console.log(`  ${name.padEnd(11)} ${w.toFixed(3)}`);

// Short messages (LONG_MESSAGE content words or fewer, not vague): a model of their own, learned the same way on
// the short training messages, with SHORT_FEATURES; its thresholds chosen on the short-question eval set and the
// short training messages as decided in cross-validation (chooseShortThresholds). Off when no thresholds meet the limits.
const short = shortRows(matcher, labelled, RERANK_K, true, undefined, rows.map((m) => m.x));
const evalSets = loadEvalSets(knowledge);
const evalShort = shortRows(matcher, [
  ...evalSets.inScope.map((q) => ({ q: q.q, expect: [index.get(q.expect)!] })),
  ...evalSets.outOfScope.map((q) => ({ q: q.q, expect: [] as number[], outOfScope: true })),
]).filter((m) => !m.x.long);
const shortN = short.filter((m) => m.rows.length).length;
console.log(`\nshort messages: ${shortN} training messages with candidates, ${SHORT_FEATURES.length} features; eval set ${evalShort.length} short questions`);
let shortBest: { l2: number; logLoss: number; model: RerankModel; choice: NonNullable<ReturnType<typeof chooseShortThresholds>['best']> } | undefined;
const shortTried: Array<NonNullable<typeof shortBest>> = [];
let shortSaidAlone = 0;
for (const l2 of l2sFrom(process.env.RERANK_L2S_SHORT)) {
  const cv = crossValidate(short, l2, 5, undefined, true);
  const fittedShort = learnModel(short, l2, undefined, undefined, true);
  const evalRanked = evalShort.map((m) => {
    if (!m.rows.length) return m;
    const p = chances(fittedShort, m.rows);
    return { ...m, ranked: m.entries.map((entry, i) => ({ entry, p: p[i] })).sort((a, b) => b.p - a.p) };
  });
  const { best: choice, alone } = chooseShortThresholds(fittedShort, { evalSet: evalRanked, training: cv.decided.filter((m) => !m.x.long) });
  if (!shortTried.length && !shortSaidAlone++) console.log(`  the thresholds alone: eval set ${fig(alone.evalSet)}; short training messages ${fig(alone.training)}`);
  console.log(`  l2 ${String(l2).padEnd(5)} 5-fold CV on short messages: first candidate right ${pct(cv.top1)} (matcher alone ${pct(cv.baseTop1)}), log-loss ${cv.logLoss.toFixed(4)}; ` +
    (choice ? `thresholds ${choice.answer}/${choice.options}: eval set ${fig(choice.evalSet)}; cross-validated short training messages ${fig(choice.training)}` : 'no thresholds within the limits'));
  if (choice) shortTried.push({ l2, logLoss: cv.logLoss, model: { ...fittedShort, answer: choice.answer, options: choice.options }, choice });
}
const shortTop = Math.max(...shortTried.map((t) => t.choice.score));
for (const t of shortTried) if (t.choice.score >= shortTop - NEAR_TIE && (!shortBest || t.logLoss < shortBest.logLoss)) shortBest = t;
if (shortBest) {
  model.short = shortBest.model;
  console.log(`chosen for short messages: l2 ${shortBest.l2}; answer at ${shortBest.model.answer}, "Did you mean…" at ${shortBest.model.options}`);
} else console.log('short messages: no model meets the limits; the thresholds alone decide them');

const r4 = (x: number) => Math.round(x * 1e4) / 1e4;
const yaml = [
  '# The matcher\'s re-ranking step for long messages (src/core/rerank.ts). Written by npm run train:matcher',
  '# from knowledge/matcher-training/*.yaml; do not edit by hand. The thresholds are chosen on the forum-style',
  '# tuning sets (test/fixtures/eval), which are never learned from, together with the training messages\' long',
  '# ones as decided in cross-validation.',
  `# 5-fold cross-validation on the training messages' long ones: first candidate right ${pct(best!.cv.top1)} (matcher alone ${pct(best!.cv.baseTop1)});`,
  `# at the thresholds below: right ${pct(cvAt.right)}, confidently wrong ${pct(cvAt.wrong)}, out-of-scope declined ${pct(cvAt.declined)}.`,
  `# Tuning sets: right ${pct(tuningAt.right)}, confidently wrong ${pct(tuningAt.wrong)}, out-of-scope declined ${pct(tuningAt.declined)}.`,
  `features: [${RERANK_FEATURES.join(', ')}]`,
  `weights: [${model.weights.map(r4).join(', ')}]`,
  `form: ${model.form}`,
  `bias: ${r4(model.bias)}`,
  `k: ${model.k}`,
  ...(model.extra ? [`extra: ${model.extra}`] : []),
  `answer: ${model.answer}`,
  `options: ${model.options}`,
  `agree: ${model.agree}`,
  `pair: ${model.pair}`,
  `pairRatio: ${model.pairRatio}`,
  ...(model.short && shortBest ? [
    '# Short messages (12 content words or fewer): their own model. 5-fold cross-validation by thread on the short training',
    `# messages at its thresholds: right ${pct(shortBest.choice.training.right)}, confidently wrong ${pct(shortBest.choice.training.wrong)}, out-of-scope declined ${pct(shortBest.choice.training.declined)};`,
    `# short-question eval set: right ${pct(shortBest.choice.evalSet.right)}, confidently wrong ${pct(shortBest.choice.evalSet.wrong)}, out-of-scope declined ${pct(shortBest.choice.evalSet.declined)}.`,
    'short:',
    `  features: [${SHORT_FEATURES.join(', ')}]`,
    `  weights: [${model.short.weights.map(r4).join(', ')}]`,
    `  form: ${model.short.form}`,
    `  bias: ${r4(model.short.bias)}`,
    `  k: ${model.short.k}`,
    ...(model.short.extra ? [`  extra: ${model.short.extra}`] : []),
    `  answer: ${model.short.answer}`,
    `  options: ${model.short.options}`,
  ] : []),
  'trained:',
  `  messages: ${training.length}`,
  `  fingerprint: "${trainingFingerprint(training)}"`,
  `  l2: ${best!.l2}`,
  ...(shortBest ? [`  shortL2: ${shortBest.l2}`] : []),
  '',
].join('\n');
if (args.includes('--dry-run')) console.log(`\n${yaml}`);
else {
  const file = path.join(defaultKnowledgeDir(), MATCHER_MODEL_FILE);
  fs.writeFileSync(file, yaml);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
