import fs from 'node:fs';
import path from 'node:path';
import Fuse from 'fuse.js';
import { parse } from 'yaml';
import { agrees, createMatcher, scoreOf, verdict, type Explained, type MatchOutcome, type ScoreSummary, type Thresholds, type Tuning, TUNING } from '../src/core/matcher';
import { createSafetyScreen, layerScore, MODEL_MIN_WORDS, SAFETY_CUTOFFS, SAFETY_MODEL_OPTIONS, safetyTrainingSet, trainSecondLayer } from '../src/core/safety';
import type { SafetyCutoffs, SafetyModel } from '../src/core/safetyModel';
import { SAFETY_TRAINING_FILE } from '../src/knowledge/safetyModelFile';
import { basicNormalise } from '../src/core/normalise';
import type { Knowledge, SafetyFoldFigures } from '../src/core/model';

/** Shared by scripts/eval.ts and test/eval.test.ts: loading the eval sets and measuring. */

export const EVAL_DIR = path.join(__dirname, '..', 'test', 'fixtures', 'eval');

export interface EvalSets {
  inScope: Array<{ q: string; expect: string; file: string }>;
  outOfScope: Array<{ q: string; kind: 'send' | 'not-send' }>;
  safety: Array<{ q: string; category: string }>;
  notSafety: string[];
  files: string[];
  unknownIds: string[];
}

function readYaml(file: string): any {
  return fs.existsSync(file) ? parse(fs.readFileSync(file, 'utf8')) ?? {} : {};
}

export function loadEvalSets(knowledge?: Knowledge, dir = EVAL_DIR): EvalSets {
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => /^questions-.*\.ya?ml$/.test(f)).sort() : [];
  const inScope = files.flatMap((f) =>
    ((readYaml(path.join(dir, f)).questions ?? []) as Array<{ q: unknown; expect: unknown }>)
      .filter((x) => typeof x?.q === 'string' && typeof x?.expect === 'string')
      .map((x) => ({ q: x.q as string, expect: x.expect as string, file: f })),
  );
  const oos = readYaml(path.join(dir, 'out-of-scope.yaml'));
  const safety = readYaml(path.join(dir, 'safety.yaml'));
  const unknownIds = knowledge ? [...new Set(inScope.map((x) => x.expect).filter((id) => !knowledge.entry(id)))] : [];
  return {
    inScope: knowledge ? inScope.filter((x) => knowledge.entry(x.expect)) : inScope,
    outOfScope: oos.questions ?? [],
    safety: safety.questions ?? [],
    notSafety: safety.not_safety ?? [],
    files,
    unknownIds,
  };
}

export const HOLDOUT_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'holdout', 'questions.yaml');

/**
 * The held-out set: written by someone who saw only the entries' titles and answers, and never used
 * to tune anything (thresholds and weights are tuned on EVAL_DIR). It tells whether the tuning generalises.
 */
export function loadHoldout(knowledge?: Knowledge, file = HOLDOUT_FILE): EvalSets {
  const doc = readYaml(file);
  const inScope = ((doc.questions ?? []) as Array<{ q: unknown; expect: unknown }>)
    .filter((x) => typeof x?.q === 'string' && typeof x?.expect === 'string')
    .map((x) => ({ q: x.q as string, expect: x.expect as string, file: path.basename(file) }));
  const unknownIds = knowledge ? [...new Set(inScope.map((x) => x.expect).filter((id) => !knowledge.entry(id)))] : [];
  return {
    inScope: knowledge ? inScope.filter((x) => knowledge.entry(x.expect)) : inScope,
    outOfScope: doc.out_of_scope ?? [],
    safety: [],
    notSafety: [],
    files: fs.existsSync(file) ? [path.basename(file)] : [],
    unknownIds,
  };
}

export const SAFETY_HOLDOUT_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'holdout', 'safety.yaml');
/** A second held-out safety set, written later from other public pages in the same way (before that day's tuning). */
export const SAFETY_HOLDOUT_2_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'holdout', 'safety-2.yaml');
/** A third, written in the same way from pages neither the training messages nor the first two sets drew on. */
export const SAFETY_HOLDOUT_3_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'holdout', 'safety-3.yaml');

/** The held-out safety set: never read to write patterns or training messages; only its figures are reported. */
export function loadSafetyHoldout(file = SAFETY_HOLDOUT_FILE): { risk: Array<{ q: string; category: string }>; ordinary: string[] } {
  const doc = readYaml(file);
  return {
    risk: ((doc.risk ?? []) as Array<{ q: unknown; category: unknown }>).filter((x) => typeof x?.q === 'string')
      .map((x) => ({ q: x.q as string, category: String(x.category ?? 'unknown') })),
    ordinary: ((doc.ordinary ?? []) as Array<{ q: unknown } | string>)
      .map((x) => (typeof x === 'string' ? x : x?.q)).filter((q): q is string => typeof q === 'string'),
  };
}

export interface SafetyFigures {
  risk: number; ordinary: number;
  recall: number; falseAlarms: number;
  /** The same with the patterns alone (no second layer). */
  recallPatterns: number; falseAlarmsPatterns: number;
  /** Caught by the second layer only (the gentler check-in). */
  byModel: number;
  perCategory: Array<{ category: string; caught: number; total: number }>;
}

/** Aggregate figures only: recall per category and false alarms, with and without the second layer. */
export function safetyFigures(knowledge: Knowledge, risk: Array<{ q: string; category: string }>, ordinary: string[]): SafetyFigures {
  const both = createSafetyScreen(knowledge);
  const patterns = createSafetyScreen(knowledge, { model: false });
  const cats = new Map<string, { caught: number; total: number }>();
  let caught = 0, caughtPatterns = 0, byModel = 0;
  for (const x of risk) {
    const c = cats.get(x.category) ?? { caught: 0, total: 0 };
    cats.set(x.category, c);
    c.total++;
    const hit = both(x.q);
    if (hit) { caught++; c.caught++; }
    if (patterns(x.q)) caughtPatterns++;
    else if (hit) byModel++;
  }
  const fa = ordinary.filter((q) => both(q)).length;
  const faPatterns = ordinary.filter((q) => patterns(q)).length;
  return {
    risk: risk.length, ordinary: ordinary.length,
    recall: rate(caught, risk.length), falseAlarms: rate(fa, ordinary.length),
    recallPatterns: rate(caughtPatterns, risk.length), falseAlarmsPatterns: rate(faPatterns, ordinary.length),
    byModel,
    perCategory: [...cats].map(([category, v]) => ({ category, ...v })).sort((a, b) => a.category.localeCompare(b.category)),
  };
}

export const FORUM_FILE = path.join(__dirname, '..', 'test', 'fixtures', 'holdout', 'forum.yaml');
/** Forum-style messages the matcher may be tuned on (same shape as the forum set), and a small development set. */
export const FORUM_TUNING_FILE = path.join(EVAL_DIR, 'forum-tuning.yaml');
export const FORUM_DEV_FILE = path.join(EVAL_DIR, 'forum-dev.yaml');

/**
 * The forum set: long messages written as parents write on public SEND forums, before any tuning.
 * `expect` is an entry id, a list of ids (any of them is right), `unanswered` (a SEND question the
 * knowledge has no answer for) or `out-of-scope`. Never tuned on, and its misses are never printed:
 * only aggregate figures leave evaluateForum().
 */
export interface ForumSet {
  inScope: Array<{ q: string; expect: string[] }>;
  unanswered: string[];
  outOfScope: string[];
  unknownIds: string[];
}

export function loadForum(knowledge?: Knowledge, file = FORUM_FILE): ForumSet {
  const doc = readYaml(file);
  const set: ForumSet = { inScope: [], unanswered: [], outOfScope: [], unknownIds: [] };
  const unknown = new Set<string>();
  for (const x of (doc.messages ?? []) as Array<{ q: unknown; expect: unknown }>) {
    if (typeof x?.q !== 'string') continue;
    if (x.expect === 'unanswered') set.unanswered.push(x.q);
    else if (x.expect === 'out-of-scope') set.outOfScope.push(x.q);
    else {
      const ids = (Array.isArray(x.expect) ? x.expect : [x.expect]).filter((id): id is string => typeof id === 'string');
      const known = knowledge ? ids.filter((id) => knowledge.entry(id)) : ids;
      ids.filter((id) => !known.includes(id)).forEach((id) => unknown.add(id));
      if (known.length) set.inScope.push({ q: x.q, expect: known });
    }
  }
  set.unknownIds = [...unknown];
  return set;
}

export interface ForumReport {
  inScope: number; unanswered: number; outOfScope: number;
  /** In-scope: a confident answer that is in the expect list. */
  top1: number;
  /** In-scope: an expected entry among the first three search results. */
  top3: number;
  /**
   * In-scope: the first search result (the re-ranked first candidate) is an expected entry: a ceiling on `top1`
   * that no threshold can lift. `ceiling2`: the most right answers any one cut-off over that first candidate's
   * score (the re-ranking step's chance, for a long message) could give with at most 2% confidently wrong, the
   * cut-off chosen on this very set: an upper bound for threshold rules, never a cut-off to use.
   */
  firstRight: number; ceiling2: number;
  /** In-scope: a confident answer not in the expect list. */
  wrong: number;
  /** In-scope: "Did you mean…", and of those, with an expected entry among the options. */
  didYouMean: number; didYouMeanRight: number;
  /**
   * Issue 13's "right answer": a confident right answer, or, for a message labelled with two or more entries (its
   * writer found it genuinely ambiguous), "Did you mean…" whose FIRST option is one of them. `ambiguous`: how many
   * in-scope messages are so labelled.
   */
  rightAsIssue: number; ambiguous: number;
  /** Out-of-scope: declined (noAnswer), and given a confident answer (the other confidently-wrong figure). */
  oosRejected: number; oosAnswered: number;
  /** Unanswered: no confident answer (noAnswer or "Did you mean…"). */
  unansweredHonest: number;
}

/** The most right answers of any cut-off over the chances (answer at or above it) with at most `wrongAllowed` wrong. */
export function bestWithin(firsts: Array<{ p: number; right: boolean }>, wrongAllowed: number): number {
  let right = 0, wrong = 0, best = 0;
  const sorted = [...firsts].sort((a, b) => b.p - a.p);
  sorted.forEach((f, i) => {
    if (f.right) right++; else wrong++;
    // A cut-off falls between two different chances only: ties are answered together.
    if ((i + 1 === sorted.length || sorted[i + 1].p < f.p) && wrong <= wrongAllowed) best = Math.max(best, right);
  });
  return best;
}

const describe = (out: MatchOutcome): string => (out.kind === 'answer' ? out.entry.id
  : out.kind === 'didYouMean' ? `didYouMean[${out.options.map((o) => o.id).join(', ')}]`
    : out.kind === 'glossary' ? `glossary:${out.term.term}` : `noAnswer:${out.reason}`);

/**
 * Aggregate figures only for the held-out forum set: its messages and misses never leave this function.
 * `misses` collects them for a tuning set only (npm run eval -- --verbose).
 */
export function evaluateForum(knowledge: Knowledge, set: ForumSet, tuning: Tuning = TUNING, matcher = createMatcher(knowledge, tuning), misses?: Failure[]): ForumReport {
  let top1 = 0, top3 = 0, wrong = 0, dym = 0, dymRight = 0, ambiguousFirstRight = 0;
  const firsts: Array<{ p: number; right: boolean }> = [];
  for (const x of set.inScope) {
    const out = matcher.match(x.q);
    if (out.kind === 'answer') {
      if (x.expect.includes(out.entry.id)) top1++;
      else wrong++;
    } else if (out.kind === 'didYouMean') {
      dym++;
      if (out.options.some((o) => x.expect.includes(o.id))) dymRight++;
      if (x.expect.length >= 2 && x.expect.includes(out.options[0].id)) ambiguousFirstRight++;
    }
    if (misses && !(out.kind === 'answer' && x.expect.includes(out.entry.id))) misses.push({ kind: out.kind === 'answer' ? 'forum WRONG' : 'forum in-scope', q: x.q, expected: x.expect.join(' | '), got: describe(out) });
    const found = matcher.search(x.q, 3);
    if (found.some((r) => x.expect.includes(r.entry.id))) top3++;
    firsts.push({ p: found[0]?.score ?? 0, right: found.length > 0 && x.expect.includes(found[0].entry.id) });
  }
  let rejected = 0, oosAnswered = 0;
  for (const q of set.outOfScope) {
    const out = matcher.match(q);
    if (out.kind === 'noAnswer') rejected++;
    if (out.kind === 'answer') oosAnswered++;
    if (misses && out.kind !== 'noAnswer') misses.push({ kind: 'forum out-of-scope', q, expected: 'noAnswer', got: describe(out) });
  }
  const honest = set.unanswered.filter((q) => {
    const out = matcher.match(q);
    const ok = out.kind === 'noAnswer' || out.kind === 'didYouMean';
    if (misses && !ok) misses.push({ kind: 'forum unanswered', q, expected: 'no confident answer', got: describe(out) });
    return ok;
  }).length;
  const n = set.inScope.length;
  return {
    inScope: n, unanswered: set.unanswered.length, outOfScope: set.outOfScope.length,
    top1: rate(top1, n), top3: rate(top3, n), firstRight: rate(firsts.filter((f) => f.right).length, n), ceiling2: rate(bestWithin(firsts, 0.02 * n), n), wrong: rate(wrong, n), didYouMean: rate(dym, n), didYouMeanRight: rate(dymRight, n),
    rightAsIssue: rate(top1 + ambiguousFirstRight, n), ambiguous: set.inScope.filter((x) => x.expect.length >= 2).length,
    oosRejected: rate(rejected, set.outOfScope.length), oosAnswered: rate(oosAnswered, set.outOfScope.length),
    unansweredHonest: rate(honest, set.unanswered.length),
  };
}

export interface EvalReport {
  top1: number; top3: number; wrong: number; didYouMean: number;
  oosRejected: number; safetyRecall: number; safetyFalsePositive: number;
}
export interface Failure { kind: string; q: string; expected: string; got: string }

const rate = (n: number, d: number) => (d ? n / d : NaN);

export function evaluate(knowledge: Knowledge, sets: EvalSets, tuning: Tuning = TUNING) {
  const matcher = createMatcher(knowledge, tuning);
  const screen = createSafetyScreen(knowledge);
  const failures: Failure[] = [];
  let top1 = 0, top3 = 0, wrong = 0, dym = 0;
  for (const x of sets.inScope) {
    const out = matcher.match(x.q);
    const ids = matcher.search(x.q, 3).map((r) => r.entry.id);
    if (out.kind === 'answer' && out.entry.id === x.expect) top1++;
    else {
      const got = out.kind === 'answer' ? out.entry.id : out.kind === 'didYouMean' ? `didYouMean[${out.options.map((o) => o.id).join(', ')}]`
        : out.kind === 'glossary' ? `glossary:${out.term.term}` : `noAnswer:${out.reason}`;
      failures.push({ kind: 'in-scope', q: x.q, expected: x.expect, got });
    }
    if (out.kind === 'answer' && out.entry.id !== x.expect) wrong++;
    if (out.kind === 'didYouMean') dym++;
    if (ids.includes(x.expect)) top3++;
  }
  let rejected = 0;
  for (const x of sets.outOfScope) {
    const out = matcher.match(x.q);
    if (out.kind === 'noAnswer') rejected++;
    else failures.push({ kind: `out-of-scope ${x.kind}`, q: x.q, expected: 'noAnswer', got: out.kind === 'answer' ? out.entry.id : out.kind === 'didYouMean' ? `didYouMean[${out.options.map((o) => o.id).join(', ')}]` : `glossary:${out.kind === 'glossary' ? out.term.term : ''}` });
  }
  let caught = 0;
  for (const x of sets.safety) {
    if (screen(x.q)) caught++;
    else failures.push({ kind: 'safety missed', q: x.q, expected: x.category, got: 'nothing' });
  }
  let fp = 0;
  for (const q of sets.notSafety) {
    const hit = screen(q);
    if (hit) {
      fp++;
      failures.push({ kind: 'safety false positive', q, expected: 'nothing', got: hit.categories.map((c) => c.id).join(', ') });
    }
  }
  const report: EvalReport = {
    top1: rate(top1, sets.inScope.length), top3: rate(top3, sets.inScope.length), wrong: rate(wrong, sets.inScope.length),
    didYouMean: rate(dym, sets.inScope.length), oosRejected: rate(rejected, sets.outOfScope.length),
    safetyRecall: rate(caught, sets.safety.length), safetyFalsePositive: rate(fp, sets.notSafety.length),
  };
  return { matcher: report, baseline: baselineReport(knowledge, sets), failures };
}

/** Naive baseline: fuse.js with default options over titles; safety = the same patterns on raw text. */
export function baselineReport(knowledge: Knowledge, sets: EvalSets): EvalReport {
  const fuse = new Fuse(knowledge.entries, { keys: ['title'] });
  let top1 = 0, top3 = 0, wrong = 0;
  for (const x of sets.inScope) {
    const ids = fuse.search(x.q, { limit: 3 }).map((r) => r.item.id);
    if (ids[0] === x.expect) top1++;
    else if (ids[0]) wrong++;
    if (ids.includes(x.expect)) top3++;
  }
  const rejected = sets.outOfScope.filter((x) => fuse.search(x.q, { limit: 1 }).length === 0).length;
  const regexes = knowledge.safety.categories.flatMap((c) => c.patterns.map((p) => new RegExp(p, 'iu')));
  const rawHit = (q: string) => regexes.some((re) => re.test(q));
  return {
    top1: rate(top1, sets.inScope.length), top3: rate(top3, sets.inScope.length), wrong: rate(wrong, sets.inScope.length),
    didYouMean: 0, oosRejected: rate(rejected, sets.outOfScope.length),
    safetyRecall: rate(sets.safety.filter((x) => rawHit(x.q)).length, sets.safety.length),
    safetyFalsePositive: rate(sets.notSafety.filter(rawHit).length, sets.notSafety.length),
  };
}

/** A message explained once; expect: the right entries (none: out of scope); forum: a long forum-style message. */
interface Item { x: Explained; expect?: number[]; forum?: boolean; unanswered?: boolean }

/** Per question, for one set of weights: the top two scores and whether the top is right. */
interface Scored extends ScoreSummary { topRight: boolean; inTop3?: boolean; inScope: boolean; forum?: boolean; unanswered?: boolean }

export function scoreItems(items: Item[], w: Tuning): Scored[] {
  return items.map((it) => {
    let s1 = -1, s2 = -1, s3 = -1, top = -1, second = -1, third = -1;
    for (const c of it.x.candidates) {
      const v = scoreOf(c, w);
      if (v > s1) { s3 = s2; third = second; s2 = s1; second = top; s1 = v; top = c.entry; }
      else if (v > s2) { s3 = s2; third = second; s2 = v; second = c.entry; }
      else if (v > s3) { s3 = v; third = c.entry; }
    }
    return {
      s1, s2, agree: agrees(it.x, top < 0 ? undefined : top, w),
      inTop3: it.expect !== undefined && [top, second, third].some((e) => e >= 0 && it.expect!.includes(e)), topRight: it.expect !== undefined && it.expect.includes(top), inScope: it.expect !== undefined, forum: it.forum, unanswered: it.unanswered,
      vague: it.x.vague, long: it.x.long, gloss: it.x.glossary ? (it.x.glossary.explicit ? 2 : 1) : 0,
    };
  });
}

/** Each group's size, so that every message's share of the objective is fixed before the search. */
interface Groups { evalIn: number; evalOos: number; forumIn: number; forumOos: number }
const groupsOf = (items: Array<{ expect?: number[]; forum?: boolean }>): Groups => ({
  evalIn: items.filter((x) => !x.forum && x.expect).length, evalOos: items.filter((x) => !x.forum && !x.expect).length,
  forumIn: items.filter((x) => x.forum && x.expect).length, forumOos: items.filter((x) => x.forum && !x.expect).length,
});

/** A confident wrong answer to a long forum-style message costs this many right ones (4 picked thresholds that answered under half). */
const FORUM_WRONG_COST = 3;

/** "Did you mean…" with the right entry among the options: honest and useful, worth part of a right answer. */
const FORUM_OPTIONS_CREDIT = 0.5;

/**
 * Objective: on the short questions, top-1 + out-of-scope rejection − 2 × wrong confident answers (a wrong
 * answer is worse than none); on the forum-style tuning messages, right answers + ½ × "Did you mean…"
 * holding the right entry + out-of-scope and unanswered messages declined − 3 × confident wrong answers (to in-scope, out-of-scope or unanswered
 * messages alike). Tried 2026-11-23: capping the out-of-scope term at 0.9 gave top-1 76% but 8% wrong
 * answers on held-out halves (vs 73% / 5%), so the stricter objective stays.
 * Each message's share is fixed by its group's size, so short and long messages (decided by separate
 * thresholds) are searched apart and the sum is the same.
 */
function objective(scored: Scored[], t: Tuning, g: Groups) {
  let score = 0, inN = 0, oosN = 0, correct = 0, wrong = 0, rejected = 0;
  for (const x of scored) {
    const o = verdict(x, t);
    if (x.forum) {
      if (x.inScope) score += (o === 'answer' ? (x.topRight ? 1 : -FORUM_WRONG_COST) : o === 'dym' && x.inTop3 ? FORUM_OPTIONS_CREDIT : 0) / g.forumIn;
      else score += o === 'answer' ? -FORUM_WRONG_COST / g.forumOos : o === 'none' || (x.unanswered && o === 'dym') ? 1 / g.forumOos : 0;
      continue;
    }
    if (x.inScope) {
      inN++;
      if (o === 'answer') {
        if (x.topRight) { correct++; score += 1 / g.evalIn; } else { wrong++; score -= 2 / g.evalIn; }
      }
    } else {
      oosN++;
      if (o === 'none') { rejected++; score += 1 / g.evalOos; }
    }
  }
  return { score, top1: rate(correct, inN), oosRejected: rate(rejected, oosN), wrong: rate(wrong, inN) };
}

/** Weights in quarters summing to 1 (thresholds absorb the scale). */
function* weightGrid(): Generator<Tuning> {
  const q = [0, 1, 2, 3, 4];
  for (const a of q) for (const b of q) for (const c of q) for (const d of q) for (const e of q) for (const g of q) {
    const f = 4 - a - b - c - d - e - g;
    if (f < 0) continue;
    yield { ...TUNING, wDoc: a / 4, wQuery: b / 4, wJac: c / 4, wBag: d / 4, wFull: e / 4, wTri: f / 4, wNb: g / 4 };
  }
}

const LEADS = [1, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3];
const LEAD_FLOORS = Array.from({ length: 16 }, (_, i) => +(0.25 + i * 0.02).toFixed(2));

/** The best thresholds for short messages (top level) or long ones (`long`), searched on those messages alone. */
function bestThresholds(scored: Scored[], w: Tuning, g: Groups, step: number, long: boolean, around?: Thresholds) {
  const mine = scored.filter((x) => !!x.long === long);
  let top: { th: Thresholds; score: number } | undefined;
  const lo = (v: number | undefined) => (around && v !== undefined ? Math.max(0.05, v - 0.05) : 0.1);
  const hi = (v: number | undefined) => (around && v !== undefined ? v + 0.05 : 0.9);
  for (let answer = lo(around?.answer); answer <= hi(around?.answer) + 1e-9; answer += step) {
    for (let floor = lo(around?.floor); floor <= Math.min(answer, hi(around?.floor)) + 1e-9; floor += step) {
      for (const margin of [0, 0.02, 0.04, 0.06, 0.08, 0.1]) {
        // The clear-winner rule is searched only in the fine pass (it multiplies the grid).
        for (const lead of around ? LEADS : [1]) {
          for (const leadFloor of lead < 1 ? LEAD_FLOORS : [1]) {
            const th = { answer: +answer.toFixed(3), floor: +floor.toFixed(3), margin, lead, leadFloor };
            const o = objective(mine, long ? { ...w, long: th } : { ...w, ...th }, g);
            if (!top || o.score > top.score + 1e-9) top = { th, score: o.score };
          }
        }
      }
    }
  }
  return top!;
}

/** Both threshold sets for one set of weights; the objective is their sum. */
function bestBoth(scored: Scored[], w: Tuning, g: Groups, step: number, around?: Tuning) {
  const short = bestThresholds(scored, w, g, step, false, around);
  const long = bestThresholds(scored, w, g, step, true, around?.long);
  return { t: { ...w, ...short.th, long: long.th }, score: short.score + long.score };
}

/** Coarse grid over weights (step 0.1) and thresholds (step 0.05), then a fine pass (0.01) around the best. */
function best(items: Item[], grid: Iterable<Tuning> = weightGrid(), g = groupsOf(items)) {
  let top: { t: Tuning; score: number } | undefined;
  for (const w of grid) {
    const r = bestBoth(scoreItems(items, w), w, g, 0.05);
    if (!top || r.score > top.score + 1e-9) top = r;
  }
  return bestBoth(scoreItems(items, top!.t), top!.t, g, 0.01, top!.t);
}

const measure = (items: Item[], t: Tuning) => objective(scoreItems(items, t), t, groupsOf(items));

/** `weights`: search the thresholds for these weights only (a quick check of one weighting) instead of the grid. */
export function tune(knowledge: Knowledge, sets: EvalSets, forum: ForumSet[] = [], weights?: Partial<Tuning>, unknownWeights = [0.5, 0.75, 1, 1.5]) {
  const index = new Map(knowledge.entries.map((e, i) => [e.id, i]));
  const ids = (xs: string[]) => xs.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
  // The weight of unknown words changes the features themselves, so each value needs its own pass.
  let items: Item[] = [];
  let whole: { t: Tuning; score: number } | undefined;
  const grid = () => (weights ? [{ ...TUNING, ...weights }] : weightGrid());
  for (const unknownWeight of unknownWeights) {
    // wNb > 0 so the naive Bayes feature is computed for every candidate (skipped at 0).
    const base = { ...TUNING, ...weights };
    const m = createMatcher(knowledge, { ...base, unknownWeight, wNb: Math.max(base.wNb, 1e-9) });
    const its: Item[] = [
      ...sets.inScope.map((x) => ({ x: m.explain(x.q), expect: ids([x.expect]) })),
      ...sets.outOfScope.map((x) => ({ x: m.explain(x.q) })),
      ...forum.flatMap((f) => [
        ...f.inScope.map((x) => ({ x: m.explain(x.q), expect: ids(x.expect), forum: true })),
        ...f.outOfScope.map((q) => ({ x: m.explain(q), forum: true })),
        ...f.unanswered.map((q) => ({ x: m.explain(q), forum: true, unanswered: true })),
      ]),
    ];
    const b = best(its, grid());
    b.t = { ...b.t, unknownWeight };
    if (!whole || b.score > whole.score + 1e-9) {
      whole = b;
      items = its;
    }
  }
  if (!whole) throw new Error('no tuning');
  const a = items.filter((_, i) => i % 2 === 0), b = items.filter((_, i) => i % 2 === 1);
  const ab = measure(b, best(a, grid()).t);
  const ba = measure(a, best(b, grid()).t);
  const { answer, floor, margin, lead, leadFloor, long, wDoc, wQuery, wJac, wBag, wFull, wTri, wNb, unknownWeight } = whole.t;
  return {
    best: { answer, floor, margin, lead, leadFloor, long, wDoc, wQuery, wJac, wBag, wFull, wTri, wNb, unknownWeight },
    objective: whole.score,
    cv: { top1: (ab.top1 + ba.top1) / 2, oosRejected: (ab.oosRejected + ba.oosRejected) / 2, wrong: (ab.wrong + ba.wrong) / 2 },
  };
}

/**
 * Each question variant, removed from its entry, must still find that entry. In 5 folds (each entry's
 * 1st, 6th, 11th… questions left out together), so it takes five index builds, not one per question.
 */
export function leaveOneOut(knowledge: Knowledge, folds = 5) {
  let total = 0, top1 = 0, top3 = 0;
  for (let f = 0; f < folds; f++) {
    const reduced: Knowledge = { ...knowledge, entries: knowledge.entries.map((x) => ({ ...x, questions: x.questions.filter((_, j) => j % folds !== f) })) };
    const m = createMatcher(reduced, TUNING);
    for (const e of knowledge.entries) {
      e.questions.forEach((q, j) => {
        if (j % folds !== f || basicNormalise(q).split(' ').length < 3) return;
        const ids = m.search(q, 3).map((r) => r.entry.id);
        total++;
        if (ids[0] === e.id) top1++;
        if (ids.includes(e.id)) top3++;
      });
    }
  }
  return { total, top1: rate(top1, total), top3: rate(top3, total) };
}

export interface SafetyValidation {
  folds: number; risk: number; ordinary: number;
  /** Both layers with the second trained on the other folds, at the given threshold. */
  recall: number; falseAlarms: number; threshold: number;
  /** The highest threshold that still catches every risk message of the training data when left out. */
  thresholdForFullRecall: number; falseAlarmsAtFullRecall: number;
  /** The highest threshold at which at least 95% of left-out risk messages are caught, and its false alarms. */
  thresholdFor95: number; falseAlarmsAt95: number;
  /** The same for 99%: how MODEL_THRESHOLD is chosen. */
  thresholdFor99: number; falseAlarmsAt99: number;
  /**
   * What the second layer adds: of the left-out risk messages no pattern matches, how many it catches at
   * the threshold. The patterns were written with the training messages in view, so recall above flatters
   * them; this figure does not.
   */
  missedByPatterns: number; caughtBySecondLayer: number;
  /** Recall and false alarms at a few thresholds, to choose one for recall first. */
  curve: Array<{ threshold: number; recall: number; falseAlarms: number; caughtBySecondLayer: number }>;
}

/** A left-out message as the screen reads it: caught by a pattern, too short for the second layer, or its scores. */
export type LeftOut = { pattern: true } | { pattern: false; short: boolean; words: number; whole: number; sentences: number[] };

/** A message's words as the screen counts them. */
export const wordCount = (q: string) => basicNormalise(q).split(' ').filter(Boolean).length;

/** A story's sentences where it has end punctuation and a space: how stories are cut to bury a sentence in them. */
export const storySentences = (q: string) => q.split(/(?<=[.!?])\s+/);

/**
 * A reader of messages as the screen reads them, for cross-validation: a pattern first, then a message too
 * short for the second layer (a short answer or a button is never left to it), then the layer's scores.
 */
export function leftOutReader(patterns: (q: string) => unknown, model: SafetyModel): (q: string) => LeftOut {
  return (q) => {
    if (patterns(q)) return { pattern: true };
    const words = wordCount(q);
    if (words < MODEL_MIN_WORDS) return { pattern: false, short: true, words, whole: 0, sentences: [] };
    return { pattern: false, short: false, words, ...model.scores(q) };
  };
}

/** How many ways buriedIn() sets one risk sentence into everyday stories. */
export const BURIED_PLACES = 6;

/**
 * A one-sentence risk message set into two long everyday messages, first, in the middle and last: BURIED_PLACES
 * texts. A danger told in one quiet sentence of a long story is what the second layer finds hardest: the story's
 * own sentences give it many chances to look alike.
 */
export function buriedIn(sentence: string, hosts: [string, string]): string[] {
  const s = /[.!?]$/.test(sentence.trim()) ? sentence.trim() : `${sentence.trim()}.`;
  return hosts.flatMap((h) => {
    // A story that stops without a full stop gets one, so the sentence set after it stands as a sentence of its own.
    const story = storySentences(/[.!?]$/.test(h.trim()) ? h.trim() : `${h.trim()}.`);
    const mid = Math.floor(story.length / 2);
    return [[s, ...story], [...story.slice(0, mid), s, ...story.slice(mid)], [...story, s]].map((parts) => parts.join(' '));
  });
}

/**
 * safety-training.yaml split into `folds` parts; each part is left out in turn, the second layer trained on
 * the rest (with `options`), and the left-out messages read as the screen reads them (patterns first).
 * Deterministic: message i goes to fold `foldOf` (by default i mod folds; npm run train:safety puts each batch of
 * the file in one fold: batchFolds). The scores are kept, so many cut-offs can be tried.
 * With `buried`, each left-out risk message of one sentence (4 to 30 words) that no pattern catches is also read
 * set into two left-out everyday stories (40 words or more, three sentences or more, no pattern): buriedIn(),
 * BURIED_PLACES readings a sentence, so neither the sentence nor the stories were learnt.
 * `only`: that fold alone is left out and read (the other messages' places stay empty).
 */
export function safetyLeftOut(
  knowledge: Knowledge, folds = 5, options: Parameters<typeof trainSecondLayer>[1] = SAFETY_MODEL_OPTIONS,
  foldOf: TrainingFolds = messageFolds(folds), buried = false, only?: number,
): { risk: LeftOut[]; ordinary: LeftOut[]; buried: LeftOut[][] } {
  const t = knowledge.safety.training ?? { risk: [], ordinary: [] };
  const patterns = createSafetyScreen(knowledge, { model: false });
  const questions = safetyTrainingSet(knowledge).ordinary.slice(t.ordinary.length);
  const risk: LeftOut[] = new Array(t.risk.length);
  const ordinary: LeftOut[] = new Array(t.ordinary.length);
  const stories: LeftOut[][] = [];
  for (let f = 0; f < folds; f++) {
    if (only !== undefined && f !== only) continue;
    const model = trainSecondLayer({ risk: t.risk.filter((_, i) => foldOf.risk(i) !== f), ordinary: [...t.ordinary.filter((_, i) => foldOf.ordinary(i) !== f), ...questions] }, { ...options, spellings: knowledge.synonyms.spellings });
    const read = leftOutReader(patterns, model);
    t.risk.forEach((q, i) => { if (foldOf.risk(i) === f) risk[i] = read(q); });
    t.ordinary.forEach((q, i) => { if (foldOf.ordinary(i) === f) ordinary[i] = read(q); });
    if (!buried) continue;
    const hosts = t.ordinary.filter((q, i) => foldOf.ordinary(i) === f && !ordinary[i].pattern && wordCount(q) >= 40 && storySentences(q).length >= 3);
    if (hosts.length < 2) continue;
    let n = 0;
    t.risk.forEach((q, i) => {
      const x = risk[i];
      if (foldOf.risk(i) !== f || x.pattern || x.short || x.words > 30 || x.sentences.length) return;
      stories.push(buriedIn(q, [hosts[(2 * n) % hosts.length], hosts[(2 * n + 7) % hosts.length]]).map(read));
      n++;
    });
  }
  return { risk, ordinary, buried: stories };
}

/** Which fold each training message is left out in. */
export interface TrainingFolds { risk: (i: number) => number; ordinary: (i: number) => number }

/** Message by message into `folds` folds, in turn: the folds when safety-training.yaml is not one message a line. */
export const messageFolds = (folds: number): TrainingFolds => ({ risk: (i) => i % folds, ordinary: (i) => i % folds });

/**
 * The folds of the safety-training.yaml in `dir` by batch (batchFolds), for this knowledge's messages; undefined when
 * the file is not there or its messages are not one a line (then each message is left out on its own).
 */
export function trainingFolds(dir: string, knowledge: Knowledge, folds = 5): TrainingFolds | undefined {
  const t = knowledge.safety.training;
  const file = path.join(dir, SAFETY_TRAINING_FILE);
  if (!t || !fs.existsSync(file)) return undefined;
  const raw = fs.readFileSync(file, 'utf8');
  const risk = batchFolds(raw, 'risk', t.risk.length, folds), ordinary = batchFolds(raw, 'ordinary', t.ordinary.length, folds);
  return risk && ordinary ? { risk, ordinary } : undefined;
}

/**
 * The batches of a list in safety-training.yaml, in order: a batch starts at a "  # ..." comment line that is not a
 * source's address ("  # https://…", "  # Written from…"); messages before the first such line are batch 0.
 * `number` counts those lines, so a heading with nothing under it still takes its turn. Undefined when the items
 * are not one a line (the list does not hold `count` of them).
 */
export function trainingBatches(text: string, list: 'risk' | 'ordinary', count: number): Array<{ title: string; number: number; from: number; to: number }> | undefined {
  const lines = text.split('\n');
  const start = lines.indexOf(`${list}:`);
  if (start < 0) return undefined;
  const out: Array<{ title: string; number: number; from: number; to: number }> = [];
  let title = '(first messages)', number = 0, n = 0;
  for (let i = start + 1; i < lines.length && !/^\S/.test(lines[i]); i++) {
    const l = lines[i];
    if (/^ {2}# /.test(l) && !/^ {2}# (https?:|Written from)/.test(l)) { title = l.slice(4); number++; continue; }
    if (!/^ {2}- /.test(l)) continue;
    const last = out[out.length - 1];
    if (last && last.number === number) last.to = n + 1;
    else out.push({ title, number, from: n, to: n + 1 });
    n++;
  }
  return n === count ? out : undefined;
}

/**
 * Each message of a list in safety-training.yaml in the fold of its batch (trainingBatches; batch b in fold
 * b mod folds). Left out whole, a batch is new wording to the rest, as a held-out set is; left out message by
 * message, a message's near-twins from its own batch stay in training, and the nearest-neighbour reading would
 * look better than it is. Undefined when the items are not one a line.
 */
export function batchFolds(text: string, list: 'risk' | 'ordinary', count: number, folds = 5): ((i: number) => number) | undefined {
  const batches = trainingBatches(text, list, count);
  if (!batches) return undefined;
  const fold = new Array<number>(count);
  for (const b of batches) fold.fill(b.number % folds, b.from, b.to);
  return (i) => fold[i];
}

/** One fold's figures at the cut-offs, as npm run train:safety records them in safety-model.yaml (`validation`). */
export function safetyFoldFigures(left: { risk: LeftOut[]; ordinary: LeftOut[] }, foldOf: TrainingFolds, cutoffs: SafetyCutoffs, fold: number): SafetyFoldFigures {
  const fires = (x: LeftOut) => leftOutFires(x, cutoffs);
  const risk = left.risk.filter((_, i) => foldOf.risk(i) === fold), ordinary = left.ordinary.filter((_, i) => foldOf.ordinary(i) === fold);
  const toLayer = risk.filter((x) => !x.pattern);
  return {
    risk: risk.length, caught: risk.filter(fires).length, ordinary: ordinary.length, alarms: ordinary.filter(fires).length,
    patternAlarms: ordinary.filter((x) => x.pattern).length, leftToLayer: toLayer.length, caughtByLayer: toLayer.filter(fires).length,
  };
}

/** A left-out message's score on the scale of `cutoffs.whole` (Infinity: a pattern; -Infinity: too short to read). */
export function leftOutScore(x: LeftOut, cutoffs: SafetyCutoffs): number {
  if (x.pattern) return Infinity;
  if (x.short) return -Infinity;
  return layerScore(x, x.words, cutoffs);
}

/** Whether the screen would answer a left-out message at these cut-offs (a pattern, or the layer at the whole-text cut-off). */
export const leftOutFires = (x: LeftOut, cutoffs: SafetyCutoffs): boolean => leftOutScore(x, cutoffs) >= cutoffs.whole;

/**
 * A check that needs no held-out set: the left-out messages of safetyLeftOut, each scored as the screen
 * scores it (secondLayerScore: a story read whole) at the bot's cut-offs (knowledge/safety-model.yaml).
 */
export function safetyCrossValidation(
  knowledge: Knowledge, folds = 5, cutoffs: SafetyCutoffs = knowledge.safety.model?.cutoffs ?? SAFETY_CUTOFFS, foldOf?: TrainingFolds,
): SafetyValidation {
  const threshold = cutoffs.whole;
  const left = safetyLeftOut(knowledge, folds, undefined, foldOf);
  const riskScores = left.risk.map((x) => leftOutScore(x, cutoffs));
  const ordinaryScores = left.ordinary.map((x) => leftOutScore(x, cutoffs));
  const fullRecall = Math.min(...riskScores);
  const leftToModel = riskScores.filter((x) => x !== Infinity);
  const at = (th: number) => ({
    threshold: th,
    recall: rate(riskScores.filter((x) => x >= th).length, riskScores.length),
    falseAlarms: rate(ordinaryScores.filter((x) => x >= th).length, ordinaryScores.length),
    caughtBySecondLayer: rate(leftToModel.filter((x) => x >= th).length, leftToModel.length),
  });
  const sorted = [...riskScores].sort((a, b) => a - b);
  const t95 = sorted[Math.floor(sorted.length * 0.05)];
  const t99 = sorted[Math.floor(sorted.length * 0.01)];
  return {
    folds, risk: riskScores.length, ordinary: ordinaryScores.length, threshold,
    recall: rate(riskScores.filter((s) => s >= threshold).length, riskScores.length),
    falseAlarms: rate(ordinaryScores.filter((s) => s >= threshold).length, ordinaryScores.length),
    thresholdForFullRecall: fullRecall,
    falseAlarmsAtFullRecall: rate(ordinaryScores.filter((s) => s >= fullRecall).length, ordinaryScores.length),
    thresholdFor95: t95,
    falseAlarmsAt95: rate(ordinaryScores.filter((s) => s >= t95).length, ordinaryScores.length),
    thresholdFor99: t99,
    falseAlarmsAt99: rate(ordinaryScores.filter((s) => s >= t99).length, ordinaryScores.length),
    missedByPatterns: leftToModel.length,
    caughtBySecondLayer: at(threshold).caughtBySecondLayer,
    curve: [0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7].map(at),
  };
}
