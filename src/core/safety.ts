import { basicNormalise } from './normalise';
import { trainSafetyModel, type SafetyModel } from './safetyModel';
import type { Knowledge, Service } from './model';
import { simplify } from './text';

export interface SafetyHit {
  categories: Array<{ id: string; label: string; message: string; services: Service[] }>;
  emergency: string;
  /** 'patterns': a pattern in safety.yaml matched. 'model': only the second layer saw a risk (a gentler check-in). */
  layer?: 'patterns' | 'model';
}

/**
 * The second layer's cut-off, chosen by 5-fold cross-validation on safety-training.yaml (npm run eval prints
 * the curve) for recall first. Patterns first, the cross-validated figures flatter the layer (the patterns
 * were written with the training messages in view), so the layer is also judged alone: on the left-out
 * risk messages, and on the long ones (20 words or more), it must catch at least as many as the second
 * round's screen did (the highest score at 0.5), then raise the fewest false alarms. With 1,003 risk and
 * 1,552 ordinary training messages, at 0.4: alone 88.2% of risk and 96.6% of long risk (84.8% and 96.3%
 * before); patterns first 99.8% recall, 98.2% of what no pattern matches, 7.8% false alarms. At 0.45 the
 * false alarms would be 6.3%, but the layer alone would catch fewer long risk messages than before (95.6%).
 * With 1,103 risk and 2,011 ordinary messages and the cut-offs below, 0.45 would lose recall (99.6% to 99.3%).
 */
export const MODEL_THRESHOLD = 0.4;

/**
 * A story (STORY_MIN_WORDS words or more, in more than one sentence) is read whole: it fires when the whole
 * text reaches MODEL_THRESHOLD, or the mean of the whole text and its riskiest sentence reaches
 * STORY_MEAN_THRESHOLD, or that sentence alone reaches STORY_SENTENCE_THRESHOLD. A shorter message of several
 * sentences fires on the whole text at MODEL_THRESHOLD or its riskiest sentence at SENTENCE_THRESHOLD.
 * Each cut-off is chosen apart by 5-fold cross-validation (scripts/evalRunner.ts, the same scores as here)
 * for the fewest false alarms at the same recall, the tuning set kept at 100%. With 1,103 risk and 2,011
 * ordinary training messages: at 0.4 / 0.4 / 0.65 / 0.4 before, 99.6% recall and 6.6% false alarms (tuning
 * 3.1%); at 0.4 / 0.55 / 0.85 / 0.6, 99.6% and 5.1% (tuning 2.6%). Dropping the sentence paths altogether
 * would save 0.3% more, but a risk told in one clear sentence of a long story would then rest on the whole.
 */
export const STORY_MEAN_THRESHOLD = 0.55;
export const STORY_SENTENCE_THRESHOLD = 0.85;
export const SENTENCE_THRESHOLD = 0.6;
export const STORY_MIN_WORDS = 20;

/**
 * The second layer's score for a message of `words` words, on the scale of MODEL_THRESHOLD: the highest of
 * its whole text and, moved onto that scale (a score at its own cut-off scores MODEL_THRESHOLD), its riskiest
 * sentence and, for a story, the mean of the two.
 */
export function secondLayerScore(model: SafetyModel, text: string, words: number): number {
  const { whole, sentences } = model.scores(text);
  if (sentences.length === 0) return whole;
  const riskiest = Math.max(...sentences);
  if (words < STORY_MIN_WORDS) return Math.max(whole, riskiest - (SENTENCE_THRESHOLD - MODEL_THRESHOLD));
  return Math.max(whole, (whole + riskiest) / 2 - (STORY_MEAN_THRESHOLD - MODEL_THRESHOLD), riskiest - (STORY_SENTENCE_THRESHOLD - MODEL_THRESHOLD));
}

/** Entry questions are ordinary SEND messages: the model learns from them too, except safety topics. */
export const NOT_ORDINARY_TOPICS = new Set(['safety', 'crisis', 'safeguarding', 'mental-health']);

/**
 * How the second layer is trained (the same in the bot and in the cross-validation of scripts/evalRunner.ts).
 * The sentences of long ordinary messages are ordinary examples too, since the screen scores each sentence;
 * with momentum, 120 passes settle the weights (with 830 risk and 1,327 ordinary messages, 60 passes cost 7.1%
 * cross-validated false alarms for the recall 120 reach at 6.3%); reading the messages, not the passes, is
 * most of training's half second at start-up;
 * everyday idioms ("it would kill me to", "dying to", "killing it") are one neutral word to the layer.
 */
export const SAFETY_MODEL_OPTIONS = { l2: 0.0005, riskWeight: 2, charGrams: 4, ordinarySentences: true, momentum: 0.9, epochs: 120, idioms: true };

const models = new WeakMap<object, SafetyModel | null>();

/** Trained once per knowledge (at start-up), from safety-training.yaml and the entries' questions. */
export function safetyModelFor(knowledge: Knowledge): SafetyModel | null {
  const key = knowledge.safety;
  if (models.has(key)) return models.get(key)!;
  const t = knowledge.safety.training;
  const model = t
    ? trainSafetyModel(
      {
        risk: t.risk,
        ordinary: [...t.ordinary, ...knowledge.entries.filter((e) => !e.topics.some((x) => NOT_ORDINARY_TOPICS.has(x))).flatMap((e) => e.questions)],
      },
      { ...SAFETY_MODEL_OPTIONS, spellings: knowledge.synonyms.spellings, threshold: MODEL_THRESHOLD },
    )
    : null;
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
const CONTRACTIONS: Record<string, string> = { im: 'i am', ive: 'i have', hes: 'he is', shes: 'she is', theyre: 'they are', youre: 'you are' };

/** Words either side of a respelt word that its spelled-out form keeps: more than any pattern spans. */
export const SPELL_WINDOW = 20;

/**
 * The third form: the normalised text with spellings fixed and "im", "ive" spelt out, only around the words
 * that change (SPELL_WINDOW words either side, overlapping stretches joined). The rest of the text is
 * already read as the normalised form; a long story with one "im" in it is not read twice over. No word
 * changed: no third form.
 */
export function spelledForms(norm: string, spellings: Record<string, string>): string[] {
  const words = norm.split(' ');
  // Own names only: a parent may type "constructor", which a plain object would find on its prototype.
  const fixed = words.map((w) => (Object.hasOwn(CONTRACTIONS, w) ? CONTRACTIONS[w] : Object.hasOwn(spellings, w) ? spellings[w] : w));
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    if (fixed[i] === words[i]) continue;
    const a = Math.max(0, i - SPELL_WINDOW), b = Math.min(words.length, i + SPELL_WINDOW + 1);
    const last = spans[spans.length - 1];
    if (last && a <= last[1]) last[1] = b;
    else spans.push([a, b]);
  }
  return spans.map(([a, b]) => fixed.slice(a, b).join(' '));
}

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

export function createSafetyScreen(knowledge: Knowledge, options: { model?: boolean } = {}): (text: string) => SafetyHit | null {
  const model = options.model === false ? null : safetyModelFor(knowledge);
  const buttons = ownPhrases(knowledge);
  const checkInServices = (knowledge.safety.checkInServices ?? []).map((id) => knowledge.service(id)).filter((s): s is Service => s !== undefined);
  const spellings = knowledge.synonyms.spellings;
  const categories = knowledge.safety.categories.map((c) => ({
    ...c,
    regexes: categoryRegexes(c.patterns),
    serviceList: c.services.map((id) => knowledge.service(id)).filter((s): s is Service => s !== undefined),
  }));
  return (input: string) => {
    if (typeof input !== 'string' || categories.length === 0) return null;
    const text = input.slice(0, SCREEN_MAX_CHARS);
    if (!text.trim()) return null;
    const raw = text.toLowerCase().replace(/[’‘]/g, "'");
    const norm = basicNormalise(text);
    const forms = raw === norm ? [norm, ...spelledForms(norm, spellings)] : [raw, norm, ...spelledForms(norm, spellings)];
    const hits = categories.filter((c) => forms.some((f) => c.regexes.some((r) => r.test(f))));
    if (hits.length > 0) {
      return {
        layer: 'patterns',
        emergency: knowledge.safety.emergency,
        categories: hits.map((c) => ({ id: c.id, label: c.label, message: c.message, services: c.serviceList })),
      };
    }
    const words = norm.split(' ').filter(Boolean).length;
    const readsAsMessage = words >= MODEL_MIN_WORDS && !buttons.has(simplify(text));
    if (model && readsAsMessage && secondLayerScore(model, text, words) >= MODEL_THRESHOLD) {
      return {
        layer: 'model',
        emergency: '',
        categories: [{ id: 'check-in', label: 'A check-in', message: knowledge.text('safety.checkIn'), services: checkInServices }],
      };
    }
    return null;
  };
}
