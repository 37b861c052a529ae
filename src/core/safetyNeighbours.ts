import { normaliseRange } from './safetyText';
import type { SafetyModel, SafetyScores } from './safetyModel';
import { segments } from './safetyModel';

/**
 * The safety screen's second layer reads each piece of a message with two models: the learnt weights
 * (safetyModel.ts) and, here, the nearest training messages. A piece is compared (cosine of TF-IDF word and
 * word-pair vectors) with every risk message and every ordinary message or sentence; its neighbour score is
 * the mean similarity of its `count` closest risk messages less that of its `count` closest ordinary ones,
 * from -1 to 1. Added to the weights' log-odds, it lets a message that reads like known danger, in words the
 * weights gave little to, reach the check-in. Left out by whole batches in cross-validation, at the same false
 * alarms: the layer alone (read so at weight 30) missed 778 risk messages instead of 1,400; with the patterns
 * first, the cut-offs train:safety chooses and weight 15, 34 of 10,402 instead of 47 (SAFETY_NEIGHBOURS in
 * src/core/safety.ts).
 * Pure: built once from the training messages, just after the server starts listening (nothing is learnt), then
 * read-only.
 */

/**
 * A term in more than this share of the messages and sentences counts for nothing, as a stop word does: the
 * common ones carry little (their weight, the log of how rare they are, is small) and cost the most to compare.
 * Left out by batch, 0.005 missed 32 risk messages where 0.02 missed 34 and 0.01 31, at the same false alarms,
 * and a 4,000-character story costs about 0.7 ms less (npm run bench).
 */
const COMMON_SHARE = 0.005;

/** Words too common to tell messages apart; pairs are taken over the words left. */
const STOP = new Set('a an the and to of so just really very that this it its um like is was be in on at for with'.split(' '));

/**
 * A text's words, less the common ones. normaliseRange is basicNormalise in one pass over ASCII text (the same
 * words; test/safety.text.test.ts holds the two equal): each sentence of a long message is read here.
 */
const wordsOf = (text: string) => normaliseRange(text).split(' ').filter((w) => w && !STOP.has(w));

/**
 * A piece is read in windows of this many words, half overlapping, and scores as its highest window: about a long
 * sentence, so a message with no full stops costs a few windows, not a comparison of all of it with every message.
 */
const WINDOW = 40;

export interface NeighbourIndex {
  /** The neighbour score of a piece of text, from -1 (reads like ordinary messages) to 1 (like risk ones). */
  score(text: string): number;
  /** Builds the index now, if it is built on first use (lazyNeighbourIndex). */
  prepare?(): void;
}

/**
 * The index built on first use, or by prepare(): a second or so of start-up, which the server spends just after it
 * starts listening, as it does the pattern scan's.
 */
export function lazyNeighbourIndex(training: { risk: readonly string[]; ordinary: readonly string[] }, count: number): NeighbourIndex {
  let index: NeighbourIndex | undefined;
  const built = () => (index ??= neighbourIndex(training, count));
  return { score: (text) => built().score(text), prepare: () => void built() };
}

/**
 * The index of the training messages: risk messages whole, ordinary messages whole and sentence by sentence
 * (the screen reads sentences, so a sentence of an everyday story is an everyday neighbour).
 */
export function neighbourIndex(training: { risk: readonly string[]; ordinary: readonly string[] }, count = 5, commonShare = COMMON_SHARE): NeighbourIndex {
  // Every term gets a number as it is first seen; each row (a message or sentence) is a list of term numbers and
  // counts, with no map of its own (start-up builds this from tens of thousands of rows).
  const termIds = new Map<string, number>();
  // A pair's term, found by its two words' numbers: a text's pairs are looked up without building their text.
  const pairIds = new Map<number, number>();
  const pairKey = (a: number, b: number) => a * 4194304 + b;
  let df = new Int32Array(1 << 16), lastRow = new Int32Array(1 << 16), placeInRow = new Int32Array(1 << 16);
  const rowStart = [0], rowTerm: number[] = [], rowCount: number[] = [], isRisk: boolean[] = [];
  const idOf = (t: string): number => {
    let id = termIds.get(t);
    if (id === undefined) {
      termIds.set(t, (id = termIds.size));
      if (id >= df.length) {
        const grow = (x: Int32Array) => { const g = new Int32Array(x.length * 2); g.set(x); return g; };
        df = grow(df); lastRow = grow(lastRow); placeInRow = grow(placeInRow);
      }
      lastRow[id] = -1;
    }
    return id;
  };
  const addRow = (text: string, risk: boolean) => {
    const row = isRisk.length;
    const words = wordsOf(text);
    const see = (t: string): number => {
      const id = idOf(t);
      if (lastRow[id] === row) { rowCount[placeInRow[id]]++; return id; }
      lastRow[id] = row; df[id]++; placeInRow[id] = rowTerm.length;
      rowTerm.push(id); rowCount.push(1);
      return id;
    };
    for (let i = 0; i < words.length; i++) {
      const word = see(words[i]);
      if (i > 0) pairIds.set(pairKey(termIds.get(words[i - 1])!, word), see(`${words[i - 1]} ${words[i]}`));
    }
    rowStart.push(rowTerm.length);
    isRisk.push(risk);
  };
  for (const t of training.risk) addRow(t, true);
  for (const t of training.ordinary) for (const s of segments(t)) addRow(s, false);
  const rows = isRisk.length;
  const idf = new Float64Array(termIds.size);
  for (let id = 0; id < idf.length; id++) idf[id] = df[id] > commonShare * rows ? 0 : Math.max(0, Math.log(rows / (1 + df[id])));
  /** Terms and counts, weighted and scaled to length 1 (a term that counts for nothing is left out). */
  const vector = (terms: number[], counts: number[]): { id: number[]; w: number[] } => {
    const id: number[] = [], w: number[] = [];
    let norm = 0;
    for (let j = 0; j < terms.length; j++) {
      const i = terms[j];
      if (idf[i] === 0) continue;
      const x = (1 + Math.log(counts[j])) * idf[i];
      id.push(i); w.push(x); norm += x * x;
    }
    norm = Math.sqrt(norm) || 1;
    for (let j = 0; j < w.length; j++) w[j] /= norm;
    return { id, w };
  };
  /**
   * A text's known terms (words and pairs the training messages hold), in the order first seen, and their counts.
   * A stamp per term counts each once per text, with no map built per text.
   */
  const stamp = new Int32Array(termIds.size);
  let generation = 0;
  const termsOf = (words: string[]): { terms: number[]; counts: number[] } => {
    const terms: number[] = [], counts: number[] = [];
    if (++generation === 0x40000000) { stamp.fill(0); generation = 1; }
    const see = (id: number | undefined) => {
      if (id === undefined) return;
      if (stamp[id] === generation) { counts[terms.lastIndexOf(id)]++; return; }
      stamp[id] = generation;
      terms.push(id); counts.push(1);
    };
    let prev: number | undefined;
    for (let i = 0; i < words.length; i++) {
      const word = termIds.get(words[i]);
      see(word);
      if (i > 0 && prev !== undefined && word !== undefined) see(pairIds.get(pairKey(prev, word)));
      prev = word;
    }
    return { terms, counts };
  };
  // Postings: for each term, the rows that hold it and its weight there, in flat typed arrays.
  const starts = new Int32Array(idf.length + 1);
  const vectors = isRisk.map((_, r) => vector(rowTerm.slice(rowStart[r], rowStart[r + 1]), rowCount.slice(rowStart[r], rowStart[r + 1])));
  for (const v of vectors) for (const i of v.id) starts[i + 1]++;
  for (let i = 0; i < idf.length; i++) starts[i + 1] += starts[i];
  const postRow = new Int32Array(starts[idf.length]);
  const postWeight = new Float32Array(starts[idf.length]);
  const fill = starts.slice();
  vectors.forEach((v, row) => v.id.forEach((i, j) => { postRow[fill[i]] = row; postWeight[fill[i]++] = v.w[j]; }));
  // What only the building needed: the closures below share this scope, so anything left here would be kept.
  vectors.length = 0; rowTerm.length = 0; rowCount.length = 0; rowStart.length = 0;
  df = lastRow = placeInRow = new Int32Array(0);
  const risky = Uint8Array.from(isRisk, (x) => (x ? 1 : 0));
  const sums = new Float32Array(rows);
  const touched = new Int32Array(rows);
  const seen = new Uint8Array(rows);
  const topRisk = new Float64Array(count), topOrdinary = new Float64Array(count);
  /** Keeps the `count` largest values in `top` (descending), a value at a time. */
  const keep = (top: Float64Array, x: number) => {
    if (x <= top[count - 1]) return;
    let j = count - 1;
    for (; j > 0 && top[j - 1] < x; j--) top[j] = top[j - 1];
    top[j] = x;
  };
  const mean = (top: Float64Array) => { let s = 0; for (let j = 0; j < count; j++) s += top[j]; return s / count; };
  const scoreWords = (words: string[]): number => {
    const t = termsOf(words);
    const q = vector(t.terms, t.counts);
    let n = 0;
    for (let j = 0; j < q.id.length; j++) {
      const i = q.id[j], x = q.w[j];
      for (let p = starts[i], end = starts[i + 1]; p < end; p++) {
        const row = postRow[p];
        if (!seen[row]) { seen[row] = 1; touched[n++] = row; }
        sums[row] += x * postWeight[p];
      }
    }
    topRisk.fill(0); topOrdinary.fill(0);
    for (let j = 0; j < n; j++) {
      const row = touched[j];
      keep(risky[row] ? topRisk : topOrdinary, sums[row]);
      sums[row] = 0; seen[row] = 0;
    }
    return mean(topRisk) - mean(topOrdinary);
  };
  return {
    score(text: string): number {
      const words = wordsOf(text);
      if (words.length <= WINDOW) return scoreWords(words);
      let best = -1;
      for (let i = 0; i < words.length - WINDOW / 2; i += WINDOW / 2) best = Math.max(best, scoreWords(words.slice(i, i + WINDOW)));
      return best;
    },
  };
}

/** Log-odds, with the ends held inside the range a float can turn back into a probability. */
const logit = (p: number) => { const x = Math.min(Math.max(p, 1e-12), 1 - 1e-12); return Math.log(x / (1 - x)); };
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The weights' model with the neighbours added to each piece it scores: sigmoid(log-odds + weight × neighbour
 * score), for a text of one sentence, or for each sentence of a longer one (the sentences the weights scored,
 * where they say they are) and for its whole text with the highest of its sentences' neighbour scores.
 */
export function withNeighbours(model: SafetyModel, index: NeighbourIndex, weight: number): SafetyModel {
  /** A piece's score from the weights' score and its neighbour score. */
  const mix = (p: number, near: number) => sigmoid(logit(p) + weight * near);
  const scores = (text: string): SafetyScores => {
    const s = model.scores(text);
    if (!s.sentences.length) return { whole: mix(s.whole, index.score(text)), sentences: [], spans: [] };
    // A text of several sentences: each sentence with its own neighbours, the whole text with its riskiest
    // sentence's. Measured left out by batch, this caught more than the whole text's own neighbours (which
    // also cost many times as much) or the mean of its sentences', and more than no neighbours for the whole.
    const near = s.sentences.map((_, i) => index.score(text.slice(s.spans[2 * i], s.spans[2 * i + 1])));
    const nearest = Math.max(...near);
    return { whole: mix(s.whole, nearest), sentences: s.sentences.map((p, i) => mix(p, near[i])), spans: s.spans };
  };
  return {
    ...model,
    prepare: () => { model.prepare?.(); index.prepare?.(); },
    scores,
    score(text: string): number {
      const s = scores(text);
      return Math.max(s.whole, ...s.sentences);
    },
  };
}
