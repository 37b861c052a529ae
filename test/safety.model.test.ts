import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge, checkKnowledge, defaultKnowledgeDir } from '../src/knowledge';
import { SAFETY_MODEL_FILE, safetyTrainingFingerprint } from '../src/knowledge/safetyModelFile';
import { createSafetyScreen, SAFETY_MODEL_OPTIONS, safetyModelFor, safetyTrainingSet, secondLayerFrom, secondLayerScore } from '../src/core/safety';
import { safetyModelFrom, segments, trainSafetyModel } from '../src/core/safetyModel';
import { basicNormalise } from '../src/core/normalise';
import { simplify } from '../src/core/text';
import { chooseCutoffs, CV_FALSE_ALARM_CAP, CV_FALSE_ALARM_OUTER, learnFrom, TUNING_FALSE_ALARM_BUDGET, safetyModelYaml, type CutoffChoice } from '../scripts/trainSafety';
import { batchFolds, BURIED_PLACES, buriedIn, safetyLeftOut, storySentences, trainingBatches, wordCount } from '../scripts/evalRunner';

/**
 * The second layer is learned offline (npm run train:safety) into knowledge/safety-model.yaml; start-up
 * reads the weights and never trains. The committed file must be what the script learns from today's
 * safety-training.yaml, and a broken file stops start-up with file, line and field.
 */
const k = loadKnowledge();
const model = k.safety.model!;
const words = (q: string) => basicNormalise(q).split(' ').filter(Boolean).length;

describe('the committed model', () => {
  it('was learned from today\'s safety-training.yaml (else: npm run train:safety)', () => {
    expect(model, 'knowledge/safety-model.yaml is missing: npm run train:safety').toBeDefined();
    expect(model.fingerprint, 'knowledge/safety-training.yaml changed: run npm run train:safety').toBe(safetyTrainingFingerprint(k.safety.training!));
    expect(k.warnings.filter((w) => w.file.endsWith(SAFETY_MODEL_FILE))).toEqual([]);
  });

  it('holds the features and weights the model learned today has, to the file\'s six decimals (else: npm run train:safety)', () => {
    // The same weights give the same decisions on every message; comparing them is stricter than scoring the
    // 26,000 training and tuning messages with both models, and skips that scoring (learning is what is left).
    const again = learnFrom(k);
    expect(model.features.length).toBe(again.features.length);
    const differ = again.features.flatMap((f, i) => (model.features[i] !== f || Math.abs(model.weights[i] - again.weights[i]) > 1e-6 ? [`${f} ${again.weights[i]} (file: ${model.features[i]} ${model.weights[i]})`] : []));
    expect(differ.slice(0, 10), `${differ.length} features differ: run npm run train:safety`).toEqual([]);
    expect(Math.abs(model.bias - again.bias)).toBeLessThanOrEqual(1e-6);
  }, 120_000);

  it('is what start-up scores with: the weights in the file, and the training messages only as neighbours', () => {
    const q = "my lad keeps telling me there's nothing to stay around for";
    // Read with the neighbours the file names, built from the training messages; nothing learnt again.
    expect(model.neighbours).toEqual(SAFETY_MODEL_OPTIONS.neighbours);
    const fromFile = secondLayerFrom(model, safetyTrainingSet(k), { spellings: k.synonyms.spellings, cutoffs: model.cutoffs });
    expect(secondLayerScore(safetyModelFor(k)!, q, words(q))).toBe(secondLayerScore(fromFile, q, words(q)));
    // Without the training messages only the weights read it (kb:check calls that an error: see below).
    const untrained = { ...k, safety: { ...k.safety, training: undefined } };
    const weightsOnly = safetyModelFrom(model, { spellings: k.synonyms.spellings, cutoffs: model.cutoffs });
    expect(secondLayerScore(safetyModelFor(untrained)!, q, words(q))).toBe(secondLayerScore(weightsOnly, q, words(q)));
    expect(secondLayerScore(weightsOnly, q, words(q))).not.toBe(secondLayerScore(safetyModelFor(k)!, q, words(q)));
    const silent = { ...k, safety: { ...k.safety, model: { ...model, weights: model.weights.map(() => 0), bias: -10, neighbours: undefined } } };
    expect(secondLayerScore(safetyModelFor(silent)!, q, words(q))).toBeLessThan(0.001);
    expect(createSafetyScreen(silent)(q)).toBeNull();
    expect(createSafetyScreen(k)(q)?.layer).toBe('model');
  });
});

describe("learning a long risk message's riskiest sentence as a risk example too (riskSentenceWeight)", () => {
  // Stories of everyday sentences with one sentence of danger in each; the same everyday sentences, alone,
  // are ordinary. Learnt whole only, the everyday words share the stories' risk; with the riskiest sentence
  // learnt too, the words of danger carry it.
  const everyday = ['we had the annual review on tuesday', 'the senco says he is settling in well', 'transport is late most mornings',
    'she loves her swimming lessons', 'the ehcp draft came back last week', 'his speech therapy starts in march'];
  const danger = ['he has been cutting his arms again', 'she took a whole packet of tablets', 'he says he wants to die',
    'she was sick after every meal for a week', 'he hit me and i am scared to go home', 'she has run off and we cannot find her'];
  const stories = danger.map((d, i) => `${everyday[i]}. ${everyday[(i + 1) % 6]}. ${d}. ${everyday[(i + 3) % 6]}.`);
  const training = { risk: [...stories, ...danger.map((d) => `${d} and i do not know what to do`)], ordinary: [...everyday, ...everyday.map((e) => `${e} and we are pleased`)] };
  const options = { epochs: 200, riskWeight: 2, l2: 0.0002, momentum: 0.9 };
  const plain = trainSafetyModel(training, options);
  const withSentences = trainSafetyModel(training, { ...options, riskSentenceWeight: 1 });
  const calmStory = `${everyday[2]}. ${everyday[4]}. ${everyday[0]}. ${everyday[5]}.`;

  it('an everyday story scores lower, and a danger sentence alone scores at least as high', () => {
    expect(withSentences.scores(calmStory).whole).toBeLessThan(plain.scores(calmStory).whole);
    for (const d of danger) expect(withSentences.scores(d).whole, d).toBeGreaterThanOrEqual(plain.scores(d).whole - 1e-9);
  });

  it('is what the bot learns with', () => {
    expect(SAFETY_MODEL_OPTIONS.riskSentenceWeight).toBeGreaterThan(0);
  });
});

describe("the bot's own phrases are button presses the second layer never reads", () => {
  // A layer that finds a risk in anything: only the button check keeps it from firing.
  const alarmed = { ...k, safety: { ...k.safety, model: { ...model, weights: model.weights.map(() => 0), bias: 10, neighbours: undefined } } };
  const screen = createSafetyScreen(alarmed);
  // The longest of them (at most 8 words), so a check that counted a space or a "!" too would miss it.
  const phrase = [...Object.values(k.messages), ...Object.values(k.dialogText).flatMap((t) => Object.values(t))]
    .flatMap((t) => t.split(';')).map((t) => t.trim())
    .filter((t) => simplify(t) && simplify(t).split(' ').length <= 8)
    .sort((a, b) => simplify(b).length - simplify(a).length)[0];

  it('a phrase of the bot\'s, typed back as it is or in capitals, is not read', () => {
    expect(words(phrase)).toBeGreaterThanOrEqual(4);
    expect(screen(phrase)).toBeNull();
    expect(screen(`  ${phrase.toUpperCase()}!`)).toBeNull();
  });

  it('the same phrase with more words, or inside a story, is read', () => {
    expect(screen(`${phrase} and more`)?.layer).toBe('model');
    expect(screen(`We spoke to the school today. ${phrase}. `.repeat(20))?.layer).toBe('model');
  });
});

describe('a broken safety-model.yaml stops start-up with file, line and field', () => {
  const tmp: string[] = [];
  afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
  const training = 'risk:\n  - "she says she wants to die"\n  - "he took all his tablets"\nordinary:\n  - "when is the annual review"\n  - "how do I ask for an EHC assessment"\n';
  const good = safetyModelYaml(
    { features: ['die', 'tablet', 'review'], weights: [2.5, 1.25, -1], bias: -1, charGrams: 0, idioms: false },
    { whole: 0.4, storyMean: 0.55, storySentence: 0.85, sentence: 0.6, storyMinWords: 20 },
    safetyTrainingFingerprint({ risk: ['she says she wants to die', 'he took all his tablets'], ordinary: ['when is the annual review', 'how do I ask for an EHC assessment'] }),
    { risk: 2, ordinary: 2 },
  );
  function dir(files: Record<string, string>) {
    const d = fs.mkdtempSync(path.join(os.tmpdir(), 'safety-model-'));
    tmp.push(d);
    for (const [rel, text] of Object.entries(files)) fs.writeFileSync(path.join(d, rel), text);
    return d;
  }
  const lineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

  it('a good file loads, with its weights and cut-offs', () => {
    const r = checkKnowledge(dir({ 'safety-training.yaml': training, [SAFETY_MODEL_FILE]: good }));
    expect(r.problems).toEqual([]);
    expect(r.knowledge!.safety.model).toMatchObject({ features: ['die', 'tablet', 'review'], weights: [2.5, 1.25, -1], bias: -1, cutoffs: { whole: 0.4, storyMinWords: 20 } });
  });
  it('a weight that is not a number: the line of that feature', () => {
    const bad = good.replace('  tablet 1.25', '  tablet heavy');
    const r = checkKnowledge(dir({ [SAFETY_MODEL_FILE]: bad }));
    expect(r.knowledge).toBeUndefined();
    expect(r.problems).toEqual([expect.objectContaining({ file: expect.stringContaining(SAFETY_MODEL_FILE), line: lineOf(bad, 'tablet heavy'), field: 'weights', severity: 'error' })]);
  });
  it('neighbours: read back; out of range, or named without the training messages: the field and line', () => {
    const withNeighbours = good.replace('idioms: false\n', 'idioms: false\nneighbours:\n  count: 5\n  weight: 30\n');
    const r = checkKnowledge(dir({ 'safety-training.yaml': training, [SAFETY_MODEL_FILE]: withNeighbours }));
    expect(r.problems).toEqual([]);
    expect(r.knowledge!.safety.model!.neighbours).toEqual({ count: 5, weight: 30 });
    const bad = withNeighbours.replace('  count: 5', '  count: 0');
    expect(checkKnowledge(dir({ 'safety-training.yaml': training, [SAFETY_MODEL_FILE]: bad })).problems).toEqual([
      expect.objectContaining({ line: lineOf(bad, 'count: 0'), field: expect.stringContaining('count'), severity: 'error' }),
    ]);
    const alone = checkKnowledge(dir({ [SAFETY_MODEL_FILE]: withNeighbours }));
    expect(alone.problems).toEqual([expect.objectContaining({ line: lineOf(withNeighbours, 'neighbours:'), field: 'neighbours', severity: 'error' })]);
  });
  it('a feature listed twice: the line of the second', () => {
    const bad = good.replace('  review -1', '  review -1\n  die 1');
    const r = checkKnowledge(dir({ [SAFETY_MODEL_FILE]: bad }));
    expect(r.problems).toEqual([expect.objectContaining({ line: lineOf(bad, '  die 1'), field: 'weights', message: expect.stringContaining('twice') })]);
  });
  it('a cut-off out of range or missing: its field and line', () => {
    const bad = good.replace('  sentence: 0.6', '  sentence: 1.6');
    const r = checkKnowledge(dir({ [SAFETY_MODEL_FILE]: bad }));
    expect(r.problems).toEqual([expect.objectContaining({ line: lineOf(bad, 'sentence: 1.6'), field: expect.stringContaining('sentence'), severity: 'error' })]);
    const missing = good.replace(/ {2}storyMinWords: 20\n/, '');
    expect(checkKnowledge(dir({ [SAFETY_MODEL_FILE]: missing })).problems[0]).toMatchObject({ field: expect.stringContaining('storyMinWords'), severity: 'error' });
  });
  it('weights not the last field, or missing: the line it starts on, or the top of the file', () => {
    const after = `${good}extra: 1\n`;
    expect(checkKnowledge(dir({ [SAFETY_MODEL_FILE]: after })).problems).toEqual([expect.objectContaining({ line: lineOf(after, 'extra: 1'), field: 'weights', severity: 'error' })]);
    const none = good.slice(0, good.indexOf('weights: |'));
    expect(checkKnowledge(dir({ [SAFETY_MODEL_FILE]: none })).problems[0]).toMatchObject({ field: expect.stringContaining('weights'), severity: 'error' });
  });
  it('training messages without a model: start-up stops and says to train', () => {
    const r = checkKnowledge(dir({ 'safety-training.yaml': training }));
    expect(r.knowledge).toBeUndefined();
    expect(r.problems[0]).toMatchObject({ file: expect.stringContaining(SAFETY_MODEL_FILE), message: expect.stringContaining('npm run train:safety'), severity: 'error' });
  });
  it('training messages changed since the model was learned: a warning on the fingerprint line', () => {
    const r = checkKnowledge(dir({ 'safety-training.yaml': `${training}  - "what is a section 41 school"\n`, [SAFETY_MODEL_FILE]: good }));
    expect(r.knowledge).toBeDefined();
    expect(r.problems).toEqual([expect.objectContaining({ line: lineOf(good, 'fingerprint:'), field: 'fingerprint', severity: 'warning', message: expect.stringContaining('npm run train:safety') })]);
  });
  it('the real knowledge folder has the model', () => {
    expect(fs.existsSync(path.join(defaultKnowledgeDir(), SAFETY_MODEL_FILE))).toBe(true);
  });
});

describe('how npm run train:safety chooses the cut-offs', () => {
  const at = (whole: number, caught: number, alarms: number, tuningCaught = 10, tuningAlarms = 1): CutoffChoice => ({
    cutoffs: { whole, storyMean: 0.6, storySentence: 0.9, sentence: 0.7, storyMinWords: 20 },
    cv: { caught, risk: 1000, alarms, ordinary: 1000 },
    tuning: { caught: tuningCaught, risk: 10, alarms: tuningAlarms, ordinary: 100 },
  });
  const tuningBudget = Math.floor(TUNING_FALSE_ALARM_BUDGET * 100);
  const cap = Math.floor(CV_FALSE_ALARM_CAP * 1000);
  it('every tuning risk message first, and both false-alarm budgets hold', () => {
    const choice = chooseCutoffs([at(0.2, 1000, 20, 9), at(0.25, 1000, 20, 10, tuningBudget + 1), at(0.3, 1000, cap + 1), at(0.35, 1000, cap, 10, tuningBudget), at(0.5, 1000, 10)]);
    expect(choice.cutoffs.whole).toBe(0.35);
  });
  it('the budget is spent on a margin: the lowest whole-text cut-off that catches as many, not the fewest false alarms', () => {
    expect(chooseCutoffs([at(0.4, 1000, 10), at(0.3, 1000, 25), at(0.6, 1000, 5)]).cutoffs.whole).toBe(0.3);
  });
  it('more left-out risk messages caught come before a lower cut-off', () => {
    expect(chooseCutoffs([at(0.2, 999, 20), at(0.4, 1000, 25), at(0.45, 1000, 5)]).cutoffs.whole).toBe(0.4);
  });
  it('a risk sentence buried in stories counts as one more message, caught in the share of its readings that fire', () => {
    const buried = (x: CutoffChoice, caught: number): CutoffChoice => ({ ...x, buried: { caught, readings: 60 } });
    // 10 buried sentences: catching all 60 readings is worth 10 messages, 30 of them 5.
    expect(chooseCutoffs([buried(at(0.3, 1000, 20), 30), buried(at(0.5, 996, 20), 60)]).cutoffs.whole).toBe(0.5);
    expect(chooseCutoffs([buried(at(0.3, 1000, 20), 30), buried(at(0.5, 994, 20), 60)]).cutoffs.whole).toBe(0.3);
    // And within the false-alarm budgets (past the outer limit, never).
    expect(chooseCutoffs([buried(at(0.3, 1000, 20), 30), buried(at(0.5, 996, Math.floor(CV_FALSE_ALARM_OUTER * 1000) + 1), 60)]).cutoffs.whole).toBe(0.3);
  });
  it('buries a risk sentence first, in the middle and last of two stories', () => {
    // A story that stops without a full stop gets one: the sentence set after it stays a sentence of its own.
    const texts = buriedIn('he took all her tablets', ['One. Two. Three.', 'Four. Five']);
    expect(texts).toEqual([
      'he took all her tablets. One. Two. Three.', 'One. he took all her tablets. Two. Three.', 'One. Two. Three. he took all her tablets.',
      'he took all her tablets. Four. Five.', 'Four. he took all her tablets. Five.', 'Four. Five. he took all her tablets.',
    ]);
    expect(texts).toHaveLength(BURIED_PLACES);
  });
  it('at the same whole-text cut-off: fewer cross-validated false alarms, then the lowest other cut-offs', () => {
    const side = (x: CutoffChoice, sentence: number): CutoffChoice => ({ ...x, cutoffs: { ...x.cutoffs, sentence } });
    expect(chooseCutoffs([side(at(0.3, 1000, 25), 0.6), side(at(0.3, 1000, 20), 0.9)]).cutoffs.sentence).toBe(0.9);
    expect(chooseCutoffs([side(at(0.3, 1000, 20), 0.9), side(at(0.3, 1000, 20), 0.6)]).cutoffs.sentence).toBe(0.6);
  });
  it('recall before the cross-validated budget: catching every left-out risk message may cost up to the outer limit', () => {
    const outer = Math.floor(CV_FALSE_ALARM_OUTER * 1000);
    expect(chooseCutoffs([at(0.55, 1000, cap + 10), at(0.5, 1000, cap + 20), at(0.575, 999, cap - 5)]).cutoffs.whole).toBe(0.55);
    expect(chooseCutoffs([at(0.5, 1000, outer + 1), at(0.575, 999, cap - 5)]).cutoffs.whole).toBe(0.575);
  });
  it('when none keep within the budgets: the fewest tuning false alarms', () => {
    const choice = chooseCutoffs([at(0.2, 1000, 50, 10, 9), at(0.3, 990, 40, 10, 5), at(0.4, 999, 20, 9, 0)]);
    expect(choice.cutoffs.whole).toBe(0.3);
  });
  it("the cross-validated budget is for the false alarms the cut-offs add, not the patterns' own", () => {
    const withPatterns = (x: CutoffChoice, patternAlarms: number): CutoffChoice => ({ ...x, cv: { ...x.cv, alarms: x.cv.alarms + patternAlarms, patternAlarms } });
    // 40 pattern false alarms at every cut-off: over the cap in total, within it in what each cut-off adds.
    const choice = chooseCutoffs([withPatterns(at(0.2, 1000, cap + 1), 40), withPatterns(at(0.3, 1000, cap), 40), withPatterns(at(0.6, 990, 5), 40)]);
    expect(choice.cutoffs.whole).toBe(0.3);
  });
  it('reads the batches of safety-training.yaml from its comment lines', () => {
    const text = 'risk:\n  - "a"\n  # Second batch.\n  # https://example.org/thread\n  - "b"\n  - "c"\nordinary:\n  # Plain.\n  - "d"\n';
    expect(trainingBatches(text, 'risk', 3)).toEqual([{ title: '(first messages)', number: 0, from: 0, to: 1 }, { title: 'Second batch.', number: 1, from: 1, to: 3 }]);
    expect(trainingBatches(text, 'ordinary', 1)).toEqual([{ title: 'Plain.', number: 1, from: 0, to: 1 }]);
    expect(trainingBatches(text, 'risk', 4)).toBeUndefined();
  });
  it('cross-validates by batch: every message of a batch in one fold, a source address starting none', () => {
    const text = 'risk:\n  - "a"\n  # Second batch.\n  # https://example.org/thread\n  - "b"\n  # Written from these pages:\n  - "c"\n' +
      '  # Third batch.\n  - "d"\nordinary:\n  - "e"\n';
    const fold = batchFolds(text, 'risk', 4, 2)!;
    expect([0, 1, 2, 3].map(fold)).toEqual([0, 1, 1, 0]);
    expect(batchFolds(text, 'ordinary', 1)!(0)).toBe(0);
    expect(batchFolds(text, 'risk', 5)).toBeUndefined();
  });
});

describe('cross-validation reads a left-out risk sentence buried in left-out stories (safetyLeftOut, buried)', () => {
  // A small training set from the real one, so the two folds train in moments: one-sentence risk messages no
  // pattern catches (the ones to bury), a long one and one a pattern catches (never buried), and everyday
  // stories long enough to hide a sentence in.
  const patterns = createSafetyScreen(k, { model: false });
  const t = k.safety.training!;
  // One sentence as the screen cuts it (segments()), which is what safetyLeftOut reads as a reading with no sentences.
  const oneSentence = (q: string) => !patterns(q) && wordCount(q) >= 4 && wordCount(q) <= 30 && segments(q).length === 1;
  const toBury = t.risk.filter(oneSentence).slice(0, 6);
  const long = t.risk.find((q) => !patterns(q) && wordCount(q) > 60)!;
  const caught = t.risk.find((q) => patterns(q) && wordCount(q) <= 30)!;
  const hosts = t.ordinary.filter((q) => !patterns(q) && wordCount(q) >= 40 && storySentences(q).length >= 3).slice(0, 8);
  const small = { ...k, safety: { ...k.safety, training: { risk: [...toBury, long, caught], ordinary: [...hosts, ...t.ordinary.slice(0, 40)] } } };
  const left = safetyLeftOut(small, 2, undefined, { risk: (i) => i % 2, ordinary: (i) => i % 2 }, true);

  it('buries each left-out one-sentence risk message no pattern catches, and no other', () => {
    expect(toBury).toHaveLength(6);
    expect(left.buried).toHaveLength(toBury.length);
  });
  it('reads each in BURIED_PLACES stories, as the screen reads a long message', () => {
    const own = toBury.map(wordCount);
    for (const readings of left.buried) {
      expect(readings).toHaveLength(BURIED_PLACES);
      // A pattern may fire on a reading (the story and the sentence together), as it would on the message.
      for (const x of readings) {
        if (x.pattern) continue;
        expect(x.short).toBe(false);
        // A story and the sentence: more words than any buried sentence, and scored sentence by sentence.
        expect(x.words).toBeGreaterThanOrEqual(40 + Math.min(...own));
        expect(x.sentences.length).toBeGreaterThan(2);
      }
    }
  });
  it('without `buried`, reads none', () => {
    expect(safetyLeftOut(small, 2, undefined, { risk: (i) => i % 2, ordinary: (i) => i % 2 }).buried).toEqual([]);
  });
});
