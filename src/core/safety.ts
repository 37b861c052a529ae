import { learnSafetyWeights, safetyModelFrom, type SafetyCutoffs, type SafetyModel, type SafetyTrainingOptions, type SafetyWeights, type TrainingSet } from './safetyModel';
import { lazyNeighbourIndex, withNeighbours } from './safetyNeighbours';
import type { Knowledge, Service } from './model';
import { simplify } from './text';
import { patternScanner } from './safetyScan';
import { normaliseRange } from './safetyText';

export interface SafetyHit {
  categories: Array<{ id: string; label: string; message: string; services: Service[] }>;
  emergency: string;
  /** 'patterns': a pattern in safety.yaml matched. 'model': only the second layer saw a risk (a gentler check-in). */
  layer?: 'patterns' | 'model';
}

/**
 * The second layer's cut-offs as they stood before npm run train:safety chose them with the weights: the
 * cut-offs the cross-validation of npm run eval falls back to, and the ones a model read from a file without
 * them would use. The bot uses the cut-offs in knowledge/safety-model.yaml (model.cutoffs).
 *
 * A story (storyMinWords words or more, in more than one sentence) is read whole: it fires when the whole
 * text reaches `whole`, or the mean of the whole text and its riskiest sentence reaches `storyMean`, or that
 * sentence alone reaches `storySentence`. A shorter message of several sentences fires on the whole text at
 * `whole` or its riskiest sentence at `sentence`. With 1,103 risk and 2,011 ordinary training messages:
 * at 0.4 / 0.4 / 0.65 / 0.4, 99.6% cross-validated recall and 6.6% false alarms (tuning 3.1%); at
 * 0.4 / 0.55 / 0.85 / 0.6, 99.6% and 5.1% (tuning 2.6%).
 */
export const SAFETY_CUTOFFS: SafetyCutoffs = { whole: 0.4, storyMean: 0.55, storySentence: 0.85, sentence: 0.6, storyMinWords: 20 };
export const MODEL_THRESHOLD = SAFETY_CUTOFFS.whole;

/**
 * The second layer's score for a message of `words` words, on the scale of its `whole` cut-off: the highest
 * of its whole text and, moved onto that scale (a score at its own cut-off scores `whole`), its riskiest
 * sentence and, for a story, the mean of the two. The message fires at `cutoffs.whole` or above.
 */
export function secondLayerScore(model: SafetyModel, text: string, words: number, cutoffs: SafetyCutoffs = model.cutoffs ?? SAFETY_CUTOFFS): number {
  return layerScore(model.scores(text), words, cutoffs);
}

/** The same from the scores themselves (the cross-validation scores each message once and tries many cut-offs). */
export function layerScore({ whole, sentences }: { whole: number; sentences: number[] }, words: number, c: SafetyCutoffs): number {
  if (sentences.length === 0) return whole;
  const riskiest = Math.max(...sentences);
  if (words < c.storyMinWords) return Math.max(whole, riskiest - (c.sentence - c.whole));
  return Math.max(whole, (whole + riskiest) / 2 - (c.storyMean - c.whole), riskiest - (c.storySentence - c.whole));
}

/** Entry questions are ordinary SEND messages: the model learns from them too, except safety topics. */
export const NOT_ORDINARY_TOPICS = new Set(['safety', 'crisis', 'safeguarding', 'mental-health']);

/**
 * How the second layer is trained (npm run train:safety, and the cross-validation of scripts/evalRunner.ts).
 * The sentences of long ordinary messages are ordinary examples too, since the screen scores each sentence;
 * with momentum, 120 passes settle the weights (with 830 risk and 1,327 ordinary messages, 60 passes cost 7.1%
 * cross-validated false alarms for the recall 120 reach at 6.3%);
 * everyday idioms ("it would kill me to", "dying to", "killing it") are one neutral word to the layer.
 * With 1,694 risk and 2,581 ordinary messages, the most 5-fold cross-validated recall with at most 5% false
 * alarms: l2 0.0002 98.9%, 0.0005 98.4% (before the fourth round's patterns: 97.9%, 97.4%, and 0.001 97.6%,
 * risk weight 3 97.5%). With 2,001 and 2,751 and the fifth round's patterns, cut-offs chosen recall first (tuning
 * false alarms at most 3%): these options miss none of the left-out risk messages at 4.9% false alarms; l2 0.0005
 * misses 7 (4.8%), l2 0.0001 2 (5.3%), risk weight 1.5 none (4.8%), risk weight 3 one (5.0%); a word-count
 * feature (1-3, 4-6, 7-12, 13-25, more words) missed 2 at 5.5%, and letting the layer read three-word messages
 * changed nothing measured (it scores them poorly: the patterns carry short messages). With 1,103 and 2,017: letter 3-grams or 5-grams no better than 4-grams, and scoring two
 * neighbouring sentences together as well (a window of 2) caught fewer left-out risk messages at the same
 * false alarms, so sentences are scored alone. With 2,338 and 3,214 and the seventh round's patterns, each at
 * the cut-offs the script's rule chooses (every left-out risk message caught): these options 2.2% false alarms,
 * risk weight 1.5 2.3%, risk weight 1 2.2%, l2 0.0005 2.3%, l2 0.001 4.3%. With 2,600 and 3,609 and the eighth
 * round's patterns, the lowest cut-off within 3% cross-validated false alarms and the lowest-scoring left-out
 * risk message the layer catches: these options 0.6 (2.9%) and 0.632; risk weight 1.5 0.55 (3.0%) and 0.587;
 * risk weight 3 none below 0.65 (3.1%); l2 0.0001 0.65 (2.9%, one missed); l2 0.0004 misses one at 0.45.
 * riskSentenceWeight, with 6,654 and 9,082 and the thirtieth round's patterns, each at the cut-offs the script
 * chooses: none 40 left-out risk messages missed and 3.3% false alarms; 0.5 29 and 3.3%; 1 26 and 3.2%; 2 29 and
 * 3.3%. On two fresh ordinary batches not yet learnt, false alarms went from 21 of 270 to 19 (at 1); on two fresh risk
 * batches the same messages were caught.
 * l2 and risk weight again with 9,722 and 12,071 and the fiftieth round's patterns, left-out risk messages missed at
 * the most recall within 3% cross-validated false alarms: l2 0.0002 and weight 2 47; 240 passes 49; l2 0.0005 65;
 * l2 0.0001 39; l2 0.00005 38; l2 0.0001 and weight 3 36 (3.4% false alarms each).
 */
/**
 * The nearest training messages, read beside the weights (src/core/safetyNeighbours.ts): the closest `count` of
 * each kind, their score added `weight` times to the weights' log-odds. Chosen left out by whole batches (each
 * batch of safety-training.yaml in one of five folds: new wordings, as a held-out set brings), where the weights'
 * choices above were made left out message by message. With 10,402 and 12,446 and the fifty-fourth round's
 * patterns, left-out risk messages missed at the cut-offs train:safety would choose with at most 3% false alarms
 * added to the patterns': no neighbours 47; weight 8 33, 15 34, 20 35, 30 43 (the whole text of several sentences
 * read with its riskiest sentence's neighbours; with its own neighbours instead, weight 30: 53; with the mean of
 * its sentences': 75). At 4%: none 26 (tuning false alarms 4.5%, over budget); weight 15 18 (3.2%).
 * Also tried, no better, on the layer alone: word clusters from English word vectors as features, the mean of a
 * sentence's word vectors read beside the weights, and a stronger or weaker L2.
 */
export const SAFETY_NEIGHBOURS = { count: 5, weight: 15 };

export const SAFETY_MODEL_OPTIONS = {
  l2: 0.0001, riskWeight: 3, charGrams: 4, ordinarySentences: true, riskSentenceWeight: 1, momentum: 0.9, epochs: 120, idioms: true,
  neighbours: SAFETY_NEIGHBOURS,
};

/** What the second layer learns from: safety-training.yaml, and the entries' questions as ordinary messages. */
export function safetyTrainingSet(knowledge: Knowledge): TrainingSet {
  const t = knowledge.safety.training ?? { risk: [], ordinary: [] };
  return {
    risk: t.risk,
    ordinary: [...t.ordinary, ...knowledge.entries.filter((e) => !e.topics.some((x) => NOT_ORDINARY_TOPICS.has(x))).flatMap((e) => e.questions)],
  };
}

/**
 * The second layer as the screen reads it: the learnt weights, and with them the nearest training messages when
 * the weights were learnt so (their index is built here from the same messages: nothing is learnt).
 */
export function secondLayerFrom(learned: SafetyWeights, training: TrainingSet | undefined, options: { spellings?: Record<string, string>; cutoffs?: SafetyCutoffs } = {}): SafetyModel {
  const model = safetyModelFrom(learned, options);
  const n = learned.neighbours;
  return n && training ? withNeighbours(model, lazyNeighbourIndex(training, n.count), n.weight) : model;
}

/** Learns the weights and reads them with the same messages' neighbours: the cross-validation's path. */
export function trainSecondLayer(training: TrainingSet, options: SafetyTrainingOptions & { cutoffs?: SafetyCutoffs } = {}): SafetyModel {
  return secondLayerFrom(learnSafetyWeights(training, options), training, options);
}

const models = new WeakMap<object, SafetyModel | null>();

/** The second layer of this knowledge, from knowledge/safety-model.yaml (read at start-up, never trained there); made once. */
export function safetyModelFor(knowledge: Knowledge): SafetyModel | null {
  const key = knowledge.safety;
  if (models.has(key)) return models.get(key)!;
  const m = knowledge.safety.model;
  const model = m ? secondLayerFrom(m, knowledge.safety.training ? safetyTrainingSet(knowledge) : undefined, { spellings: knowledge.synonyms.spellings, cutoffs: m.cutoffs }) : null;
  models.set(key, model);
  return model;
}

/**
 * Only the first 4,000 characters of a message are screened: twice the longest message the bot
 * accepts, so every accepted message is screened whole, and a huge one still is screened (on its
 * start) in a few milliseconds instead of holding the event loop for hundreds.
 */
export const SCREEN_MAX_CHARS = 4000;

/**
 * The safety screen: patterns from knowledge/safety.yaml, compiled once. Each message is tested
 * in several forms (as typed, lower-cased, unless that is the normalised form; normalised; normalised with spellings fixed and "im", "ive" spelt out, around the words that change: spelledForms) and any
 * hit counts — missing a risk message is far worse than an extra signpost.
 */
/** Fewer words than this are a button press or a short answer, not a story the second layer can read. */
export const MODEL_MIN_WORDS = 4;

/**
 * The bot's own short phrases (button titles, menu words, "No, thank you"), simplified. A parent who
 * sends one of them back has pressed a button: the second layer never reads it (the patterns still do).
 */
function ownPhrases(knowledge: Knowledge): Set<string> {
  const texts = [...Object.values(knowledge.messages), ...Object.values(knowledge.dialogText).flatMap((t) => Object.values(t))];
  return new Set(texts.flatMap((t) => t.split(';')).map(simplify).filter((t) => t && t.split(' ').length <= 8));
}

/**
 * Normalising turns "I'm" into "im" and "I've" into "ive"; the third form spells them out, so a pattern
 * written as "i (m|am) not safe" also reads "I'm not safe".
 */
const CONTRACTIONS: Record<string, string> = { im: 'i am', ive: 'i have', ill: 'i will', hes: 'he is', shes: 'she is', theyre: 'they are', youre: 'you are' };

/** Words either side of a respelt word that its spelled-out form keeps: more than any pattern spans. */
export const SPELL_WINDOW = 20;

/**
 * The third form: the normalised text with spellings fixed and "im", "ive" spelt out, only around the words
 * that change (SPELL_WINDOW words either side, overlapping stretches joined). The rest of the text is
 * already read as the normalised form; a long story with one "im" in it is not read twice over. No word
 * changed: no third form.
 */
export function spelledForms(norm: string, spellings: Record<string, string>): string[] {
  // The words are norm's pieces between single spaces (as norm.split(' ') gives them, empty ones too). Each is
  // looked up only when a respelt word has its length and first, second and last characters; their starts
  // are kept in a reused array, and a stretch is norm's own text with the respelt words put in.
  const { respelt, maybe } = respellingsOf(spellings);
  let count = 0, changes = 0;
  for (let a = 0; ; count++) {
    let b = norm.indexOf(' ', a);
    if (b < 0) b = norm.length;
    if (count + 1 >= wordStarts.length) { const grown = new Int32Array(wordStarts.length * 2); grown.set(wordStarts); wordStarts = grown; }
    wordStarts[count] = a;
    if (maybe[wordHash(norm, a, b)]) {
      const w = norm.slice(a, b);
      const fixed = respelt.get(w);
      if (fixed !== undefined && fixed !== w) {
        if (changes >= changedAt.length) { const grown = new Int32Array(changedAt.length * 2); grown.set(changedAt); changedAt = grown; }
        changedAt[changes++] = count;
      }
    }
    if (b === norm.length) { count++; break; }
    a = b + 1;
  }
  if (changes === 0) return [];
  wordStarts[count] = norm.length + 1; // where a word after the last would start
  const out: string[] = [];
  let spanStart = -1, spanEnd = -1, firstChange = 0;
  const emit = (last: number) => {
    let text = '', at = wordStarts[spanStart];
    for (let c = firstChange; c < last; c++) {
      const i = changedAt[c];
      const w0 = wordStarts[i], w1 = wordStarts[i + 1] - 1;
      text += norm.slice(at, w0) + respelt.get(norm.slice(w0, w1));
      at = w1;
    }
    out.push(text + norm.slice(at, wordStarts[spanEnd] - 1));
  };
  for (let c = 0; c < changes; c++) {
    const i = changedAt[c];
    const a = Math.max(0, i - SPELL_WINDOW), b = Math.min(count, i + SPELL_WINDOW + 1);
    if (spanStart >= 0 && a <= spanEnd) { spanEnd = b; continue; }
    if (spanStart >= 0) emit(c);
    spanStart = a; spanEnd = b; firstChange = c;
  }
  emit(changes);
  return out;
}

let wordStarts = new Int32Array(1024), changedAt = new Int32Array(64);

/** A word's length and first, second and last characters, hashed to 16 bits. */
function wordHash(text: string, a: number, b: number): number {
  const len = b - a;
  let h = len;
  if (len > 0) h = Math.imul(h, 31) + text.charCodeAt(a), h = Math.imul(h, 31) + text.charCodeAt(b - 1);
  if (len > 1) h = Math.imul(h, 31) + text.charCodeAt(a + 1);
  h = Math.imul(h ^ (h >>> 15), 0x2c1b3c6d);
  return (h ^ (h >>> 12)) & 0xffff;
}

/** What each respelt word becomes (CONTRACTIONS before the spellings), and which word hashes one may have; per spellings. */
function respellingsOf(spellings: Record<string, string>): { respelt: Map<string, string>; maybe: Uint8Array } {
  let r = respellings.get(spellings);
  if (!r) {
    // Own names only: a parent may type "constructor", which a plain object would find on its prototype.
    const respelt = new Map<string, string>();
    for (const w of Object.getOwnPropertyNames(spellings)) respelt.set(w, spellings[w]);
    for (const w of Object.keys(CONTRACTIONS)) respelt.set(w, CONTRACTIONS[w]);
    const maybe = new Uint8Array(1 << 16);
    for (const w of respelt.keys()) maybe[wordHash(w, 0, w.length)] = 1;
    respellings.set(spellings, (r = { respelt, maybe }));
  }
  return r;
}
const respellings = new WeakMap<object, { respelt: Map<string, string>; maybe: Uint8Array }>();

/** Whether every top-level branch of a pattern starts with a word edge (\b). */
export function startsAtWordEdge(pattern: string): boolean {
  let depth = 0, inClass = false, branchStart = true;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (branchStart) {
      if (!pattern.startsWith('\\b', i)) return false;
      branchStart = false;
    }
    if (ch === '\\') { i++; continue; }
    if (inClass) { if (ch === ']') inClass = false; continue; }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) branchStart = true;
  }
  return !branchStart;
}

/** At most this many patterns in one regular expression: V8 compiles a much longer alternation to a slow fallback. */
export const PATTERNS_PER_REGEX = 40;

/**
 * A category's patterns as a few regular expressions, PATTERNS_PER_REGEX patterns each. Without the u flag:
 * the patterns are plain ASCII, and V8 runs them about 20 times faster. One alternation of many patterns
 * scans a message once instead of once per pattern; past about a hundred, V8 gives up compiling it and a
 * 4,000-character message takes over ten times longer, so a category is cut into pieces well under that.
 * The word edge the patterns start with is checked once, before the alternation, instead of by each of its
 * branches at every letter: the same matches (each branch checks it again), about twice as fast.
 */
export function categoryRegexes(patterns: string[]): RegExp[] {
  const group = (ps: string[]) => ps.map((p) => `(?:${p})`).join('|');
  const out: RegExp[] = [];
  for (let i = 0; i < patterns.length; i += PATTERNS_PER_REGEX) {
    const chunk = patterns.slice(i, i + PATTERNS_PER_REGEX);
    const atEdge = chunk.filter(startsAtWordEdge);
    const others = chunk.filter((p) => !startsAtWordEdge(p));
    const parts = [...(atEdge.length ? [`\\b(?:${group(atEdge)})`] : []), ...(others.length ? [group(others)] : [])];
    out.push(new RegExp(parts.join('|'), 'i'));
  }
  return out;
}

/**
 * The safety screen: a function of a message. `prepare()` builds what it can build later (its pattern scan: every
 * pattern parsed, a good part of a second of start-up; the second layer's index of neighbours, about as long), as
 * the server does just after it starts listening; a
 * message that arrives first builds it then, so no message is ever screened with less.
 */
export interface SafetyScreen {
  (text: string): SafetyHit | null;
  prepare(): void;
}

export function createSafetyScreen(knowledge: Knowledge, options: { model?: boolean } = {}): SafetyScreen {
  const model = options.model === false ? null : safetyModelFor(knowledge);
  const buttons = ownPhrases(knowledge);
  // simplify() keeps every ASCII letter and digit of a text: one with more of them than the longest phrase is
  // none of them, found without simplifying a whole story.
  let longestButton = 0;
  for (const b of buttons) longestButton = Math.max(longestButton, b.length);
  const isButton = (text: string): boolean => {
    for (let i = 0, kept = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) && ++kept > longestButton) return false;
    }
    return buttons.has(simplify(text));
  };
  const checkInServices = (knowledge.safety.checkInServices ?? []).map((id) => knowledge.service(id)).filter((s): s is Service => s !== undefined);
  const spellings = knowledge.synonyms.spellings;
  const categories = knowledge.safety.categories.map((c) => ({
    ...c,
    serviceList: c.services.map((id) => knowledge.service(id)).filter((s): s is Service => s !== undefined),
  }));
  let scanner: ReturnType<typeof patternScanner> | undefined;
  const scan: ReturnType<typeof patternScanner> = (text, hit) =>
    (scanner ??= patternScanner(categories.flatMap((c, category) => c.patterns.map((source) => ({ source, category }))), categoryRegexes))(text, hit);
  const screen = (input: string): SafetyHit | null => {
    if (typeof input !== 'string' || categories.length === 0) return null;
    const text = input.slice(0, SCREEN_MAX_CHARS);
    if (!text.trim()) return null;
    const raw = text.toLowerCase().replace(/[’‘]/g, "'");
    const norm = normaliseRange(text);
    const forms = raw === norm ? [norm, ...spelledForms(norm, spellings)] : [raw, norm, ...spelledForms(norm, spellings)];
    const hit = new Uint8Array(categories.length);
    for (const f of forms) scan(f, hit);
    const hits = categories.filter((_, i) => hit[i]);
    if (hits.length > 0) {
      return {
        layer: 'patterns',
        emergency: knowledge.safety.emergency,
        categories: hits.map((c) => ({ id: c.id, label: c.label, message: c.message, services: c.serviceList })),
      };
    }
    // basicNormalise leaves single spaces between words and none at either end: count the spaces.
    let words = norm ? 1 : 0;
    for (let i = norm.indexOf(' '); i >= 0; i = norm.indexOf(' ', i + 1)) words++;
    const readsAsMessage = words >= MODEL_MIN_WORDS && !isButton(text);
    if (model && readsAsMessage && secondLayerScore(model, text, words) >= (model.cutoffs ?? SAFETY_CUTOFFS).whole) {
      return {
        layer: 'model',
        emergency: '',
        categories: [{ id: 'check-in', label: 'A check-in', message: knowledge.text('safety.checkIn'), services: checkInServices }],
      };
    }
    return null;
  };
  return Object.assign(screen, {
    prepare: () => {
      scan('', new Uint8Array(categories.length));
      model?.prepare?.();
    },
  });
}
