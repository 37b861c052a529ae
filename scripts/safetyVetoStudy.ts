/**
 * npx tsx scripts/safetyVetoStudy.ts [--cache scores.json] [--list] [--whole]
 *
 * A study (issue 14): may the second layer overrule a pattern when it scores a message as very clearly
 * ordinary? For each veto cut-off τ, a pattern hit whose second-layer score is below τ would be dropped.
 * The cost: risk messages the patterns catch that the layer scores below τ (they would be missed). The gain:
 * ordinary messages the patterns flag that the layer scores below τ (false alarms gone).
 *
 * The scores are out of fold: 5-fold cross-validation as scripts/evalRunner.ts safetyLeftOut splits it (by
 * batch, trainingFolds; the layer, weights and neighbours as the bot reads them, trained on the other four
 * fifths and the entries' questions), but every message is scored, pattern hit or not. The tuning set (test/fixtures/eval/safety.yaml)
 * is read by the layer trained on all the training messages. A message's veto score is the highest of its
 * whole text and each of its sentences, raw (the most cautious reading: every path must be below τ);
 * messages of fewer than MODEL_MIN_WORDS words are never read by the layer, so never vetoed.
 *
 * Variants: every category; all but some categories; only when the message has no marker of something
 * happening now ("now", "tonight", "still", "again", "is …ing"); only when every pattern that matched
 * matched a single word. With --cache, the scores are written to (or read from) a file, so the variants can
 * be tried again without training.
 *
 * Measured with 2,922 risk and 4,110 ordinary training messages, the weights alone and folds by message (as the
 * study then read them; the committed model's cut-offs): the patterns
 * catch 2,294 left-out risk messages, 440 of them only by patterns, and flag 198 ordinary ones. The lowest
 * veto scores of pattern-caught risk messages are 0.004, 0.011, 0.020, 0.022 ("not allowed to see my family",
 * "didn't get off the school bus", "obsessed with calories and is so thin", "we hide in the bedroom"): the
 * patterns catch what the layer has not learned. A veto on every category loses 1 risk message at τ 0.005
 * (dropping 15 of the 198 false alarms), 2 at 0.02 (46), 15 at 0.05 (72), 43 at 0.1 (96); leaving out
 * medical emergency and self-harm, or requiring no "now" marker, still loses the 0.004 one. Only a veto limited
 * to single-word matches loses none (lowest risk score 0.051, "he's been unconscious for a few minutes"), and it
 * drops 15 false alarms at τ 0.01 (45 with --whole), a quarter at most: not worth a path that can silence a
 * pattern. The tuning set has no ordinary message the patterns flag, and at τ 0.05 the veto would lose "they
 * restrained him so hard his shoulder dislocated" (0.041). So the screen has no veto; guards in
 * knowledge/safety.yaml fix the false alarms one family at a time.
 */
import fs from 'node:fs';
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge';
import { categoryRegexes, createSafetyScreen, layerScore, MODEL_MIN_WORDS, SAFETY_CUTOFFS, SAFETY_MODEL_OPTIONS, safetyTrainingSet, spelledForms, trainSecondLayer } from '../src/core/safety';
import type { SafetyModel } from '../src/core/safetyModel';
import { basicNormalise } from '../src/core/normalise';
import { loadEvalSets, trainingFolds } from './evalRunner';
import type { Knowledge } from '../src/core/model';

/** One message as the study reads it. */
export interface Read {
  text: string;
  risk: boolean;
  set: 'cv' | 'tuning';
  words: number;
  /** The categories whose patterns match, and for each matching pattern the text it matched. */
  categories: string[];
  matched: string[];
  whole: number;
  sentences: number[];
}

/** The matches of each pattern, in the forms the screen tests (as typed lower-cased, normalised, respelt). */
export function patternMatcher(knowledge: Knowledge): (text: string) => { categories: string[]; matched: string[] } {
  const screen = createSafetyScreen(knowledge, { model: false });
  const spellings = knowledge.synonyms.spellings;
  const cats = knowledge.safety.categories.map((c) => ({ id: c.id, patterns: c.patterns.map((p) => categoryRegexes([p])[0]) }));
  return (text: string) => {
    const hit = screen(text);
    if (!hit) return { categories: [], matched: [] };
    const raw = text.toLowerCase().replace(/[’‘]/g, "'");
    const norm = basicNormalise(text);
    const forms = [raw, norm, ...spelledForms(norm, spellings)];
    const matched: string[] = [];
    for (const c of cats) for (const r of c.patterns) for (const f of forms) {
      const m = r.exec(f);
      if (m) { matched.push(`${c.id}: ${m[0].trim()}`); break; }
    }
    return { categories: hit.categories.map((c) => c.id), matched };
  };
}

function readAll(knowledge: Knowledge, folds = 5): Read[] {
  const t = knowledge.safety.training ?? { risk: [], ordinary: [] };
  const match = patternMatcher(knowledge);
  const spellings = knowledge.synonyms.spellings;
  const questions = safetyTrainingSet(knowledge).ordinary.slice(t.ordinary.length);
  const read = (model: SafetyModel, text: string, risk: boolean, set: Read['set']): Read => {
    const words = basicNormalise(text).split(' ').filter(Boolean).length;
    return { text, risk, set, words, ...match(text), ...model.scores(text) };
  };
  const out: Read[] = [];
  const foldOf = trainingFolds(defaultKnowledgeDir(), knowledge, folds) ?? { risk: (i: number) => i % folds, ordinary: (i: number) => i % folds };
  for (let f = 0; f < folds; f++) {
    const model = trainSecondLayer({ risk: t.risk.filter((_, i) => foldOf.risk(i) !== f), ordinary: [...t.ordinary.filter((_, i) => foldOf.ordinary(i) !== f), ...questions] }, { ...SAFETY_MODEL_OPTIONS, spellings });
    t.risk.forEach((q, i) => { if (foldOf.risk(i) === f) out.push(read(model, q, true, 'cv')); });
    t.ordinary.forEach((q, i) => { if (foldOf.ordinary(i) === f) out.push(read(model, q, false, 'cv')); });
    console.error(`fold ${f + 1} of ${folds} scored`);
  }
  const full = trainSecondLayer(safetyTrainingSet(knowledge), { ...SAFETY_MODEL_OPTIONS, spellings });
  const sets = loadEvalSets(knowledge);
  for (const x of sets.safety) out.push(read(full, x.q, true, 'tuning'));
  for (const q of sets.notSafety) out.push(read(full, q, false, 'tuning'));
  return out;
}

/**
 * The veto score: the highest of the whole text and each sentence (Infinity when the layer never reads it);
 * with --whole, the whole text's alone (a bolder veto: a risk sentence inside an ordinary story no longer holds it back).
 */
const wholeOnly = process.argv.includes('--whole');
export const vetoScore = (x: Read) => (x.words < MODEL_MIN_WORDS ? Infinity : wholeOnly ? x.whole : Math.max(x.whole, ...x.sentences));

/** Something happening now: a time word, or "is/am/are … -ing". */
export const NOW_MARKER = /\b(now|tonight|today|still|again|currently|at the moment|right now|this (morning|afternoon|evening)|keeps?|(is|am|are|im|hes|shes|theyre|were|it s|he s|she s|i m) (\w+ )?\w+ing)\b/;

export interface Variant { name: string; allows: (x: Read) => boolean }

export function variants(knowledge: Knowledge): Variant[] {
  const never = (ids: string[]) => (x: Read) => x.categories.every((c) => !ids.includes(c));
  const all = knowledge.safety.categories.map((c) => c.id);
  return [
    { name: 'every category', allows: () => true },
    { name: 'not medical-emergency or self-harm', allows: never(['medical-emergency', 'self-harm']) },
    { name: 'not medical/self-harm/parent-crisis/abuse/domestic-abuse', allows: never(['medical-emergency', 'self-harm', 'parent-crisis', 'abuse', 'domestic-abuse']) },
    { name: 'no now-marker', allows: (x) => !NOW_MARKER.test(basicNormalise(x.text)) },
    { name: 'single-word matches only', allows: (x) => x.matched.length > 0 && x.matched.every((m) => !m.split(': ')[1].includes(' ')) },
    { name: 'single-word, not medical/self-harm', allows: (x) => never(['medical-emergency', 'self-harm'])(x) && x.matched.every((m) => !m.split(': ')[1].includes(' ')) },
    ...all.map((id) => ({ name: `only ${id}`, allows: (x: Read) => x.categories.length > 0 && x.categories.every((c) => c === id) })),
  ];
}

export const TAUS = [0.005, 0.01, 0.02, 0.05, 0.1];

if (require.main === module) {
  const args = process.argv.slice(2);
  const cacheAt = args.indexOf('--cache');
  const cache = cacheAt >= 0 ? args[cacheAt + 1] : undefined;
  const list = args.includes('--list');
  const knowledge = loadKnowledge(undefined, { safetyModel: false });
  const committed = loadKnowledge().safety.model?.cutoffs ?? SAFETY_CUTOFFS;
  let reads: Read[];
  if (cache && fs.existsSync(cache)) reads = JSON.parse(fs.readFileSync(cache, 'utf8'));
  else {
    reads = readAll(knowledge);
    if (cache) fs.writeFileSync(cache, JSON.stringify(reads));
  }
  const hits = reads.filter((x) => x.categories.length > 0);
  const layerFires = (x: Read) => x.words >= MODEL_MIN_WORDS && layerScore(x, x.words, committed) >= committed.whole;
  for (const set of ['cv', 'tuning'] as const) {
    const xs = reads.filter((x) => x.set === set);
    const risk = xs.filter((x) => x.risk), ord = xs.filter((x) => !x.risk);
    const rh = hits.filter((x) => x.set === set && x.risk), oh = hits.filter((x) => x.set === set && !x.risk);
    console.log(`\n== ${set === 'cv' ? '5-fold CV (out-of-fold scores)' : 'tuning set (layer trained on all)'}: ${risk.length} risk, ${ord.length} ordinary; ` +
      `patterns catch ${rh.length} risk (${rh.filter((x) => !layerFires(x)).length} of them ONLY by patterns) and flag ${oh.length} ordinary (${oh.filter((x) => !layerFires(x)).length} the layer would not)`);
    const sortedRisk = rh.map(vetoScore).sort((a, b) => a - b);
    console.log(`   lowest veto scores of pattern-caught risk messages: ${sortedRisk.slice(0, 10).map((v) => v.toFixed(4)).join(', ')}`);
    const quantiles = (ys: Read[]) => {
      const v = ys.map(vetoScore).filter((s) => s !== Infinity).sort((a, b) => a - b);
      return v.length ? [0.1, 0.25, 0.5, 0.75, 0.9].map((q) => `${q * 100}%: ${v[Math.min(v.length - 1, Math.floor(q * v.length))].toFixed(3)}`).join(', ') : '-';
    };
    console.log(`   veto scores, risk caught only by patterns: ${quantiles(rh.filter((x) => !layerFires(x)))}`);
    console.log(`   veto scores, ordinary flagged by patterns: ${quantiles(oh)}`);
    for (const v of variants(knowledge)) {
      const vr = rh.filter(v.allows), vo = oh.filter(v.allows);
      if (!vr.length && !vo.length) continue;
      console.log(`  ${v.name}: risk hits in scope ${vr.length}, ordinary hits in scope ${vo.length}; lowest risk score ${vr.length ? Math.min(...vr.map(vetoScore)).toFixed(4) : '-'}`);
      for (const tau of TAUS) {
        const lost = vr.filter((x) => vetoScore(x) < tau), dropped = vo.filter((x) => vetoScore(x) < tau);
        const byCat = (ys: Read[]) => Object.entries(ys.flatMap((y) => y.categories).reduce<Record<string, number>>((a, c) => ({ ...a, [c]: (a[c] ?? 0) + 1 }), {})).map(([c, n]) => `${c} ${n}`).join(', ');
        console.log(`    τ ${String(tau).padEnd(5)} risk lost ${String(lost.length).padStart(3)}   ordinary dropped ${String(dropped.length).padStart(3)} of ${oh.length} (${((100 * dropped.length) / Math.max(1, oh.length)).toFixed(0)}%)` +
          `   false alarms ${((100 * (xs.filter((x) => !x.risk && (x.categories.length > 0 || layerFires(x))).length - dropped.length)) / ord.length).toFixed(2)}%` +
          (lost.length ? `   lost by category: ${byCat(lost)}` : '') + (list || v.name === 'every category' ? `   dropped by category: ${byCat(dropped)}` : ''));
        if (list || (v.name === 'every category' && tau === 0.1)) for (const y of lost) console.log(`      LOST ${vetoScore(y).toFixed(4)} [${y.matched.join('; ')}] ${y.text.slice(0, 160)}`);
        if (list) for (const y of dropped) console.log(`      dropped ${vetoScore(y).toFixed(4)} [${y.matched.join('; ')}] ${y.text.slice(0, 160)}`);
      }
    }
  }
}
