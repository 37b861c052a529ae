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
import { FORUM_DEV_FILE, FORUM_TUNING_FILE, loadForum } from './evalRunner';
import { choosePair, chooseThresholds, crossValidate, figures, labelledRows, learnModel, RERANK_K, RERANK_L2S, trainingFingerprint, type Figures, type Labelled, type PairFigures } from './rerankTraining';

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
for (const l2 of RERANK_L2S) {
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
  'trained:',
  `  messages: ${training.length}`,
  `  fingerprint: "${trainingFingerprint(training)}"`,
  `  l2: ${best!.l2}`,
  '',
].join('\n');
if (args.includes('--dry-run')) console.log(`\n${yaml}`);
else {
  const file = path.join(defaultKnowledgeDir(), MATCHER_MODEL_FILE);
  fs.writeFileSync(file, yaml);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}
