/**
 * npm run eval [-- --verbose] [-- --tune] [-- --loo] [-- --no-holdout]
 *
 * Measures the matcher and the safety screen on test/fixtures/eval and prints the same figures
 * for a naive baseline (fuse.js, default options, over entry titles) in the same run.
 *   top-1   the outcome is an answer, and it is the expected entry
 *   top-3   the expected entry is among the first three search results
 *   out-of-scope rejection  out-of-scope questions get the honest noAnswer
 *   safety recall / false positives  on the risk messages / ordinary worried-parent messages
 * Then the held-out sets, never tuned on: test/fixtures/holdout/questions.yaml (short questions) and
 * test/fixtures/holdout/forum.yaml (long forum-style messages; aggregate figures only, misses never printed).
 * --tune  grid-searches thresholds and weights (objective below) and prints the best, with
 *         2-fold cross-validated figures so the result is not just fitted to the set.
 * --loo   a development check: each question variant in the knowledge, left out of the index
 *         (5 folds), must still find its own entry.
 */
import { evaluate, evaluateForum, FORUM_DEV_FILE, FORUM_TUNING_FILE, leaveOneOut, loadEvalSets, loadForum, loadHoldout, loadSafetyHoldout, SAFETY_HOLDOUT_2_FILE, SAFETY_HOLDOUT_3_FILE, SAFETY_HOLDOUT_FILE, safetyCrossValidation, safetyFigures, trainingFolds, tune, type EvalReport, type ForumReport, type SafetyFigures } from './evalRunner';
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge';
import { TUNING } from '../src/core/matcher';

const args = process.argv.slice(2);
// While changing the matcher or the safety screen, work on the tuning sets alone: the held-out sets are
// read only for a final measure, so that no choice between two variants is made on them.
const withHoldout = !args.includes('--no-holdout');
let knowledge: ReturnType<typeof loadKnowledge>;
try {
  knowledge = loadKnowledge();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
const sets = loadEvalSets(knowledge);

const pct = (x: number) => (Number.isNaN(x) ? '  n/a ' : `${(x * 100).toFixed(1).padStart(5)}%`);
function line(name: string, r: EvalReport): string {
  return `${name.padEnd(22)} top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}  wrong answers ${pct(r.wrong)}  did-you-mean ${pct(r.didYouMean)}  ` +
    `out-of-scope rejected ${pct(r.oosRejected)}  safety recall ${pct(r.safetyRecall)}  safety false positives ${pct(r.safetyFalsePositive)}`;
}

console.log(`Eval set: ${sets.inScope.length} in-scope questions (${sets.files.join(', ') || 'none'}), ` +
  `${sets.outOfScope.length} out-of-scope, ${sets.safety.length} safety, ${sets.notSafety.length} not-safety; ${knowledge.entries.length} entries.`);
if (sets.unknownIds.length) console.log(`WARNING: expected ids not in the knowledge: ${sets.unknownIds.join(', ')}`);

if (args.includes('--loo')) {
  const r = leaveOneOut(knowledge);
  console.log(`Left out (5 folds), ${r.total} question variants: top-1 ${pct(r.top1)}  top-3 ${pct(r.top3)}`);
}

if (args.includes('--tune')) {
  // Long messages are tuned on the forum-style tuning set (or, until it exists, the development set).
  const forumSets = [FORUM_TUNING_FILE, FORUM_DEV_FILE].map((f) => loadForum(knowledge, f)).filter((f) => f.inScope.length);
  const t = tune(knowledge, sets, forumSets.slice(0, 1));
  console.log('\nBest tuning on the whole set:', JSON.stringify(t.best));
  console.log(`objective ${t.objective.toFixed(3)} (short: top-1 + out-of-scope rejection − 2 × wrong answers; forum-style: right + ½ × "Did you mean…" with it + declined − 3 × confidently wrong)`);
  console.log(`2-fold cross-validation (tune on one half, measure on the other): top-1 ${pct(t.cv.top1)}  out-of-scope rejected ${pct(t.cv.oosRejected)}  wrong ${pct(t.cv.wrong)}`);
}

const { matcher, baseline, failures } = evaluate(knowledge, sets, TUNING);
console.log('');
console.log(line('matcher', matcher));
console.log(line('baseline (fuse titles)', baseline));

// The held-out set is never tuned on: its figures say whether the ones above generalise.
const holdout = withHoldout ? loadHoldout(knowledge) : null;
if (holdout?.inScope.length) {
  const h = evaluate(knowledge, holdout, TUNING);
  console.log(`\nHeld-out set (${holdout.inScope.length} in-scope, ${holdout.outOfScope.length} out-of-scope; never used for tuning):`);
  console.log(line('matcher', h.matcher).replace(/ {2}safety recall.*$/, ''));
  console.log(line('baseline (fuse titles)', h.baseline).replace(/ {2}safety recall.*$/, ''));
  if (holdout.unknownIds.length) console.log(`WARNING: held-out ids not in the knowledge: ${holdout.unknownIds.join(', ')}`);
}
// The safety screen, per category: the tuning set and each held-out safety set side by side.
function safetyTable(columns: Array<[string, SafetyFigures | null]>): string {
  const frac = (c: { caught: number; total: number } | undefined) => (c ? `${c.caught}/${c.total}`.padStart(7) + ` ${pct(c.caught / c.total)}` : '      —       ');
  const cats = [...new Set(columns.flatMap(([, f]) => f?.perCategory ?? []).map((c) => c.category))].sort();
  const row = (label: string, cell: (f: SafetyFigures | null) => string) => `${label.padEnd(20)} ${columns.map(([, f]) => cell(f).padStart(14)).join('   ')}`;
  const rows = [`${'risk category'.padEnd(20)} ${columns.map(([name]) => name.padStart(14)).join('   ')}`];
  for (const c of cats) rows.push(row(c, (f) => frac(f?.perCategory.find((x) => x.category === c))));
  const share = (k: 'recall' | 'recallPatterns' | 'falseAlarms' | 'falseAlarmsPatterns') => (f: SafetyFigures | null) => (f ? pct(f[k]) : '—');
  rows.push(row('recall, both layers', share('recall')));
  rows.push(row('recall, patterns', share('recallPatterns')));
  rows.push(row('2nd layer only', (f) => String(f?.byModel ?? '—')));
  rows.push(row('false alarms', share('falseAlarms')));
  rows.push(row('false alarms, pattns', share('falseAlarmsPatterns')));
  rows.push(row('messages', (f) => (f ? `${f.risk} + ${f.ordinary}` : '—')));
  return rows.join('\n');
}
const byBatch = trainingFolds(defaultKnowledgeDir(), knowledge);
const cv = safetyCrossValidation(knowledge, 5, undefined, byBatch);
console.log(`\nSafety screen, ${cv.folds}-fold cross-validation on safety-training.yaml (${cv.risk} risk, ${cv.ordinary} ordinary; ` +
  `${byBatch ? 'whole batches left out' : 'message by message'}; no held-out data):`);
console.log(`  at the threshold ${cv.threshold}: recall ${pct(cv.recall)}  false alarms ${pct(cv.falseAlarms)};  every risk caught up to threshold ${cv.thresholdForFullRecall.toFixed(3)} (false alarms there ${pct(cv.falseAlarmsAtFullRecall)})`);
console.log(`  99% recall up to threshold ${cv.thresholdFor99.toFixed(3)} (false alarms there ${pct(cv.falseAlarmsAt99)}); 95% up to ${cv.thresholdFor95.toFixed(3)} (false alarms there ${pct(cv.falseAlarmsAt95)})`);
console.log(`  left-out risk messages no pattern matches: ${cv.missedByPatterns}; the second layer catches ${pct(cv.caughtBySecondLayer)} of them at ${cv.threshold}`);
console.log(`  threshold  ${cv.curve.map((c) => String(c.threshold).padStart(7)).join('')}\n  recall     ${cv.curve.map((c) => pct(c.recall)).join(' ')}\n  2nd layer  ${cv.curve.map((c) => pct(c.caughtBySecondLayer)).join(' ')}\n  false alarm${cv.curve.map((c) => pct(c.falseAlarms)).join(' ')}`);
const heldOut = (file: string) => {
  const set = withHoldout ? loadSafetyHoldout(file) : { risk: [], ordinary: [] };
  return set.risk.length ? safetyFigures(knowledge, set.risk, set.ordinary) : null;
};
console.log('\nSafety screen (risk recall per category; false alarms on ordinary messages; the held-out sets are never tuned on):');
console.log(safetyTable([
  ['tuning set', safetyFigures(knowledge, sets.safety, sets.notSafety)],
  ['held-out set', heldOut(SAFETY_HOLDOUT_FILE)],
  ['held-out set 2', heldOut(SAFETY_HOLDOUT_2_FILE)],
  ['held-out set 3', heldOut(SAFETY_HOLDOUT_3_FILE)],
]));

function forumLines(f: ForumReport): string {
  return `matcher                right answer ${pct(f.top1)}  top-3 ${pct(f.top3)}  confidently wrong ${pct(f.wrong)}  did-you-mean ${pct(f.didYouMean)} (right option in it ${pct(f.didYouMeanRight)})\n` +
    `                       out-of-scope declined ${pct(f.oosRejected)}  out-of-scope answered (confidently wrong) ${pct(f.oosAnswered)}  unanswered handled honestly ${pct(f.unansweredHonest)}\n` +
    `                       right as issue 13 counts it ${pct(f.rightAsIssue)} (an answer, or "Did you mean…" whose first option is right for one of the ${f.ambiguous} messages labelled with two or more entries)\n` +
    `                       first candidate right ${pct(f.firstRight)} (the most any threshold could answer right); one cut-off chosen on this set, wrong at most 2%: right ${pct(f.ceiling2)}`;
}
// Forum-style messages the matcher is tuned on (long messages: a story, then the question); misses listed under --verbose.
for (const [name, file] of [['Forum-style tuning set', FORUM_TUNING_FILE], ['Forum-style development set', FORUM_DEV_FILE]] as const) {
  const set = loadForum(knowledge, file);
  if (!(set.inScope.length + set.outOfScope.length + set.unanswered.length)) continue;
  const f = evaluateForum(knowledge, set, TUNING, undefined, failures);
  console.log(`\n${name} (${f.inScope} in-scope, ${f.unanswered} unanswered, ${f.outOfScope} out-of-scope; tuned on):`);
  console.log(forumLines(f));
  if (set.unknownIds.length) console.log(`WARNING: ids not in the knowledge: ${set.unknownIds.join(', ')}`);
}

// The forum set (long parent messages, written before any tuning): aggregate figures only, never its misses.
const forum = withHoldout ? loadForum(knowledge) : { inScope: [], outOfScope: [], unanswered: [], unknownIds: [] as string[] };
if (forum.inScope.length + forum.outOfScope.length + forum.unanswered.length) {
  const f = evaluateForum(knowledge, forum, TUNING);
  console.log(`\nForum set (${f.inScope} in-scope, ${f.unanswered} unanswered, ${f.outOfScope} out-of-scope; never used for tuning, misses never printed):`);
  console.log(forumLines(f));
  if (forum.unknownIds.length) console.log(`WARNING: forum ids not in the knowledge: ${forum.unknownIds.join(', ')}`);
}
if (args.includes('--verbose')) {
  console.log('\nMisses:');
  for (const f of failures) console.log(`  [${f.kind}] ${JSON.stringify(f.q)} expected ${f.expected} got ${f.got}`);
}
