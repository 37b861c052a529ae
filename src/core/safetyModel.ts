import { basicNormalise, stem, TEXT_SPEAK } from './normalise';

/**
 * The second layer of the safety screen: a small logistic-regression classifier, trained once at
 * start-up on labelled risk and ordinary messages (knowledge/safety-training.yaml). The patterns
 * explain themselves; this layer generalises to wording no pattern lists. Pure and deterministic:
 * the same training messages always give the same weights.
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
].map((p) => `\\b${p}`).join('|'), 'g');

function tokens(text: string, spellings: Record<string, string>, idioms = false): string[] {
  const out: string[] = [];
  const norm = idioms ? basicNormalise(text).replace(IDIOMS, ' idiom ') : basicNormalise(text);
  for (const raw of norm.split(' ')) {
    if (!raw) continue;
    const w0 = spellings[raw] ?? raw;
    for (const w of (TEXT_SPEAK[w0] ?? w0).split(' ')) out.push(w);
  }
  return out;
}

/** Stems are looked up once per word: most words recur, and start-up trains on a few thousand messages. */
const stems = new Map<string, string>();
function stemOf(w: string): string {
  let s = stems.get(w);
  if (s === undefined) {
    s = stem(IRREGULAR[w] ?? w).replace(/(?<=...)e$/, ''); // "take" and "taking" → "tak"
    if (stems.size < 50000) stems.set(w, s);
  }
  return s;
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
    if (charGrams > 0 && w.length > charGrams) {
      const padded = `<${w}>`;
      for (let i = 0; i + charGrams <= padded.length; i++) feats.add(`#${padded.slice(i, i + charGrams)}`);
    }
    if (prev) feats.add(`${prev}_${s}`);
    if (negLeft > 0) {
      feats.add(`not_${s}`);
      negLeft--;
    }
    prev = s;
  }
  return [...feats];
}

/** A long message is scored sentence by sentence too, so a risk buried in a long story is not diluted. */
export function segments(text: string): string[] {
  const parts = text.split(/[.!?;\n]+|\s(?:but|and then|also|btw)\s/i).map((s) => s.trim()).filter((s) => s.length > 2);
  return parts.length > 1 ? [text, ...parts] : [text];
}

export interface SafetyModel {
  /** Probability-like risk score in [0, 1]: the highest over the whole text and each sentence. */
  score(text: string): number;
  threshold: number;
}

export interface TrainingSet { risk: string[]; ordinary: string[] }

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * Trains by full-batch gradient descent with L2 regularisation (fixed order, no randomness).
 * Risk messages weigh more than ordinary ones: missing a risk is far worse than an extra check-in.
 */
export function trainSafetyModel(
  training: TrainingSet,
  options: {
    spellings?: Record<string, string>; threshold?: number; epochs?: number; riskWeight?: number; l2?: number; charGrams?: number; sentences?: boolean;
    /** Each sentence of a long ordinary message is an ordinary example too: the screen scores sentences, so it learns them. */
    ordinarySentences?: boolean;
    /** Heavy-ball momentum for the gradient steps (0: plain gradient descent). */
    momentum?: number;
    /** Everyday idioms (IDIOMS) become one neutral word before features are taken. */
    idioms?: boolean;
  } = {},
): SafetyModel {
  const spellings = options.spellings ?? {};
  const vocab = new Map<string, number>();
  const encode = (t: string, grow: boolean): number[] => {
    const ids: number[] = [];
    for (const f of safetyFeatures(t, spellings, options.charGrams ?? 0, options.idioms ?? false)) {
      let id = vocab.get(f);
      if (id === undefined && grow) vocab.set(f, (id = vocab.size));
      if (id !== undefined) ids.push(id);
    }
    return ids;
  };
  const data: Array<{ x: number[]; y: number }> = [
    ...training.risk.map((t) => ({ x: encode(t, true), y: 1 })),
    ...training.ordinary.map((t) => ({ x: encode(t, true), y: 0 })),
  ];
  if (options.ordinarySentences) {
    for (const t of training.ordinary) for (const s of segments(t).slice(1)) data.push({ x: encode(s, true), y: 0 });
  }
  // Packed into flat typed arrays: the same sums as over the lists, several times faster at start-up.
  const n = data.length;
  const starts = new Int32Array(n + 1);
  for (let d = 0; d < n; d++) starts[d + 1] = starts[d] + data[d].x.length;
  const ids = new Int32Array(starts[n]);
  const ys = new Float64Array(n);
  const weights = new Float64Array(n);
  const riskWeight = options.riskWeight ?? 1.5;
  for (let d = 0; d < n; d++) {
    ids.set(data[d].x, starts[d]);
    ys[d] = data[d].y;
    weights[d] = data[d].y === 1 ? riskWeight : 1;
  }
  const w = new Float64Array(vocab.size);
  let bias = 0;
  const epochs = options.epochs ?? 300;
  const lr = 5, l2 = options.l2 ?? 0.002;
  // Heavy-ball momentum reaches the same weights in fewer passes (still deterministic).
  const momentum = options.momentum ?? 0;
  const grad = new Float64Array(vocab.size);
  const velocity = new Float64Array(vocab.size);
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
  const scoreOne = (t: string) => {
    let z = bias;
    for (const i of encode(t, false)) z += w[i];
    return sigmoid(z);
  };
  return {
    threshold: options.threshold ?? 0.5,
    score(text: string): number {
      let best = 0;
      for (const s of options.sentences === false ? [text] : segments(text)) best = Math.max(best, scoreOne(s));
      return best;
    },
  };
}
