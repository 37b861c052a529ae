import { basicNormalise, stem, TEXT_SPEAK } from './normalise';
import { normaliseRange } from './safetyText';
import type { SafetyCutoffs, SafetyNeighbourOptions, SafetyWeights } from './model';

export type { SafetyCutoffs, SafetyNeighbourOptions, SafetyWeights };

/**
 * The second layer of the safety screen: a small logistic-regression classifier, trained offline
 * (npm run train:safety) on labelled risk and ordinary messages (knowledge/safety-training.yaml); start-up
 * reads its weights from knowledge/safety-model.yaml. The patterns explain themselves; this layer
 * generalises to wording no pattern lists. Pure and deterministic: the same training messages always give
 * the same weights.
 *
 * Features are word stems and pairs of neighbouring stems. Tense is folded away (irregular past
 * forms are mapped to the present, then stemmed: "took" and "taking" both count as "take"), and
 * negation is kept: a word within three words after "not", "never", "dont"… also counts as
 * "not_<word>", so "does not want to live" differs from "wants to live". With `charGrams` (4 in the
 * bot), each word also gives its letter 4-grams, so a misspelling ("overdosd", "sucidal") still shares
 * most of its features with the word it means.
 */

const IRREGULAR: Record<string, string> = {
  took: 'take', taken: 'take', ate: 'eat', eaten: 'eat', fell: 'fall', fallen: 'fall', ran: 'run', tried: 'try',
  thought: 'think', drank: 'drink', drunk: 'drink', broke: 'break', broken: 'break', threw: 'throw', thrown: 'throw',
  went: 'go', gone: 'go', bled: 'bleed', hung: 'hang', hanged: 'hang', shook: 'shake', shaken: 'shake', said: 'say',
  told: 'tell', found: 'find', wrote: 'write', written: 'write', stood: 'stand', bit: 'bite', bitten: 'bite',
  hid: 'hide', hidden: 'hide', kept: 'keep', left: 'leave', sent: 'send', met: 'meet', brought: 'bring',
  burnt: 'burn', swam: 'swim', stole: 'steal', fought: 'fight', caught: 'catch', felt: 'feel', lost: 'lose',
  was: 'be', were: 'be', is: 'be', are: 'be', am: 'be', been: 'be', has: 'have', had: 'have', did: 'do', does: 'do',
  overdosed: 'overdose', swallowed: 'swallow', cutting: 'cut', cuts: 'cut', hits: 'hit', hitting: 'hit',
  wants: 'want', wanted: 'want', wanting: 'want', wanna: 'want',
};

const NEGATORS = new Set(['not', 'no', 'never', 'nobody', 'noone', 'nothing', 'dont', 'doesnt', 'didnt', 'cant', 'cannot',
  'wont', 'isnt', 'arent', 'wasnt', 'werent', 'hasnt', 'havent', 'hadnt', 'couldnt', 'shouldnt', 'wouldnt', 'without']);
const DROP = new Set(['a', 'an', 'the', 'and', 'to', 'of', 'so', 'just', 'really', 'very', 'that', 'this', 'it', 'its', 'um', 'like']);
const NEG_WINDOW = 3;

/**
 * Everyday idioms built from danger words ("it would kill me to", "dying to", "killing it", "a gun to my
 * head", "stabbed us in the back"), on the normalised text. With `idioms`, each becomes one neutral word
 * before the features are taken, so the layer does not read "kill" or "die" in them. Only phrases that
 * never carry a risk are listed; "I'm losing my mind" and "I can't cope" are left for the layer to judge.
 */
export const IDIOMS = new RegExp([
  'would kill (me|us) to', '(?<!\\b(he|she|they|partner|husband|wife|boyfriend|girlfriend|ex|dad|father|mum|mother|son|daughter|brother|sister|someone|somebody) )(is|s|are|re|was|were|been) killing (me|us)\\b', 'killing (it|them) (at|in|on|with)\\b', 'killing it\\b',
  '(dying|dieing|die) (to|for) (start|go|get|try|see|do|meet|be|have|know|join|play|come|tell|show|a cup|a coffee|a brew|a wee|the loo)',
  '(bored|scared|frightened|worried|embarrassed|laughing|laughed) (to death|myself silly)', 'worried sick', 'sick (and|to death|to the back teeth) (tired|of)',
  'dead (set|keen|tired|easy|chuffed|proud|against|on)', 'over my dead body', 'to die for', 'killer blow',
  '(like|as if) (a|there was a) (gun|knife) (to|in|at) (my|our|his|her) (head|back|throat|heart)', 'stab(bed|bing)? (us|me|him|her|them) in the back',
  'shot (down|us down|it down|him down|her down)', '(went|go|goes|going) for (my|our|the) jugular',
  'throw(n|ing)? in the towel', 'live wire', 'at (the end of|my wits end|my wits|the end of my) (my )?(tether|wits)',
  'could (scream|cry|spit|burst)', '(hit|hits) the roof', '(climbing|bouncing off) the walls', 'on the warpath',
  '(nearly|almost) (had|gave (me|us|him|her)) an? (heart attack|breakdown)', '(nearly|almost) died of (embarrassment|shame|shock|laughing)',
  '(killing|killed|kills) (him|her|my|them|your)sel(f|ves) laughing', 'hell on earth', 'hell and back', 'through the (wringer|mill)',
  'looked daggers', '(feel|felt|feels|feeling) like (i|ive|i have|id|i had|we|weve|we have)( been)? (punched|kicked|hit) in the (gut|stomach|teeth)',
  '(nearly |almost )?jumped out of (my|his|her) skin', 'at each others? throats', 'go(ing|es)? to war (with|for|over)', 'ticking time ?bomb',
  'dead to (him|her|me|them|us)', 'wine oclock', 'running on empty', '(went|go|goes|going|gone) ballistic', 'off the rails',
  'hit hard by the (news|loss|change|move|diagnosis)', '(nearly|almost) killed me (with|wiv|w) (her|his|their) (sass|cheek|attitude|jokes)',
  'throw (the|my) (laptop|computer|phone|printer|ipad) out of the window', '(my )?heart (nearly|almost) stopped', '(nearly|almost) fell off my chair',
  '(shooting|shoot|shot) hoops',
  '(go|goes|went|going|gone) to bat for', 'twist(ed|s|ing)? the knife', 'kill(ing|s|ed)? off (his|her|their|the|our)',
  'drowning in (paperwork|reports|forms|emails|appointments|admin|meetings|letters|jargon)', '(gave|give|gives|giving) (me|us) an? heart attack',
  '(shaking|shook) with (relief|rage|anger|nerves|excitement)', 'walking on eggshells (with|around) the (school|council|la|senco)',
  '(keeps |is |s |been )?missing (his|her|their) (stop|bus|train|old|friends?|mates|ta|teacher|dad|mum|nan|gran|brother|sister|dog|cat|school|lessons?|classes)\\b',
  'fitting in (better|well|with|at school|okay|ok|fine)', 'knife and fork', '(cut|cutting) up (his|her|their|my) (own )?food( with a knife)?',
  'knife crime (talk|leaflet|assembly|lesson|workshop|awareness|poster|week)',
].map((p) => `\\b${p}`).join('|'), 'g');

function tokens(text: string, spellings: Record<string, string>, idioms = false): string[] {
  const out: string[] = [];
  const norm = idioms ? basicNormalise(text).replace(IDIOMS, ' idiom ') : basicNormalise(text);
  for (const raw of norm.split(' ')) {
    if (!raw) continue;
    const w0 = Object.hasOwn(spellings, raw) ? spellings[raw] : raw; // own names only: "constructor" is a word here
    for (const w of (TEXT_SPEAK[w0] ?? w0).split(' ')) out.push(w);
  }
  return out;
}

/** Stems are looked up once per word: most words recur, and training reads a few thousand messages. */
const stems = new Map<string, string>();
function stemOf(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    s = stem(Object.hasOwn(IRREGULAR, w) ? IRREGULAR[w] : w).replace(/(?<=...)e$/, ''); // "take" and "taking" → "tak"
    if (stems.size < 50000) stems.set(w, s);
  }
  return s;
}

/** A word's letter n-grams, padded with < and >: "#<sui", "#suic"… (none for short words, or with n = 0). */
function wordGrams(w: string, n: number): string[] {
  if (n <= 0 || w.length <= n) return [];
  const padded = `<${w}>`;
  const out: string[] = [];
  for (let i = 0; i + n <= padded.length; i++) out.push(`#${padded.slice(i, i + n)}`);
  return out;
}

/** The features of one piece of text: stems, neighbouring pairs, and negated stems. */
export function safetyFeatures(text: string, spellings: Record<string, string> = {}, charGrams = 0, idioms = false): string[] {
  const feats = new Set<string>();
  let negLeft = 0;
  let prev = '';
  for (const w of tokens(text, spellings, idioms)) {
    if (NEGATORS.has(w)) {
      negLeft = NEG_WINDOW;
      feats.add('NEG');
      prev = 'not';
      continue;
    }
    if (DROP.has(w)) continue;
    const s = stemOf(w);
    feats.add(s);
    for (const g of wordGrams(w, charGrams)) feats.add(g);
    if (prev) feats.add(`${prev}_${s}`);
    if (negLeft > 0) {
      feats.add(`not_${s}`);
      negLeft--;
    }
    prev = s;
  }
  return [...feats];
}

/** Where a long message splits into sentences: end punctuation, new lines, and a few joining words. */
const SPLIT = /[.!?;\n]+|\s(?:but|and then|also|btw)\s/gi;

/**
 * A message cut at SPLIT: the pieces between the cuts, and the cuts themselves (`separators[i]` follows
 * `pieces[i]`). The message's words are the pieces' and the separators' words, in order.
 */
function cut(text: string): { pieces: string[]; separators: string[] } {
  const pieces: string[] = [];
  const separators: string[] = [];
  let last = 0;
  SPLIT.lastIndex = 0;
  for (let m = SPLIT.exec(text); m; m = SPLIT.exec(text)) {
    pieces.push(text.slice(last, m.index));
    separators.push(m[0]);
    last = m.index + m[0].length;
  }
  pieces.push(text.slice(last));
  separators.push('');
  return { pieces, separators };
}

/** A piece long enough to be scored as a sentence of its own. */
const isSentence = (piece: string) => piece.trim().length > 2;

/** isSentence(text.slice(from, to)), looking only at the ends (ASCII white space; any other character at an end: trim() itself). */
function isSentenceAt(text: string, from: number, to: number): boolean {
  let a = from, b = to;
  for (; a < b; a++) {
    const c = text.charCodeAt(a);
    if (c >= 128) return isSentence(text.slice(from, to));
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  for (; b > a; b--) {
    const c = text.charCodeAt(b - 1);
    if (c >= 128) return isSentence(text.slice(from, to));
    if (c !== 32 && (c < 9 || c > 13)) break;
  }
  return b - a > 2;
}

/** Whether text[from, to) is a cut of SPLIT's first branch alone: end punctuation and new lines, no letter or digit. */
function punctuationRun(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && c !== 33 && c !== 63 && c !== 59 && c !== 10) return false;
  }
  return true;
}

/** A long message is scored sentence by sentence too, so a risk buried in a long story is not diluted. */
export function segments(text: string): string[] {
  const parts = cut(text).pieces.map((s) => s.trim()).filter(isSentence);
  return parts.length > 1 ? [text, ...parts] : [text];
}

export interface SafetyScores { whole: number; sentences: number[]; spans: number[] }

export interface SafetyModel {
  /** Probability-like risk score in [0, 1]: the highest over the whole text and each sentence. */
  score(text: string): number;
  /**
   * The whole text's score, and each sentence's when the text has more than one, with where each sentence is:
   * sentence i is text.slice(spans[2i], spans[2i + 1]) (segments() gives the same sentences, trimmed).
   */
  scores(text: string): SafetyScores;
  /** The score of a set of features (safetyFeatures), the slow path the scores above must agree with. */
  scoreFeatures(features: string[]): number;
  threshold: number;
  /** The cut-offs the model was chosen with (absent: the defaults in src/core/safety.ts). */
  cutoffs?: SafetyCutoffs;
  /** Builds now what the model would build on first use (SafetyScreen.prepare). */
  prepare?(): void;
}

export interface TrainingSet { risk: string[]; ordinary: string[] }

export interface SafetyTrainingOptions {
  spellings?: Record<string, string>; threshold?: number; epochs?: number; riskWeight?: number; l2?: number; charGrams?: number; sentences?: boolean;
  /** Each sentence of a long ordinary message is an ordinary example too: the screen scores sentences, so it learns them. */
  ordinarySentences?: boolean;
  /**
   * Each risk message's riskiest sentence (when it has more than one), as a first pass of the model reads it, is
   * a risk example too, at this share of riskWeight (0 or absent: none). A story's danger is often one sentence:
   * learnt whole, its everyday words share the weight; learnt as that sentence as well, the words of danger carry
   * more of it.
   */
  riskSentenceWeight?: number;
  /** Heavy-ball momentum for the gradient steps (0: plain gradient descent). */
  momentum?: number;
  /** Everyday idioms (IDIOMS) become one neutral word before features are taken. */
  idioms?: boolean;
  /** Read with the nearest training messages too (safetyNeighbours.ts); recorded with the weights, nothing learnt. */
  neighbours?: SafetyNeighbourOptions;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Learns the weights by full-batch gradient descent with L2 regularisation (fixed order, no randomness).
 * Risk messages weigh more than ordinary ones: missing a risk is far worse than an extra check-in.
 * Run offline (npm run train:safety) and in the cross-validation of npm run eval, never at start-up.
 */
export function learnSafetyWeights(training: TrainingSet, options: SafetyTrainingOptions = {}): SafetyWeights {
  const spellings = options.spellings ?? {};
  const vocab = new Map<string, number>();
  const encode = (t: string): number[] => {
    const ids: number[] = [];
    for (const f of safetyFeatures(t, spellings, options.charGrams ?? 0, options.idioms ?? false)) {
      let id = vocab.get(f);
      if (id === undefined) vocab.set(f, (id = vocab.size));
      ids.push(id);
    }
    return ids;
  };
  const riskWeight = options.riskWeight ?? 1.5;
  const data: Example[] = [
    ...training.risk.map((t) => ({ x: encode(t), y: 1, wt: riskWeight })),
    ...training.ordinary.map((t) => ({ x: encode(t), y: 0, wt: 1 })),
  ];
  if (options.ordinarySentences) {
    for (const t of training.ordinary) for (const s of segments(t).slice(1)) data.push({ x: encode(s), y: 0, wt: 1 });
  }
  if (options.riskSentenceWeight) {
    // Which sentence is the risky one is not labelled: the model learnt without these examples chooses it.
    const first = fit(data, vocab.size, options);
    for (const t of training.risk) {
      const parts = segments(t).slice(1);
      if (parts.length < 2) continue;
      let best: number[] = [], top = -Infinity;
      for (const s of parts) {
        const x = encode(s);
        let z = first.bias;
        for (const id of x) z += first.w[id] ?? 0;
        if (z > top) { top = z; best = x; }
      }
      data.push({ x: best, y: 1, wt: riskWeight * options.riskSentenceWeight });
    }
  }
  const { w, bias } = fit(data, vocab.size, options);
  return {
    features: [...vocab.keys()], weights: Array.from(w), bias, charGrams: options.charGrams ?? 0, idioms: options.idioms ?? false,
    ...(options.neighbours ? { neighbours: { ...options.neighbours } } : {}),
  };
}

/** A training example: its feature ids, its label (1: risk) and its weight in the loss. */
type Example = { x: number[]; y: number; wt: number };

/** Full-batch gradient descent over the examples (the weights of features 0..size-1, and the bias). */
function fit(data: Example[], size: number, options: SafetyTrainingOptions): { w: Float64Array; bias: number } {
  // Packed into flat typed arrays: the same sums as over the lists, several times faster.
  const n = data.length;
  const starts = new Int32Array(n + 1);
  for (let d = 0; d < n; d++) starts[d + 1] = starts[d] + data[d].x.length;
  const ids = new Int32Array(starts[n]);
  const ys = new Float64Array(n);
  const weights = new Float64Array(n);
  for (let d = 0; d < n; d++) {
    ids.set(data[d].x, starts[d]);
    ys[d] = data[d].y;
    weights[d] = data[d].wt;
  }
  const w = new Float64Array(size);
  let bias = 0;
  const epochs = options.epochs ?? 300;
  const lr = 5, l2 = options.l2 ?? 0.002;
  // Heavy-ball momentum reaches the same weights in fewer passes (still deterministic).
  const momentum = options.momentum ?? 0;
  const grad = new Float64Array(size);
  const velocity = new Float64Array(size);
  let vb = 0;
  for (let e = 0; e < epochs; e++) {
    grad.fill(0);
    let gb = 0;
    for (let d = 0; d < n; d++) {
      const a = starts[d], b = starts[d + 1];
      let z = bias;
      for (let k = a; k < b; k++) z += w[ids[k]];
      const err = (sigmoid(z) - ys[d]) * weights[d];
      for (let k = a; k < b; k++) grad[ids[k]] += err;
      gb += err;
    }
    for (let i = 0; i < w.length; i++) {
      velocity[i] = momentum * velocity[i] - lr * (grad[i] / n + l2 * w[i]);
      w[i] += velocity[i];
    }
    vb = momentum * vb - (lr * gb) / n;
    bias += vb;
  }
  return { w, bias };
}

/**
 * The scorer for learned weights. Each word's own features (stem, letter grams) become weight ids once
 * and are cached, with its stem's number for the pairs ("<stem>_<next stem>", "not_<stem>": a table keyed by
 * the two stems' numbers), so no feature name is built per word; the message's words are walked once, adding to the
 * whole text's score and to its sentence's score at the same time; a stamp per feature (one array for the
 * whole text, one for the sentence) counts each feature once per text, as the feature sets in training do.
 */
export function safetyModelFrom(
  learned: SafetyWeights,
  options: { spellings?: Record<string, string>; threshold?: number; sentences?: boolean; cutoffs?: SafetyCutoffs } = {},
): SafetyModel {
  const spellings = options.spellings ?? {};
  const vocab = new Map<string, number>();
  learned.features.forEach((f, i) => vocab.set(f, i));
  const w = Float64Array.from(learned.weights);
  const bias = learned.bias;
  const { charGrams, idioms } = learned;
  // "a_b" is the pair of a and b, split at every "_", so a name with more than one still has every reading. Each
  // side is a number (sideIds), and the pairs an open-addressed table of two numbers: pairId(a, b) is the id of
  // the first feature that reads so, -1 for none.
  const sideIds = new Map<string, number>();
  const sideOf = (x: string) => {
    let id = sideIds.get(x);
    if (id === undefined) sideIds.set(x, (id = sideIds.size));
    return id;
  };
  const readings: number[] = []; // left side, right side, feature id
  learned.features.forEach((f, id) => {
    for (let i = f.indexOf('_'); i >= 0; i = f.indexOf('_', i + 1)) readings.push(sideOf(f.slice(0, i)), sideOf(f.slice(i + 1)), id);
  });
  let bits = 4;
  while (1 << bits < (readings.length / 3) * 2) bits++;
  const mask = (1 << bits) - 1;
  const pairLeft = new Int32Array(mask + 1).fill(-1), pairRight = new Int32Array(mask + 1), pairFeature = new Int32Array(mask + 1);
  const slotOf = (a: number, b: number) => {
    let h = Math.imul(a, 0x9e3779b1) ^ b;
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    return (h ^ (h >>> 13)) & mask;
  };
  for (let r = 0; r < readings.length; r += 3) {
    const a = readings[r], b = readings[r + 1];
    for (let i = slotOf(a, b); ; i = (i + 1) & mask) {
      if (pairLeft[i] === -1) { pairLeft[i] = a; pairRight[i] = b; pairFeature[i] = readings[r + 2]; break; }
      if (pairLeft[i] === a && pairRight[i] === b) break; // the first feature read so keeps it
    }
  }
  const pairId = (a: number, b: number): number => {
    if (a < 0 || b < 0) return -1;
    for (let i = slotOf(a, b); pairLeft[i] !== -1; i = (i + 1) & mask) if (pairLeft[i] === a && pairRight[i] === b) return pairFeature[i];
    return -1;
  };
  const notSide = sideIds.get('not') ?? -1;
  interface WordInfo { stem: string; side: number; ids: Int32Array; notId: number }
  const wordIds = new Map<string, WordInfo>();
  const idsOf = (word: string): WordInfo => {
    let info = wordIds.get(word);
    if (!info) {
      const s = stemOf(word);
      const found = [vocab.get(s), ...wordGrams(word, charGrams).map((g) => vocab.get(g))].filter((id): id is number => id !== undefined);
      const side = sideIds.get(s) ?? -1;
      info = { stem: s, side, ids: Int32Array.from(found), notId: pairId(notSide, side) };
      if (wordIds.size < 50000) wordIds.set(word, info);
    }
    return info;
  };
  const NEG_ID = vocab.get('NEG') ?? -1;
  /** A negator ("not", "never"…) as a token: it adds NEG and opens the negation window. */
  const NEGATOR: WordInfo = { stem: 'not', side: notSide, ids: new Int32Array(0), notId: -1 };
  // A normalised word's tokens, worked out once with one look-up: its spelling and text-speak (tokens()), each
  // word's weight ids (idsOf), a negator as NEGATOR, and no token for a word the layer drops (DROP). The words
  // seen are kept in an open-addressed table (up to 50,000), found by the characters of the text itself: no
  // word is copied out of the text to be looked up.
  const tokensOf = (raw: string): WordInfo[] => {
    const w0 = Object.hasOwn(spellings, raw) ? spellings[raw] : raw;
    const full = TEXT_SPEAK[w0] ?? w0;
    const t: WordInfo[] = [];
    for (const word of full.includes(' ') ? full.split(' ') : [full]) {
      if (NEGATORS.has(word)) t.push(NEGATOR);
      else if (!DROP.has(word)) t.push(idsOf(word));
    }
    return t;
  };
  const WORD_SLOTS = 1 << 17, WORDS_KEPT = 50000;
  const wordKeys: Array<string | undefined> = new Array(WORD_SLOTS), wordTokens: WordInfo[][] = new Array(WORD_SLOTS);
  let wordsKept = 0;
  /** tokensOf(text.slice(a, b)). */
  const tokensAt = (text: string, a: number, b: number): WordInfo[] => {
    let h = 0x811c9dc5;
    for (let i = a; i < b; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    let slot = (h ^ (h >>> 15)) & (WORD_SLOTS - 1);
    for (let key = wordKeys[slot]; key !== undefined; slot = (slot + 1) & (WORD_SLOTS - 1), key = wordKeys[slot]) {
      if (key.length === b - a && text.startsWith(key, a)) return wordTokens[slot];
    }
    const raw = text.slice(a, b);
    const t = tokensOf(raw);
    if (wordsKept < WORDS_KEPT) { wordKeys[slot] = raw; wordTokens[slot] = t; wordsKept++; }
    return t;
  };
  interface Stream { z: number; prev: string; side: number; negLeft: number; gen: number; stamps: Uint32Array }
  const stream = (): Stream => ({ z: 0, prev: '', side: -1, negLeft: 0, gen: 0, stamps: new Uint32Array(vocab.size) });
  const open = (s: Stream) => {
    if (++s.gen === 0xffffffff) { s.stamps.fill(0); s.gen = 1; }
    s.z = bias; s.prev = ''; s.side = -1; s.negLeft = 0;
  };
  const add = (s: Stream, id: number | undefined) => {
    if (id !== undefined && id >= 0 && s.stamps[id] !== s.gen) { s.stamps[id] = s.gen; s.z += w[id]; }
  };
  const step = (s: Stream, info: WordInfo) => {
    if (info === NEGATOR) { s.negLeft = NEG_WINDOW; add(s, NEG_ID); s.prev = 'not'; s.side = notSide; return; }
    const ids = info.ids;
    for (let i = 0; i < ids.length; i++) add(s, ids[i]);
    if (s.prev) add(s, pairId(s.side, info.side));
    if (s.negLeft > 0) { add(s, info.notId); s.negLeft--; }
    s.prev = info.stem;
    s.side = info.side;
  };
  const whole = stream();
  const part = stream();
  /** Steps the whole text's stream, and the sentence's when `sentence`, over the words (tokens()) of text[from, to). */
  const walk = (text: string, from: number, to: number, sentence: boolean) => {
    const norm = idioms ? normaliseRange(text, from, to).replace(IDIOMS, ' idiom ') : normaliseRange(text, from, to);
    for (let a = 0; a <= norm.length;) {
      let b = norm.indexOf(' ', a);
      if (b < 0) b = norm.length;
      if (b > a) {
        const t = tokensAt(norm, a, b);
        for (let i = 0; i < t.length; i++) {
          if (sentence) step(part, t[i]);
          step(whole, t[i]);
        }
      }
      a = b + 1;
    }
  };
  // The message's cuts (cut()), as places in it, reused from message to message: piece i is
  // text[pieceStart[i], cutAt[i]) and the cut after it text[cutAt[i], cutEnd[i]).
  let pieceStart = new Int32Array(256), cutAt = new Int32Array(256), cutEnd = new Int32Array(256);
  const scores = (text: string): SafetyScores => {
    let count = 0, last = 0;
    const cutHere = (at: number, end: number) => {
      if (count >= pieceStart.length) {
        const grow = (x: Int32Array) => { const g = new Int32Array(x.length * 2); g.set(x); return g; };
        pieceStart = grow(pieceStart); cutAt = grow(cutAt); cutEnd = grow(cutEnd);
      }
      pieceStart[count] = last; cutAt[count] = at; cutEnd[count++] = end;
      last = end;
    };
    SPLIT.lastIndex = 0;
    for (let m = SPLIT.exec(text); m; m = SPLIT.exec(text)) cutHere(m.index, m.index + m[0].length);
    cutHere(text.length, text.length);
    let sentenceCount = 0;
    for (let i = 0; i < count; i++) if (isSentenceAt(text, pieceStart[i], cutAt[i])) sentenceCount++;
    const sentences = sentenceCount > 1;
    const out: number[] = [], spans: number[] = [];
    open(whole);
    for (let i = 0; i < count; i++) {
      const sentence = sentences && isSentenceAt(text, pieceStart[i], cutAt[i]);
      if (sentence) open(part);
      walk(text, pieceStart[i], cutAt[i], sentence);
      if (sentence) { out.push(sigmoid(part.z)); spans.push(pieceStart[i], cutAt[i]); }
      // A run of end punctuation or new lines normalises to nothing: only a joining word ("but") has words to walk.
      if (cutEnd[i] > cutAt[i] && !punctuationRun(text, cutAt[i], cutEnd[i])) walk(text, cutAt[i], cutEnd[i], false);
    }
    return { whole: sigmoid(whole.z), sentences: out, spans };
  };
  const scoreFeatures = (features: string[]) => {
    let z = bias;
    for (const f of new Set(features)) z += w[vocab.get(f) ?? -1] ?? 0;
    return sigmoid(z);
  };
  return {
    threshold: options.threshold ?? options.cutoffs?.whole ?? 0.5,
    cutoffs: options.cutoffs,
    scores,
    scoreFeatures,
    score(text: string): number {
      const s = scores(text);
      return options.sentences === false ? s.whole : Math.max(s.whole, ...s.sentences);
    },
  };
}

/** Learns the weights and returns their scorer (the cross-validation's path; the bot reads the weights from a file). */
export function trainSafetyModel(training: TrainingSet, options: SafetyTrainingOptions & { cutoffs?: SafetyCutoffs } = {}): SafetyModel {
  return safetyModelFrom(learnSafetyWeights(training, options), options);
}
