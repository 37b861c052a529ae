/**
 * npx tsx scripts/safetyStories.ts [-- --misses]
 *
 * How the safety screen reads risk buried in a long story (issue 14). Each one-sentence risk message of
 * safety-training.yaml is put into two long ordinary stories of the same file (three sentences or more,
 * 40 words or more, no pattern firing), first, in the middle and last. As in the cross-validation of
 * npm run train:safety, the training messages are split five ways by batch (trainingFolds); the second layer,
 * its weights and its neighbours as the bot reads them (trainSecondLayer), is trained without a fold's risk
 * messages AND its stories, so neither the risk sentence nor the story around it was learnt. The cut-offs are
 * chosen as the training script chooses them (chooseCutoffs, counting the buried sentences no pattern catches).
 *
 * Printed per kind of risk (the category of the pattern that catches the sentence alone; "by its words" for a
 * sentence no pattern catches) and position: the share the patterns catch, the share the second layer
 * catches and by which path (whole text, story mean, riskiest sentence), how many the story rule loses that
 * the short-message sentence cut-off would catch, and the second layer's false alarms on the stories alone.
 * A measurement only: the stories it builds are never training data.
 */
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge';
import { createSafetyScreen, layerScore, MODEL_MIN_WORDS, SAFETY_MODEL_OPTIONS, safetyTrainingSet, trainSecondLayer } from '../src/core/safety';
import { segments, type SafetyModel } from '../src/core/safetyModel';
import { basicNormalise } from '../src/core/normalise';
import { chooseCutoffs, cutoffFigures } from './trainSafety';
import { buriedIn, leftOutReader, loadEvalSets, storySentences, trainingFolds, wordCount, type LeftOut } from './evalRunner';

const knowledge = loadKnowledge(undefined, { safetyModel: false });
const t = knowledge.safety.training ?? { risk: [], ordinary: [] };
const patterns = createSafetyScreen(knowledge, { model: false });
const questions = safetyTrainingSet(knowledge).ordinary.slice(t.ordinary.length);
const options = { ...SAFETY_MODEL_OPTIONS, spellings: knowledge.synonyms.spellings };
const FOLDS = 5;
const foldOf = trainingFolds(defaultKnowledgeDir(), knowledge, FOLDS) ?? { risk: (i: number) => i % FOLDS, ordinary: (i: number) => i % FOLDS };

/** A sentence no pattern catches, sorted by its words: a child gone, or a parent at the end. */
const MISSING = /\b(missing|not (come|came|got|been) (home|back)|isnt (home|back)|not home|run off|ran off|run away|ran away|cant find|cannot find|disappeared|absconded|bolted|nowhere to be|gone from|not back|hasnt come|where (he|she) is)\b/;
const CRISIS = /\b(cant (cope|go on|do this|take)|end of my|breaking down|falling apart|not safe|no one to turn|nothing left|give up|disappear|not be here|not wake up|end it|better off without|tether|overwhelm|numb|empty)\b/;
function kind(q: string): string {
  const ids = patterns(q)?.categories.map((c) => c.id) ?? [];
  if (ids.length === 1 && (ids[0] === 'missing-child' || ids[0] === 'parent-crisis')) return ids[0];
  if (ids.length) return 'other';
  const norm = basicNormalise(q);
  return MISSING.test(norm) ? 'missing-child (by its words)' : CRISIS.test(norm) ? 'parent-crisis (by its words)' : 'other (no pattern)';
}

const risk = t.risk.map((q, i) => ({ q, i })).filter(({ q }) => segments(q).length === 1 && wordCount(q) >= MODEL_MIN_WORDS && wordCount(q) <= 30).map((r) => ({ ...r, kind: kind(r.q) }));
const hosts = t.ordinary.map((q, i) => ({ q, i })).filter(({ q }) => wordCount(q) >= 40 && storySentences(q).length >= 3 && !patterns(q));

type Scores = { whole: number; sentences: number[]; words: number };
const rows: Array<{ kind: string; where: string; pattern: boolean; scores: Scores; q: string }> = [];
const hostScores: Scores[] = [];
const cv = { risk: [] as LeftOut[], ordinary: [] as LeftOut[], buried: [] as LeftOut[][] };
const readWith = (model: SafetyModel) => leftOutReader(patterns, model);
for (let f = 0; f < FOLDS; f++) {
  const model = trainSecondLayer({ risk: t.risk.filter((_, i) => foldOf.risk(i) !== f), ordinary: [...t.ordinary.filter((_, i) => foldOf.ordinary(i) !== f), ...questions] }, options);
  const read = readWith(model);
  t.risk.forEach((q, i) => { if (foldOf.risk(i) === f) cv.risk[i] = read(q); });
  t.ordinary.forEach((q, i) => { if (foldOf.ordinary(i) === f) cv.ordinary[i] = read(q); });
  const scores = (q: string): Scores => ({ ...model.scores(q), words: wordCount(q) });
  const stories = hosts.filter((h) => foldOf.ordinary(h.i) === f);
  for (const h of stories) hostScores.push(scores(h.q));
  risk.filter((r) => foldOf.risk(r.i) === f).forEach((r, n) => {
    const alone = !!patterns(r.q);
    rows.push({ kind: r.kind, where: 'alone', pattern: alone, scores: scores(r.q), q: r.q });
    const texts = buriedIn(r.q, [stories[(n * 2) % stories.length].q, stories[(n * 2 + 7) % stories.length].q]);
    const reads: LeftOut[] = [];
    texts.forEach((q, k) => {
      const pattern = !!patterns(q);
      const s = scores(q);
      rows.push({ kind: r.kind, where: (['first', 'middle', 'last'] as const)[k % 3], pattern, scores: s, q });
      reads.push(pattern ? { pattern: true } : { pattern: false, short: false, ...s });
    });
    // As train:safety counts them when it chooses the cut-offs: the sentences no pattern catches alone.
    if (!alone) cv.buried.push(reads);
  });
}
const full = readWith(trainSecondLayer({ risk: t.risk, ordinary: [...t.ordinary, ...questions] }, options));
const sets = loadEvalSets(knowledge);
const choice = chooseCutoffs(cutoffFigures(cv, { risk: sets.safety.map((x) => full(x.q)), ordinary: sets.notSafety.map(full) }));
const c = choice.cutoffs;
const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
console.log(`cut-offs chosen ${Object.values(c).join(' / ')}: 5-fold CV recall ${choice.cv.caught} of ${choice.cv.risk}, false alarms ${pct(choice.cv.alarms, choice.cv.ordinary)}`);
console.log(`the second layer on the ${hostScores.length} left-out long ordinary stories: ${pct(hostScores.filter((s) => layerScore(s, s.words, c) >= c.whole).length, hostScores.length)} false alarms`);
const fires = (s: Scores) => layerScore(s, s.words, c) >= c.whole;
const riskiest = (s: Scores) => Math.max(s.whole, ...s.sentences);
for (const k of [...new Set(rows.map((r) => r.kind))].sort()) for (const where of ['alone', 'first', 'middle', 'last']) {
  const xs = rows.filter((r) => r.kind === k && r.where === where);
  const n = (p: (r: (typeof rows)[number]) => boolean) => pct(xs.filter(p).length, xs.length).padStart(6);
  console.log(`${k.padEnd(29)} ${where.padEnd(6)} ${String(xs.length).padStart(4)}  patterns ${n((r) => r.pattern)}  second layer ${n((r) => fires(r.scores))}` +
    ` (whole ${n((r) => r.scores.whole >= c.whole)}, mean ${n((r) => (r.scores.whole + riskiest(r.scores)) / 2 >= c.storyMean)}, sentence ${n((r) => riskiest(r.scores) >= c.storySentence)};` +
    ` lost, a sentence at ${c.sentence}+: ${xs.filter((r) => !fires(r.scores) && riskiest(r.scores) >= c.sentence).length})  either ${n((r) => r.pattern || fires(r.scores))}`);
}
const buried = rows.filter((r) => r.where !== 'alone');
const alone = rows.filter((r) => r.where === 'alone');
console.log(`all buried: second layer ${pct(buried.filter((r) => fires(r.scores)).length, buried.length)}; the same sentences alone ${pct(alone.filter((r) => fires(r.scores)).length, alone.length)}`);
if (process.argv.includes('--misses')) {
  for (const r of buried.filter((x) => !x.pattern && !fires(x.scores))) console.log(`  ${r.kind} ${r.where} whole ${r.scores.whole.toFixed(2)} riskiest ${riskiest(r.scores).toFixed(2)}: ${r.q.slice(0, 160)}`);
}
