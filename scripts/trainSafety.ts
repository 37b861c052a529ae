/**
 * npm run train:safety [-- --dry-run]
 *
 * Learns the safety screen's second layer (src/core/safetyModel.ts) from knowledge/safety-training.yaml and
 * the entries' questions (ordinary messages), and writes knowledge/safety-model.yaml: the features and their
 * weights, the cut-offs, and the fingerprint of the training messages. Start-up reads the file and never
 * trains. test/safety.model.test.ts fails when the committed model no longer matches what this script learns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge';
import { SAFETY_MODEL_FILE, safetyTrainingFingerprint } from '../src/knowledge/safetyModelFile';
import { createSafetyScreen, SAFETY_CUTOFFS, SAFETY_MODEL_OPTIONS, safetyTrainingSet, secondLayerFrom } from '../src/core/safety';
import { learnSafetyWeights, type SafetyCutoffs, type SafetyWeights } from '../src/core/safetyModel';
import { BURIED_PLACES, leftOutFires, leftOutReader, leftOutScore, loadEvalSets, messageFolds, safetyFoldFigures, safetyLeftOut, trainingBatches, trainingFolds, type LeftOut } from './evalRunner';
import type { Knowledge, SafetyFoldFigures } from '../src/core/model';

/** Six decimals: far finer than any decision needs (the committed model decides as the unrounded one does). */
export const weightText = (w: number) => {
  const t = w.toFixed(6).replace(/\.?0+$/, '');
  return t === '-0' || t === '' ? '0' : t;
};

/** The file's text: a few fields, then one "feature weight" line per feature. */
export function safetyModelYaml(learned: SafetyWeights, cutoffs: SafetyCutoffs, fingerprint: string, trained: Record<string, string | number | boolean>, notes: string[] = [], validation: SafetyFoldFigures[] = []): string {
  return [
    '# The safety screen\'s second layer (src/core/safetyModel.ts). Written by npm run train:safety from',
    '# knowledge/safety-training.yaml and the entries\' questions; do not edit by hand. Start-up reads it and never trains.',
    ...notes.map((n) => `# ${n}`),
    `fingerprint: "${fingerprint}"`,
    `charGrams: ${learned.charGrams}`,
    `idioms: ${learned.idioms}`,
    ...(learned.neighbours ? ['neighbours:', `  count: ${learned.neighbours.count}`, `  weight: ${learned.neighbours.weight}`] : []),
    'cutoffs:',
    ...Object.entries(cutoffs).map(([k, v]) => `  ${k}: ${v}`),
    'trained:',
    ...Object.entries(trained).map(([k, v]) => `  ${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`),
    ...(validation.length ? ['validation:', ...validation.map((f) => `  - { ${Object.entries(f).map(([k, v]) => `${k}: ${v}`).join(', ')} }`)] : []),
    `bias: ${weightText(learned.bias)}`,
    'weights: |',
    ...learned.features.map((f, i) => `  ${f} ${weightText(learned.weights[i])}`),
    '',
  ].join('\n');
}

/** Learns the weights from this knowledge with the bot's options. */
export function learnFrom(knowledge: Knowledge, options = SAFETY_MODEL_OPTIONS): SafetyWeights {
  return learnSafetyWeights(safetyTrainingSet(knowledge), { ...options, spellings: knowledge.synonyms.spellings });
}

/**
 * The cut-offs tried: the whole text's, and each other path's from the whole text's up to 0.99 (all but off).
 * The whole text's reaches 0.9: once the patterns catch what the layer scores low, the most recall can come
 * at a cut-off above 0.6 (with the seventh round's patterns, every left-out risk message at 0.7).
 */
export const CUTOFF_GRID = {
  whole: Array.from({ length: 35 }, (_, i) => Math.round((0.05 + 0.025 * i) * 1000) / 1000),
  storyMean: [0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8, 0.9, 0.99],
  storySentence: [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.99],
  sentence: [0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.99],
};
/**
 * The false-alarm budget, on the tuning set and in 5-fold cross-validation alike: a message only the second
 * layer flags gets a gentle check-in, not the crisis reply, so a missed risk costs far more than an extra
 * check-in, and what the budget allows is spent on recall.
 */
export const TUNING_FALSE_ALARM_BUDGET = 0.03;
export const CV_FALSE_ALARM_CAP = 0.03;
/** How far past CV_FALSE_ALARM_CAP the layer may add false alarms when that is the price of catching every left-out risk message. */
export const CV_FALSE_ALARM_OUTER = 0.05;

export interface CutoffChoice {
  cutoffs: SafetyCutoffs;
  /** `patternAlarms`: the ordinary messages the patterns flag, which no cut-off changes (part of `alarms`). */
  cv: { caught: number; risk: number; alarms: number; ordinary: number; patternAlarms?: number };
  tuning: { caught: number; risk: number; alarms: number; ordinary: number; patternAlarms?: number };
  /** Left-out risk sentences read inside left-out stories (safetyLeftOut's `buried`): readings caught, of `readings`. */
  buried?: { caught: number; readings: number };
}

/**
 * The recall the cut-offs are chosen for: the left-out risk messages caught, and each buried risk sentence as
 * one more, caught in the share of its BURIED_PLACES readings that fire; counted in BURIED_PLACES-ths of a message, a
 * whole number, so equal recalls compare equal. Read alone, a sentence of a long story
 * would count once among eleven thousand messages, and the cut-offs would be chosen as if stories did not
 * matter: with the whole batches left out, the cut-offs that catch the most messages caught two thirds of the
 * buried sentences no pattern knows, while others within the same false-alarm budget catch four fifths or
 * more for a few short messages more missed.
 */
export const recallOf = (x: CutoffChoice) => BURIED_PLACES * x.cv.caught + (x.buried?.caught ?? 0);

/** Each cut-off combination of the grid with its figures. */
export function cutoffFigures(cv: { risk: LeftOut[]; ordinary: LeftOut[]; buried?: LeftOut[][] }, tuning: { risk: LeftOut[]; ordinary: LeftOut[] }, storyMinWords = SAFETY_CUTOFFS.storyMinWords): CutoffChoice[] {
  const out: CutoffChoice[] = [];
  const seen = new Set<string>();
  for (const whole of CUTOFF_GRID.whole) for (const m of CUTOFF_GRID.storyMean) for (const ss of CUTOFF_GRID.storySentence) for (const se of CUTOFF_GRID.sentence) {
    const cutoffs = { whole, storyMean: Math.max(m, whole), storySentence: Math.max(ss, whole), sentence: Math.max(se, whole), storyMinWords };
    const id = JSON.stringify(cutoffs);
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(figuresAt(cv, tuning, cutoffs));
  }
  return out;
}

/**
 * The cut-offs, recall with a margin: every tuning risk message caught; among those whose tuning and
 * cross-validated false alarms both stay within their budgets (3% each), the most left-out risk messages
 * caught, counting each buried risk sentence as one more message (recallOf); then the LOWEST whole-text cut-off. The budget is
 * spent on a margin below the training scores: a cut-off fitted just under the lowest-scoring left-out risk
 * message would miss an unseen one scoring a little lower. Ties (the same whole-text cut-off) go to fewer
 * cross-validated false alarms, then fewer on the tuning set, then the lowest sentence and story cut-offs
 * (the most paths to a risk). Recall comes before the cross-validated budget: when no cut-offs within it catch
 * as many left-out risk messages as some cut-offs do, those that catch the most are taken while the layer adds
 * at most CV_FALSE_ALARM_OUTER (5%) and the tuning budget holds, the fewest false alarms among them.
 * When none keep within the budgets: the fewest tuning false alarms.
 * The budgets are for what the cut-offs decide: the false alarms the second layer adds to the patterns'. The
 * patterns' own false alarms on the training messages (the eighth round's ordinary messages were written beside
 * each pattern, so the patterns flag 4% of them) are the same at every cut-off; counted against the budget,
 * they would leave no cut-offs within it and the choice would fall to the fewest tuning false alarms, at the
 * cost of recall.
 */
export function chooseCutoffs(candidates: CutoffChoice[]): CutoffChoice {
  const full = candidates.filter((x) => x.tuning.caught === x.tuning.risk);
  const pool = full.length ? full : candidates;
  const added = (f: CutoffChoice['cv']) => f.alarms - (f.patternAlarms ?? 0);
  const keeps = (x: CutoffChoice, cvCap: number) => added(x.tuning) <= TUNING_FALSE_ALARM_BUDGET * x.tuning.ordinary && added(x.cv) <= cvCap * x.cv.ordinary;
  const within = pool.filter((x) => keeps(x, CV_FALSE_ALARM_CAP));
  const sides = (x: CutoffChoice) => x.cutoffs.storyMean + x.cutoffs.storySentence + x.cutoffs.sentence;
  // Recall first: the budgets choose among the cut-offs that catch the most left-out risk messages. When
  // none of those keep within them, a missed risk message costs more than extra signposts, so the most
  // caught still wins while what the layer adds stays under the outer limit; then the fewest false alarms.
  const most = Math.max(...pool.map(recallOf));
  const best = within.filter((x) => recallOf(x) === most);
  const byMargin = (a: CutoffChoice, b: CutoffChoice) => a.cutoffs.whole - b.cutoffs.whole || a.cv.alarms - b.cv.alarms || a.tuning.alarms - b.tuning.alarms || sides(a) - sides(b);
  if (best.length) return best.sort(byMargin)[0];
  const outer = pool.filter((x) => recallOf(x) === most && keeps(x, CV_FALSE_ALARM_OUTER));
  if (outer.length) return outer.sort((a, b) => a.cv.alarms - b.cv.alarms || a.tuning.alarms - b.tuning.alarms || byMargin(a, b))[0];
  if (within.length) {
    return within.sort((a, b) => recallOf(b) - recallOf(a) || byMargin(a, b))[0];
  }
  const tie = (a: CutoffChoice, b: CutoffChoice) => a.tuning.alarms - b.tuning.alarms || b.cutoffs.whole - a.cutoffs.whole || sides(a) - sides(b);
  return pool.sort((a, b) => a.tuning.alarms - b.tuning.alarms || recallOf(b) - recallOf(a) || a.cv.alarms - b.cv.alarms || tie(a, b))[0];
}

if (require.main === module) {
  const dryRun = process.argv.includes('--dry-run');
  const knowledge = loadKnowledge(undefined, { safetyModel: false });
  const t = knowledge.safety.training;
  if (!t) {
    console.error('No knowledge/safety-training.yaml.');
    process.exit(1);
  }
  const pct = (a: number, b: number) => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  const t0 = performance.now();
  const learned = learnFrom(knowledge);
  console.log(`${t.risk.length} risk and ${t.ordinary.length} ordinary messages (and ${safetyTrainingSet(knowledge).ordinary.length - t.ordinary.length} entry questions): ` +
    `${learned.features.length} features, learned in ${Math.round(performance.now() - t0)} ms`);

  // The cut-offs: 5-fold cross-validation on the training messages (each fifth of the batches left out, the layer
  // trained on the rest, patterns first as in the bot) and the tuning set read by the model learned on all of them.
  const byBatch = trainingFolds(defaultKnowledgeDir(), knowledge);
  if (!byBatch) console.log('(safety-training.yaml is not one message a line: left out message by message)');
  const folds = byBatch ?? messageFolds(5);
  const cv = safetyLeftOut(knowledge, 5, undefined, folds, true);
  const full = secondLayerFrom(learned, safetyTrainingSet(knowledge), { spellings: knowledge.synonyms.spellings });
  const patterns = createSafetyScreen(knowledge, { model: false });
  const read = leftOutReader(patterns, full);
  const sets = loadEvalSets(knowledge);
  const tuning = { risk: sets.safety.map((x) => read(x.q)), ordinary: sets.notSafety.map(read) };
  const candidates = cutoffFigures(cv, tuning);
  const choice = chooseCutoffs(candidates);
  const c = choice.cutoffs;
  const before = figuresAt(cv, tuning, SAFETY_CUTOFFS);
  const line = (x: CutoffChoice) => `5-fold CV recall ${pct(x.cv.caught, x.cv.risk)} (${x.cv.risk - x.cv.caught} of ${x.cv.risk} missed), false alarms ${pct(x.cv.alarms, x.cv.ordinary)} ` +
    `(the patterns' ${pct(x.cv.patternAlarms ?? 0, x.cv.ordinary)}); tuning set recall ${pct(x.tuning.caught, x.tuning.risk)}, false alarms ${pct(x.tuning.alarms, x.tuning.ordinary)}` +
    (x.buried ? `; risk sentences buried in stories caught ${pct(x.buried.caught, x.buried.readings)} (${x.buried.readings / BURIED_PLACES} sentences no pattern catches, ${BURIED_PLACES} readings each)` : '');
  console.log(`cut-offs before (${Object.values(SAFETY_CUTOFFS).join(' / ')}): ${line(before)}`);
  console.log(`cut-offs chosen (${Object.values(c).join(' / ')}): ${line(choice)}`);
  const layerCaught = cv.risk.filter((x) => !x.pattern).map((x) => leftOutScore(x, c)).filter((v) => v >= c.whole).sort((a, b) => a - b);
  if (layerCaught.length) console.log(`the margin: the lowest-scoring left-out risk message the layer catches scores ${layerCaught[0].toFixed(3)}, the whole-text cut-off is ${c.whole}`);
  console.log('the most recall at each level of cross-validated false alarms the second layer adds (every tuning risk message caught):');
  for (const budget of [0.02, 0.03, 0.04, 0.05, 0.06, 0.08]) {
    const best = candidates.filter((x) => x.tuning.caught === x.tuning.risk && x.cv.alarms - (x.cv.patternAlarms ?? 0) <= budget * x.cv.ordinary).sort((a, b) => recallOf(b) - recallOf(a) || a.cv.alarms - b.cv.alarms)[0];
    if (best) console.log(`  up to ${(budget * 100).toFixed(0)}%: (${Object.values(best.cutoffs).join(' / ')}) ${line(best)}`);
  }
  const raw = fs.readFileSync(path.join(defaultKnowledgeDir(), 'safety-training.yaml'), 'utf8');
  for (const list of ['risk', 'ordinary'] as const) {
    const batches = trainingBatches(raw, list, list === 'risk' ? t.risk.length : t.ordinary.length);
    if (!batches) continue;
    console.log(list === 'risk' ? 'CV recall by batch of risk messages:' : 'CV false alarms by batch of ordinary messages:');
    for (const b of batches) {
      const xs = cv[list].slice(b.from, b.to);
      const fired = xs.filter((x) => leftOutFires(x, c)).length;
      console.log(`  ${(list === 'risk' ? pct(fired, xs.length) : `${fired}/${xs.length}`).padStart(7)}  ${b.title.slice(0, 110)}`);
    }
  }
  const { neighbours: _, ...settings } = SAFETY_MODEL_OPTIONS; // the neighbours have a field of their own
  const yaml = safetyModelYaml(learned, c, safetyTrainingFingerprint(t), { risk: t.risk.length, ordinary: t.ordinary.length, ...settings }, [
    `Cut-offs: every tuning risk message, then the most 5-fold cross-validated recall (whole batches left out; each risk sentence buried in stories counts as one more) with tuning false alarms at most`,
    `${TUNING_FALSE_ALARM_BUDGET * 100}% and cross-validated false alarms at most ${CV_FALSE_ALARM_CAP * 100}% beyond the patterns' own (up to ${CV_FALSE_ALARM_OUTER * 100}% when that is what the most recall so counted costs), at the lowest whole-text cut-off (a margin below the training scores):`,
    line(choice),
  ], Array.from({ length: 5 }, (_, f) => safetyFoldFigures(cv, folds, c, f)));
  const out = path.join(defaultKnowledgeDir(), SAFETY_MODEL_FILE);
  if (dryRun) console.log(`(dry run: ${out} left as it is)`);
  else {
    fs.writeFileSync(out, yaml);
    console.log(`wrote ${path.relative(process.cwd(), out)} (${Math.round(yaml.length / 1024)} KB)`);
  }
}

/** The figures of given cut-offs. */
export function figuresAt(cv: { risk: LeftOut[]; ordinary: LeftOut[]; buried?: LeftOut[][] }, tuning: { risk: LeftOut[]; ordinary: LeftOut[] }, cutoffs: SafetyCutoffs): CutoffChoice {
  const count = (xs: LeftOut[]) => xs.filter((x) => leftOutFires(x, cutoffs)).length;
  const patterns = (xs: LeftOut[]) => xs.filter((x) => x.pattern).length;
  let buriedCaught = 0, readings = 0;
  for (const xs of cv.buried ?? []) { buriedCaught += count(xs); readings += xs.length; }
  return {
    cutoffs,
    cv: { caught: count(cv.risk), risk: cv.risk.length, alarms: count(cv.ordinary), ordinary: cv.ordinary.length, patternAlarms: patterns(cv.ordinary) },
    tuning: { caught: count(tuning.risk), risk: tuning.risk.length, alarms: count(tuning.ordinary), ordinary: tuning.ordinary.length, patternAlarms: patterns(tuning.ordinary) },
    ...(readings ? { buried: { caught: buriedCaught, readings } } : {}),
  };
}
