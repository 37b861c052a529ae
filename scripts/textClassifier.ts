/**
 * A discriminative text classifier: multinomial logistic regression (softmax) over sparse features of a
 * message, one class per entry (and any "none" classes the caller adds). Where naive Bayes and the closest
 * labelled message say how much a message looks like an entry's wording, this learns which words tell one
 * entry from its neighbours.
 *
 * Features: the message's terms (the matcher's content stems: the caller chooses), binary,
 * the vector scaled to unit length. Trained by AdaGrad over the examples in a fixed shuffled order (a seeded
 * generator), a set number of epochs, an L2 penalty on the weights each example touches: the same examples
 * give the same weights. Scoring is one sparse dot product per class.
 *
 * Not a signal of the matcher today: as re-ranking features it gave more right answers to long messages but
 * declined fewer out-of-scope ones (src/core/matcher.ts, TUNING's notes). scripts/classifierEval.ts measures it.
 *
 * Pure: no I/O.
 */

export interface ClassifierExample {
  /** The message's terms (repeats count once). */
  terms: readonly string[];
  /** The classes that are right for it (several: the target is shared between them). */
  classes: readonly number[];
}

export interface ClassifierOptions {
  /** Passes over the examples. */
  epochs?: number;
  /** AdaGrad's base step. */
  rate?: number;
  /** L2 penalty on the weights (per update of a weight). */
  l2?: number;
  /** Terms seen in fewer examples than this are dropped. */
  minCount?: number;
  /** Seed of the fixed example order. */
  seed?: number;
}

export interface TextClassifier {
  readonly classes: number;
  /** Each class's chance for a message's terms (sums to 1; for a message with no known term, the classes' learned base rates). */
  probabilities(terms: readonly string[]): Float64Array;
  /** How many of the message's terms the classifier knows. */
  known(terms: readonly string[]): number;
}

/**
 * Chosen by 5-fold cross-validation by thread on the labelled messages (scripts/classifierEval.ts), top-1 on
 * the long ones / the short ones: 3 epochs at rate 1, L2 1e-3, terms seen twice or more, no pairs: 82.8 / 86.8%.
 * Tried: L2 1e-5 (8 epochs, with pairs) 73.8 / 87.9%; 1e-4 80.3 / 87.5%; 3e-4 81.0 / 86.0%; 3e-3 74.6 / 83.2%;
 * adjacent pairs as terms at L2 1e-3 79.7 / 85.1% (and many more terms: slower, more memory); 4 or 6 epochs at
 * rate 0.5 no better (81.8, 80.4% long); one AdaGrad step size per term rather than per weight 63.7 / 75.6%.
 */
export const CLASSIFIER_OPTIONS = { epochs: 3, rate: 1, l2: 1e-3, minCount: 2 };

/** A small deterministic generator (mulberry32): the example order is the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Gradients smaller than this leave a class's weights alone (most classes, once the model has learned). */
const SKIP = 1e-4;

export function trainClassifier(examples: readonly ClassifierExample[], classes: number, options: ClassifierOptions = {}): TextClassifier {
  const epochs = options.epochs ?? CLASSIFIER_OPTIONS.epochs;
  const rate = options.rate ?? CLASSIFIER_OPTIONS.rate;
  const l2 = options.l2 ?? CLASSIFIER_OPTIONS.l2;
  const minCount = options.minCount ?? CLASSIFIER_OPTIONS.minCount;
  const C = classes;

  // The vocabulary: terms seen in at least minCount examples, numbered in order of first sight.
  const df = new Map<string, number>();
  for (const ex of examples) for (const t of new Set(ex.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const ids = new Map<string, number>();
  for (const ex of examples) for (const t of ex.terms) if (!ids.has(t) && (df.get(t) ?? 0) >= minCount) ids.set(t, ids.size);
  const V = ids.size;

  const encode = (terms: readonly string[]): Int32Array => {
    const seen = new Set<number>();
    for (const t of terms) {
      const id = ids.get(t);
      if (id !== undefined) seen.add(id);
    }
    return Int32Array.from(seen);
  };
  const data = examples.map((ex) => ({ x: encode(ex.terms), y: ex.classes.filter((c) => c >= 0 && c < C) })).filter((d) => d.y.length);

  // Weights laid out by term: a term's C weights side by side, so a message reads only its terms' rows.
  const W = new Float32Array(V * C);
  const G = new Float32Array(V * C);
  const b = new Float64Array(C);
  const gb = new Float64Array(C);
  const p = new Float64Array(C);
  const target = new Float64Array(C);

  const order = data.map((_, i) => i);
  const random = generator(options.seed ?? 1);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const at of order) {
      const { x, y } = data[at];
      const value = x.length ? 1 / Math.sqrt(x.length) : 0;
      // Forward: the logits, then the softmax.
      for (let c = 0; c < C; c++) p[c] = b[c];
      for (let k = 0; k < x.length; k++) {
        const row = x[k] * C;
        for (let c = 0; c < C; c++) p[c] += W[row + c] * value;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) if (p[c] > max) max = p[c];
      let sum = 0;
      for (let c = 0; c < C; c++) { p[c] = Math.exp(p[c] - max); sum += p[c]; }
      target.fill(0);
      for (const c of y) target[c] += 1 / y.length;
      // Backward: AdaGrad on the rows of the message's terms and on the biases.
      for (let c = 0; c < C; c++) {
        const g = p[c] / sum - target[c];
        if (g > -SKIP && g < SKIP) continue;
        gb[c] += g * g;
        b[c] -= (rate * g) / Math.sqrt(gb[c]);
        const gx = g * value;
        for (let k = 0; k < x.length; k++) {
          const w = x[k] * C + c;
          const gw = gx + l2 * W[w];
          G[w] += gw * gw;
          W[w] -= (rate * gw) / Math.sqrt(G[w]);
        }
      }
    }
  }

  const scratch = new Float64Array(C);
  return {
    classes: C,
    known: (terms) => encode(terms).length,
    probabilities(terms) {
      const x = encode(terms);
      const value = x.length ? 1 / Math.sqrt(x.length) : 0;
      for (let c = 0; c < C; c++) scratch[c] = b[c];
      for (let k = 0; k < x.length; k++) {
        const row = x[k] * C;
        for (let c = 0; c < C; c++) scratch[c] += W[row + c] * value;
      }
      let max = -Infinity;
      for (let c = 0; c < C; c++) if (scratch[c] > max) max = scratch[c];
      const out = new Float64Array(C);
      let sum = 0;
      for (let c = 0; c < C; c++) { out[c] = Math.exp(scratch[c] - max); sum += out[c]; }
      for (let c = 0; c < C; c++) out[c] /= sum;
      return out;
    },
  };
}

/**
 * A message's terms for the classifier: its content stems (as the matcher reads them, in order) and, with
 * `pairs`, each adjacent two joined ("annual_review", "section_f").
 */
export function classifierTerms(words: readonly string[], pairs = false): string[] {
  const out = [...words];
  if (pairs) for (let i = 1; i < words.length; i++) out.push(`${words[i - 1]}_${words[i]}`);
  return out;
}
