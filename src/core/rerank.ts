/**
 * The re-ranking and confidence step for long messages: a logistic regression over the matcher's few best
 * candidates. Each candidate is described by the features below (its score and rank, how far ahead it is,
 * how its question sentence and the whole story score it, how many of the message's rare words its entry
 * uses…); the model gives the chance that the candidate is the entry the parent is asking about. The best
 * chance decides: an answer above `answer`, "Did you mean…" above `options`, otherwise the honest reply.
 *
 * Pure: the weights are learned offline (scripts/trainMatcher.ts) from knowledge/matcher-training/ and kept
 * in knowledge/matcher-model.yaml, which the loader validates.
 */

/** The features of both models' rows, in order: the matcher's scores and the content words' evidence. */
export const BASE_FEATURES = [
  'score', // the matcher's score (the weighted sum of TUNING)
  'first', // 1 for the matcher's first candidate
  'rank', // 1 / (rank + 1)
  'gapTop', // the first candidate's score minus this one's
  'gapNext', // this score minus the next candidate's
  'jac', 'tri', 'nb', 'doc', 'query', 'bag', 'full', // the matcher's own features
  'whole', // the score on the whole message alone
  'wholeFirst', // 1 when this entry is the best on the whole message alone
  'part', // the best score on the question sentence(s) alone (0: none singled out)
  'partFirst', // 1 when this entry is the best on the question sentence(s) alone
  'nbFirst', // 1 when this entry is the naive Bayes favourite
  'triFirst', // 1 when this entry is the trigram favourite
  'rare', // share (idf-weighted) of the message's rare words that this entry uses anywhere
  'rareQ', // the same, in the entry's questions, title and topics
  'title', // share (idf-weighted) of the entry's title words in the message
  'partBag', // share of the question sentence's words found in the entry's questions, title and topics
  'length', // log of the message's content-word count
  'asks', // 1 when the message has a question mark
  'example', // the closest labelled training message of this entry (weighted Jaccard)
  'exampleFirst', // 1 when this entry has the closest labelled training message
  'send', // log of the number of special-needs words in the message (the same for every candidate: against "none")
  'alone', // 1 when the thresholds alone (TUNING, no model) answer with this entry
  'aloneOption', // 1 when the thresholds alone offer this entry in "Did you mean…"
  'pooled', // naive Bayes over all this entry's labelled messages and its questions: its share among the candidates
  'pooledFirst', // 1 when this entry is that naive Bayes favourite
  'noneExample', // the closest labelled message no entry answers (the same for every candidate: against "none")
] as const;

/**
 * A long message's features, in the order of a row (the model file lists them too, so a stale file is caught):
 * the base ones, then what the labelled messages say read over every word of its question sentence(s), the small
 * ones included ("how long", "myself", "can I"): two entries on the same subject often differ only by the kind
 * of question, which the content words cannot see.
 */
export const RERANK_FEATURES = [
  ...BASE_FEATURES,
  'qAllPooled', // naive Bayes over every word (and adjacent pair) of the question sentence(s): the entry's share among the candidates
  'qAllPooledFirst', // 1 when this entry is that naive Bayes favourite
] as const;
export type RerankFeature = (typeof RERANK_FEATURES)[number];

/**
 * A short message's features: the long ones, then what the labelled messages say about each candidate read
 * over ALL the message's words, the small ones included ("who", "can", "myself", "how long"): for a short
 * question they are often what tells two entries on the same subject apart, and the content words alone
 * cannot see them.
 */
export const SHORT_FEATURES = [
  ...BASE_FEATURES,
  'allPooled', // naive Bayes over every word (and adjacent pair) of the entry's labelled messages and questions: its share among the candidates
  'allPooledFirst', // 1 when this entry is that naive Bayes favourite
  'allExample', // the closest labelled message of this entry over every word (weighted Jaccard)
  'allExampleFirst', // 1 when this entry has that closest labelled message
  'allNone', // the closest labelled message no entry answers, over every word (against "none")
  'unknown', // share (idf-weighted) of the message's words no entry uses anywhere: a name, a place, another subject (against "none")
  'aloneNone', // 1 when the thresholds alone decline the message (against "none")
] as const;

export interface RerankModel {
  features: string[];
  weights: number[];
  /**
   * pointwise: each candidate's chance on its own (a logistic regression, `bias` its intercept);
   * listwise: the candidates and "none of them" share one chance (a softmax, `bias` the utility of "none").
   */
  form?: 'pointwise' | 'listwise';
  bias: number;
  /** How many of the matcher's first candidates are re-ranked. */
  k: number;
  /**
   * Candidates the labelled messages add when the matcher's first `k` miss them: the closest example's entry
   * and this many naive Bayes favourites among all entries (0 or absent: none added).
   */
  extra?: number;
  /** At or above: answer. */
  answer: number;
  /** At or above (and below `answer`): "Did you mean…" with the candidates at or above `options`. */
  options: number;
  /**
   * Also answered at or above this when the thresholds alone (without the model) would answer with the same
   * entry: two different judges agreeing. 1 (or absent) switches it off.
   */
  agree?: number;
  /**
   * Two candidates close together with most of the chance between them (genuinely ambiguous): below `answer`,
   * "Did you mean…" with those two when together they reach `pair` and the second has at least `pairRatio` of
   * the first's chance. 1 (or absent) switches it off.
   */
  pair?: number;
  pairRatio?: number;
  /**
   * Short messages (LONG_MESSAGE content words or fewer) decided by a model of their own (SHORT_FEATURES), its
   * thresholds chosen on the short-question eval set and the short training messages; absent: the thresholds alone.
   */
  short?: Omit<RerankModel, 'short'>;
}

/** A labelled training message as the re-ranking step sees it: its content words, and what answers it. */
export interface LabelledExample {
  words: string[];
  /** Entry indexes that answer it; empty for an out-of-scope or unanswered message. */
  entries: number[];
  /** Messages written from the same public thread share a group: near-copies, left out together. */
  group: number;
}

/** What the labelled messages say about each candidate entry (each array in the order of the entries asked about). */
export interface Evidence {
  /** The closest labelled message of the entry (weighted Jaccard; 0 where none shares a word). */
  best: number[];
  /**
   * Naive Bayes over all the entry's labelled messages and its own questions: the entry's share of the chance
   * among the entries asked about. The log-likelihood is taken per word and multiplied by the square root of
   * the message's length, so a long story does not make one entry certain.
   */
  pooled: number[];
  /** The closest labelled message that no entry answers (out of scope or unanswered): evidence for "none of them". */
  none: number;
}

export interface EvidenceOptions {
  /** Per entry, the words of each of its own questions: added to its naive Bayes counts. */
  entryWords?: string[][][];
  /** Naive Bayes smoothing: 0.1 did better in cross-validation than 0.5 and as well as 0.02. */
  alpha?: number;
}

/**
 * The labelled messages indexed by word, so a message is compared only with the examples sharing a word with
 * it (weights added in the message's own word order), and pooled per entry as naive Bayes word counts. Gives,
 * for each entry asked about (a message's candidates, in order), its closest example and its naive Bayes
 * share; the other entries are not scored, which keeps a match fast.
 * `leaveOut`: an example's index whose group (itself and the messages written from the same thread) is
 * skipped, in the search and in the counts, so a training message never sees itself or a near-copy, as a new
 * message would not.
 * Tried beside it and dropped (no better in cross-validation, or fewer right answers on the tuning sets at the
 * same limits): the mean of the three closest examples, tf-idf cosine to the entry's centroid, the naive Bayes
 * share among all entries, an out-of-scope class in it, word pairs, idf-weighted words, the question sentence
 * alone, the entry's answer among its questions.
 * For speed, tried and dropped (exact, but no faster on the eval questions): finding the closest examples by
 * max-score pruning (the message's words rarest first, no new example admitted once the words left could not
 * lift one to the best met, the admitted ones then scored exactly in the message's order), with the words
 * already walked kept as bits and the others looked up in bit sets. It walked about a fifth of the postings,
 * but still admitted some 435 examples a message and scored about 120 of them exactly, and the candidates'
 * closest examples (not met in the walk) had to be scored one by one: more work than the plain walk's tight
 * loop. The best examples' scores are low and a message's common words carry a good share of its weight, so
 * the bound cuts little. Nor did testing "not met yet" by a zero shared weight instead of a flag.
 */
export function createEvidence(examples: LabelledExample[], weightOf: (w: string) => number, options: EvidenceOptions = {}) {
  const alpha = options.alpha ?? 0.1;
  const {
    idOf, weight, plainExamples, exStart, exWords, postStart, postItems, known, knownTotal, knownUnseen, V,
    nbStart, nbAt, nbCount, nbRaw, nbCorr,
  } = evidenceTables(examples, weightOf, options.entryWords ?? [], alpha);
  const examplesOf = new Map<number, number[]>();
  const members = new Map<number, number[]>();
  examples.forEach((m, i) => {
    (members.get(m.group) ?? members.set(m.group, []).get(m.group)!).push(i);
    for (const e of m.entries) (examplesOf.get(e) ?? examplesOf.set(e, []).get(e)!).push(i);
  });
  // Each example's thread, whether some entry answers it, and which: the examples themselves (their words held
  // in exWords) are not kept.
  const groupOf = Int32Array.from(examples, (m) => m.group);
  const answered = Uint8Array.from(examples, (m) => (m.entries.length ? 1 : 0));
  const entriesOf = examples.map((m) => m.entries);
  const placeOfKnown = new Map(known.map((e, k) => [e, k]));
  const noEvidence = Math.log(alpha) - Math.log(alpha * V);

  /** The mean log P(word | entry at place k) over `ids` (nbIdsOf()), read by binary search in each word's run. */
  function likelihoodAt(k: number | undefined, ids: number[]): number {
    const n = ids.length;
    let ll = 0;
    if (k === undefined) {
      for (let j = 0; j < n; j++) ll += noEvidence;
      return n ? ll / n : 0;
    }
    const unseen = knownUnseen[k];
    for (let j = 0; j < n; j++) {
      const at = placeIn(nbAt, nbStart[ids[j]], nbStart[ids[j] + 1], k);
      ll += at >= 0 ? nbRaw[at] : unseen;
    }
    return n ? ll / n : 0;
  }
  /**
   * likelihoodAt() with `left` (examples) taken out of entry e's counts: the thread's words are counted again
   * from exWords and subtracted on the fly, so no second table of counts is kept for training.
   */
  function logLikelihood(e: number, ids: number[], left: number[]): number {
    let less: Map<number, number> | undefined;
    let taken = 0;
    for (const i of left) {
      if (!entriesOf[i].includes(e)) continue;
      less ??= new Map();
      for (let p = exStart[i]; p < exStart[i + 1]; p++) { less.set(exWords[p], (less.get(exWords[p]) ?? 0) + 1); taken++; }
    }
    if (!less) return likelihoodAt(placeOfKnown.get(e), ids);
    const k = placeOfKnown.get(e)!;
    const denom = Math.log(knownTotal[k] - taken + alpha * V);
    const n = ids.length;
    let ll = 0;
    for (let j = 0; j < n; j++) {
      const at = placeIn(nbAt, nbStart[ids[j]], nbStart[ids[j] + 1], k);
      ll += Math.log((at >= 0 ? nbCount[at] : 0) - (less.get(ids[j]) ?? 0) + alpha) - denom;
    }
    return n ? ll / n : 0;
  }

  // Scratch, kept across calls: the weight each example shares with the last message's words (0: none), and the
  // words walked (those some example has), in the message's order. favourites() and evidence() ask about
  // the same message one after the other: the postings are walked once for both.
  const shared = new Float64Array(examples.length);
  const walked: number[] = [];
  // Each word's last walk (a message's words are told apart by it), and whether the last message's words were all
  // different and weighed 0 or more.
  const walkedIn = new Int32Array(idOf.size);
  let walkNow = 0;
  let plainMessage = true;
  let lastWords: string[] | undefined;
  let lastWeight = 0;
  const sameWords = (a: string[], b: string[]) => {
    if (a.length !== b.length) return false;
    for (let j = 0; j < a.length; j++) if (a[j] !== b[j]) return false;
    return true;
  };
  /**
   * Adds up in `shared` the weight each example shares with the message's words (in the message's word order)
   * and returns the message's own weight; the same words again (the next call for the same message) are not
   * added up twice. A short message's every word touches most examples ("i", "my", "to" are in thousands), so
   * the walk adds and nothing more: keeping a list of the examples met, as this did, cost about 2.5 times as
   * much per example, and the one pass over all of them after it (closestScan) costs less than that saved.
   */
  function share(words: string[]): number {
    if (lastWords && sameWords(lastWords, words)) return lastWeight;
    shared.fill(0);
    walked.length = 0;
    walkNow++;
    plainMessage = plainExamples;
    let qWeight = 0;
    for (const w of words) {
      const f = weightOf(w);
      qWeight += f;
      if (!plainWeight(f)) plainMessage = false;
      const id = idOf.get(w);
      // (a word only the entries' questions use has no examples: passed over like an unknown one)
      if (id === undefined || postStart[id] === postStart[id + 1]) continue;
      if (walkedIn[id] === walkNow) plainMessage = false;
      walkedIn[id] = walkNow;
      addTo(shared, postItems, postStart[id], postStart[id + 1], f);
      walked.push(id);
    }
    lastWords = words.slice();
    lastWeight = qWeight;
    closestFor = -2;
    return qWeight;
  }
  // The last message's closest answered example (of those at the highest score, the first met in a walk of its
  // words' examples in order) and its closest unanswered one's score, `closestFor` the thread left out (-2: not
  // worked out yet for these words).
  let closestFor = -2, closestTop = -1, closestNone = 0;
  /**
   * Where the walk first met example i: the place in `walked` of the first of the message's words it has. Two
   * examples at the same score are told apart by it (then by their own order), as the list of examples met in
   * that order did; only such ties ask, so a binary search per word is cheap enough.
   */
  const firstMet = (i: number): number => {
    for (let j = 0; j < walked.length; j++) if (placeIn(postItems, postStart[walked[j]], postStart[walked[j] + 1], i) >= 0) return j;
    return walked.length;
  };
  /** Shares the message's words (share()) and finds its closest examples in one pass over all of them. */
  function closest(words: string[], skip: number): number {
    const qWeight = share(words);
    if (closestFor === skip) return qWeight;
    closestTop = closestScan(groupOf, skip, shared, weight, answered, qWeight, plainMessage, closestOut, firstMet);
    closestFor = skip;
    closestNone = closestOut[0];
    return qWeight;
  }
  const closestOut = new Float64Array(1);
  // The last message's words that some entry uses (a naive Bayes run), as their numbers, in the message's order.
  let idsFor: string[] | undefined;
  let ids: number[] = [];
  function nbIdsOf(words: string[]): number[] {
    if (idsFor && sameWords(idsFor, words)) return ids;
    ids = [];
    for (const w of words) {
      const id = idOf.get(w);
      if (id !== undefined && nbStart[id] < nbStart[id + 1]) ids.push(id);
    }
    idsFor = words.slice();
    return ids;
  }
  const knownSum = new Float64Array(known.length); // scratch
  /**
   * The entries the labelled messages favour among all entries: the entry (or entries) of the closest example
   * and the `n` naive Bayes favourites, each at most once. A message's candidates gain them when the matcher's
   * own first few miss them.
   */
  function favourites(words: string[], n = 1, leaveOut = -1): number[] {
    const skip = leaveOut >= 0 ? groupOf[leaveOut] : -1;
    const left = skip >= 0 ? members.get(skip) ?? [] : [];
    closest(words, skip);
    const top = closestTop;
    const out = top >= 0 ? [...entriesOf[top]] : [];
    const used = nbIdsOf(words);
    if (left.length) {
      const ll = known.map((e) => ({ e, l: logLikelihood(e, used, left) })).sort((a, b) => b.l - a.l);
      for (const { e } of ll.slice(0, n)) if (!out.includes(e)) out.push(e);
      return out;
    }
    // Nothing left out: likelihoodAt() for every entry at once, then the n best (ties in `known`'s order, as the
    // stable sort gave).
    // Sparse: every entry starts from `used` unseen words, and only the entries that use a word are corrected
    // (its log-probability instead of the unseen one), so the work is the words' runs, not words × entries.
    knownSum.fill(0);
    for (let j = 0; j < used.length; j++) {
      for (let p = nbStart[used[j]]; p < nbStart[used[j] + 1]; p++) knownSum[nbAt[p]] += nbCorr[p];
    }
    for (let k = 0; k < known.length; k++) knownSum[k] += used.length * knownUnseen[k];
    const best: Array<{ e: number; l: number }> = [];
    for (let k = 0; k < known.length && n > 0; k++) {
      const l = used.length ? knownSum[k] / used.length : 0;
      if (best.length === n && !(l > best[n - 1].l)) continue;
      let at = best.length;
      while (at > 0 && best[at - 1].l < l) at--;
      if (best.length === n) best.pop();
      best.splice(at, 0, { e: known[k], l });
    }
    for (const { e } of best) if (!out.includes(e)) out.push(e);
    return out;
  }

  /**
   * evidence()'s naive Bayes share alone, without its walk over the examples sharing a word: for a long message's
   * question sentence(s), whose common small words ("i", "my", "to") would make that walk cost more than a match may.
   */
  function pooledOf(words: string[], entries: readonly number[], leaveOut = -1): number[] {
    const skip = leaveOut >= 0 ? groupOf[leaveOut] : -1;
    const left = skip >= 0 ? members.get(skip) ?? [] : [];
    const used = nbIdsOf(words);
    const loglik = entries.map((e) => (left.length ? logLikelihood(e, used, left) : likelihoodAt(placeOfKnown.get(e), used)));
    const scale = Math.sqrt(Math.max(1, words.length));
    const max = Math.max(...loglik);
    const ex = loglik.map((l) => Math.exp((l - max) * scale));
    const sum = ex.reduce((a, v) => a + v, 0) || 1;
    return ex.map((v) => v / sum);
  }
  const noExamples: number[] = [];
  return Object.assign(function evidence(words: string[], entries: readonly number[], leaveOut = -1): Evidence {
    const skip = leaveOut >= 0 ? groupOf[leaveOut] : -1;
    const qWeight = closest(words, skip);
    const best = entries.map((e) => {
      let b = 0;
      for (const i of examplesOf.get(e) ?? noExamples) {
        const m = shared[i];
        if (m === 0 || groupOf[i] === skip) continue;
        const s = m / (qWeight + weight[i] - m || 1);
        if (s > b) b = s;
      }
      return b;
    });
    return { best, pooled: pooledOf(words, entries, leaveOut), none: closestNone };
  }, { favourites, pooledOf });
}

/**
 * createEvidence()'s tables, built here so that what only the build needs (the counts by entry, the lengths)
 * goes with it. Every word of the examples and of the entries' counts gets a number, and what is known by word
 * is laid out flat by it: a word's run is from start[id] to start[id + 1] of one typed array shared by all the
 * words. A typed array (or Map) per word cost some 200 bytes on top of its numbers, and the all-words index has
 * over 60,000 words and pairs: most of what the indexes kept. The naive Bayes numbers are kept once, by word:
 * a Map of them per entry too, as before, held the same numbers again.
 */
function evidenceTables(examples: LabelledExample[], weightOf: (w: string) => number, entryWords: string[][][], alpha: number) {
  const idOf = new Map<string, number>();
  const idFor = (w: string) => {
    let id = idOf.get(w);
    if (id === undefined) idOf.set(w, (id = idOf.size));
    return id;
  };
  // Each example's words by number, one example after another (a left-out thread's words are counted from them),
  // and its weight.
  const exStart = new Int32Array(examples.length + 1);
  const exWords = new Int32Array(examples.reduce((a, m) => a + m.words.length, 0));
  const weight = new Float64Array(examples.length);
  // Whether every example's words are different and weigh 0 or more (then closestScan may skip by a bound).
  let plainExamples = true;
  let at = 0;
  examples.forEach((m, i) => {
    exStart[i] = at;
    weight[i] = m.words.reduce((a, w) => a + weightOf(w), 0);
    for (const w of m.words) {
      if (!plainWeight(weightOf(w))) plainExamples = false;
      exWords[at++] = idFor(w);
    }
  });
  exStart[examples.length] = at;
  // Naive Bayes word counts by entry (its labelled messages' words, and each of its questions' words once), in
  // the order entries are first met: `known`.
  const counts = new Map<number, Map<number, number>>();
  const totals = new Map<number, number>();
  const addCounts = (e: number, ids: Iterable<number>) => {
    const c = counts.get(e) ?? counts.set(e, new Map()).get(e)!;
    let n = 0;
    for (const w of ids) { c.set(w, (c.get(w) ?? 0) + 1); n++; }
    totals.set(e, (totals.get(e) ?? 0) + n);
  };
  examples.forEach((m, i) => {
    for (const e of m.entries) addCounts(e, exWords.subarray(exStart[i], exStart[i + 1]));
  });
  entryWords.forEach((qs, e) => { for (const q of qs) addCounts(e, [...new Set(q)].map(idFor)); });
  const W = idOf.size;
  /** Runs' starts from their lengths (by word number); `fill` then walks a cursor per word from its start. */
  const startsOf = (lengths: Int32Array) => {
    const start = new Int32Array(W + 1);
    for (let w = 0; w < W; w++) start[w + 1] = start[w] + lengths[w];
    return start;
  };
  // Each word's examples, in increasing order.
  const postLength = new Int32Array(W);
  for (const w of exWords) postLength[w]++;
  const postStart = startsOf(postLength);
  const postItems = new Int32Array(exWords.length);
  const postAt = postStart.slice(0, W);
  examples.forEach((_, i) => {
    for (let p = exStart[i]; p < exStart[i + 1]; p++) {
      const w = exWords[p];
      if (postAt[w] > postStart[w] && postItems[postAt[w] - 1] === i) plainExamples = false; // a word twice in an example
      postItems[postAt[w]++] = i;
    }
  });
  // log P(word | entry), worked out once for a new message, by word over `known`'s places (increasing), so the
  // favourites' naive Bayes reads only the entries that use each of the message's words. Kept with each: the
  // count (a left-out thread's are taken away on the fly) and the correction (the log-probability less the
  // entry's unseen one).
  const known = [...counts.keys()];
  const nbLength = new Int32Array(W);
  for (const c of counts.values()) for (const w of c.keys()) nbLength[w]++;
  let V = 0;
  for (let w = 0; w < W; w++) if (nbLength[w]) V++;
  V ||= 1;
  const nbStart = startsOf(nbLength);
  const pairs = nbStart[W];
  const nbAt = new Int32Array(pairs), nbCount = new Int32Array(pairs), nbRaw = new Float64Array(pairs), nbCorr = new Float64Array(pairs);
  const knownTotal = Float64Array.from(known, (e) => totals.get(e)!);
  const knownUnseen = new Float64Array(known.length);
  const nbAtNext = nbStart.slice(0, W);
  known.forEach((e, k) => {
    const denom = Math.log(knownTotal[k] + alpha * V);
    knownUnseen[k] = Math.log(alpha) - denom;
    for (const [w, c] of counts.get(e)!) {
      const p = nbAtNext[w]++;
      nbAt[p] = k;
      nbCount[p] = c;
      nbRaw[p] = Math.log(c + alpha) - denom;
      nbCorr[p] = nbRaw[p] - knownUnseen[k];
    }
  });
  return {
    idOf, weight, plainExamples, exStart, exWords, postStart, postItems, known, knownTotal, knownUnseen, V,
    nbStart, nbAt, nbCount, nbRaw, nbCorr,
  };
}

/** The place of x in sorted[from, to) (-1: not there). */
function placeIn(sorted: Int32Array, from: number, to: number, x: number): number {
  let lo = from, hi = to - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < x) lo = mid + 1;
    else if (sorted[mid] > x) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** share()'s walk over one word's examples (items[from, to), in increasing order): adds the word's weight to each. */
function addTo(shared: Float64Array, items: Int32Array, from: number, to: number, f: number): void {
  for (let j = from; j < to; j++) shared[items[j]] += f;
}

/** A word weight closestScan's bound holds for: 0 or more, and finite. */
const plainWeight = (f: number) => f >= 0 && f < Infinity;

/**
 * createEvidence()'s closest examples in one pass over all of them (those sharing no weight skipped): returns
 * the closest answered one (-1: none; of those at the highest score, the one `firstMet` gives the smallest
 * place, then the first) and leaves the closest unanswered one's score in `none[0]`.
 * `bounded` (the message's and the examples' words each different, every weight 0 or more and finite): an
 * example's shared weight m is part of both its own weight and the message's q, so its score
 * m / (q + weight - m) is at most m / q. An example whose m is under the best score met so far of its kind
 * (answered or not) times q, less a margin of one in a million (far above the sums' rounding while its weight is
 * under 10,000 q), can neither beat it nor tie: it is passed over without the division, most of this loop's time.
 * A plain function of typed arrays, shared by every index, so the engine keeps one optimised copy of
 * the loop: as a closure of each index it was at times left unoptimised after a deoptimisation (the two indexes'
 * weight functions differ), and then each of its doubles was allocated (about 120 KB a message in the sampling
 * heap profile at 100x the entries).
 */
function closestScan(groupOf: Int32Array, skip: number, shared: Float64Array, weight: Float64Array,
  answered: Uint8Array, qWeight: number, bounded: boolean, none: Float64Array, firstMet: (i: number) => number): number {
  let top = -1, topS = 0, noneS = 0;
  // Under these shared weights, an answered (unanswered) example cannot beat the best met.
  let topBound = -Infinity, noneBound = -Infinity;
  const heaviest = qWeight * 1e4;
  for (let i = 0; i < shared.length; i++) {
    const m = shared[i];
    if (m <= (answered[i] === 1 ? topBound : noneBound) && weight[i] <= heaviest) continue;
    // No weight shared: a score of 0, which never beats the 0 both searches start from.
    if (m === 0 || groupOf[i] === skip) continue;
    const s = m / (qWeight + weight[i] - m || 1);
    if (answered[i] === 1) {
      if (s > topS) {
        topS = s;
        top = i;
        if (bounded) topBound = topS * qWeight * (1 - 1e-6);
      } else if (s === topS && top >= 0 && firstMet(i) < firstMet(top)) top = i;
    } else if (s > noneS) {
      noneS = s;
      if (bounded) noneBound = noneS * qWeight * (1 - 1e-6);
    }
  }
  none[0] = noneS;
  return top;
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

export function predict(model: Pick<RerankModel, 'weights' | 'bias'>, row: ArrayLike<number>): number {
  let z = model.bias;
  for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * row[i];
  return sigmoid(z);
}

/** Each candidate's chance that it is the entry asked about, by the model's form. */
export function chances(model: Pick<RerankModel, 'weights' | 'bias' | 'form'>, rows: ArrayLike<number>[]): number[] {
  if (model.form !== 'listwise') return Array.from(rows, (r) => predict(model, r));
  const u = Array.from(rows, (r) => {
    let z = 0;
    for (let i = 0; i < model.weights.length; i++) z += model.weights[i] * r[i];
    return z;
  });
  const max = Math.max(model.bias, ...u);
  let sum = Math.exp(model.bias - max);
  const e = u.map((z) => Math.exp(z - max));
  for (const v of e) sum += v;
  return e.map((v) => v / sum);
}

/**
 * A softmax over each message's candidates and "none of them" (conditional logit), fitted by Fisher scoring
 * on standardised features with an L2 penalty. `targets`: the indexes of the right candidates (any of them
 * is right); none → "none of them" is right (out of scope, unanswered, or the right entry not among them).
 */
export function trainListwise(lists: Array<{ rows: number[][]; targets: number[] }>, options: TrainOptions = {}): { weights: number[]; bias: number } {
  const l2 = options.l2 ?? 1;
  const all = lists.flatMap((l) => l.rows);
  const d = all[0]?.length ?? 0;
  if (!all.length) return { weights: new Array(d).fill(0), bias: 0 };
  const mean = new Array(d).fill(0), scale = new Array(d).fill(0);
  for (const r of all) for (let j = 0; j < d; j++) mean[j] += r[j] / all.length;
  for (const r of all) for (let j = 0; j < d; j++) scale[j] += (r[j] - mean[j]) ** 2 / all.length;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  // Alternative 0 is "none of them": its only feature is its own utility (index 0 of theta).
  const D = d + 1;
  const data = lists.map((l) => ({
    xs: [[1, ...new Array(d).fill(0)], ...l.rows.map((r) => [0, ...r.map((v, j) => (v - mean[j]) / scale[j])])],
    targets: l.targets.length ? l.targets.map((t) => t + 1) : [0],
    c: l.targets.length ? 1 : (options.noneWeight ?? 1),
  }));
  const theta = new Array(D).fill(0);
  // The penalised negative log-likelihood, to halve a step that would overshoot.
  const lossAt = (th: number[]) => {
    let loss = 0;
    for (const { xs, targets, c } of data) {
      const u = xs.map((x) => x.reduce((a, v, j) => a + v * th[j], 0));
      const max = Math.max(...u);
      const sum = u.reduce((a, z) => a + Math.exp(z - max), 0);
      const pt = targets.reduce((a, t) => a + Math.exp(u[t] - max), 0);
      loss -= c * Math.log(pt / sum || 1e-300);
    }
    return loss + 0.5 * l2 * th.reduce((a, v) => a + v * v, 0);
  };
  let current = lossAt(theta);
  for (let it = 0; it < (options.iterations ?? 40); it++) {
    const g = new Array(D).fill(0);
    const H = Array.from({ length: D }, () => new Array(D).fill(0));
    for (const { xs, targets, c } of data) {
      const u = xs.map((x) => x.reduce((a, v, j) => a + v * theta[j], 0));
      const max = Math.max(...u);
      const e = u.map((z) => Math.exp(z - max));
      const sum = e.reduce((a, v) => a + v, 0);
      const P = e.map((v) => v / sum);
      const pt = targets.reduce((a, t) => a + P[t], 0) || 1e-300;
      const xbar = new Array(D).fill(0);
      xs.forEach((x, a) => { for (let j = 0; j < D; j++) xbar[j] += P[a] * x[j]; });
      xs.forEach((x, a) => {
        const q = targets.includes(a) ? P[a] / pt : 0;
        for (let j = 0; j < D; j++) g[j] += c * (P[a] - q) * x[j];
        for (let j = 0; j < D; j++) {
          const dj = x[j] - xbar[j];
          if (dj === 0) continue;
          for (let k = j; k < D; k++) H[j][k] += c * P[a] * dj * (x[k] - xbar[k]);
        }
      });
    }
    for (let j = 0; j < D; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
    for (let j = 0; j < D; j++) { g[j] += l2 * theta[j]; H[j][j] += l2; }
    const step = solve(H, g);
    let t = 1, next = theta.map((v, j) => v - step[j]), loss = lossAt(next);
    while (!(loss <= current) && t > 1e-4) {
      t /= 2;
      next = theta.map((v, j) => v - t * step[j]);
      loss = lossAt(next);
    }
    if (!(loss <= current)) break;
    let size = 0;
    for (let j = 0; j < D; j++) { size = Math.max(size, Math.abs(next[j] - theta[j])); theta[j] = next[j]; }
    const gain = current - loss;
    current = loss;
    if (size < 1e-9 || gain < 1e-10) break;
  }
  const weights = mean.map((_, j) => theta[j + 1] / scale[j]);
  // Undoing the standardisation shifts every candidate's utility by the same amount: "none" takes the opposite shift.
  const shift = mean.reduce((a, m, j) => a + weights[j] * m, 0);
  return { weights, bias: theta[0] + shift };
}

export interface TrainOptions {
  /** L2 penalty on the (standardised) weights. */
  l2?: number;
  /** listwise: weight of a message whose right answer is "none of them" (out of scope, unanswered, or not among the candidates). */
  noneWeight?: number;
  /** Weight of a positive row relative to a negative one. */
  positiveWeight?: number;
  iterations?: number;
}

/**
 * L2-regularised logistic regression by Newton's method on standardised features, returned in the raw
 * features' scale. Deterministic: the same rows give the same weights.
 */
export function trainLogistic(rows: number[][], labels: number[], options: TrainOptions = {}): { weights: number[]; bias: number } {
  const l2 = options.l2 ?? 1;
  const pw = options.positiveWeight ?? 1;
  const n = rows.length, d = rows[0]?.length ?? 0;
  if (n === 0) return { weights: new Array(d).fill(0), bias: 0 };
  const mean = new Array(d).fill(0), scale = new Array(d).fill(0);
  for (const r of rows) for (let j = 0; j < d; j++) mean[j] += r[j] / n;
  for (const r of rows) for (let j = 0; j < d; j++) scale[j] += (r[j] - mean[j]) ** 2 / n;
  for (let j = 0; j < d; j++) scale[j] = Math.sqrt(scale[j]) || 1;
  const X = rows.map((r) => [1, ...r.map((v, j) => (v - mean[j]) / scale[j])]);
  const D = d + 1;
  const w = new Array(D).fill(0);
  for (let it = 0; it < (options.iterations ?? 30); it++) {
    const g = new Array(D).fill(0);
    const H = Array.from({ length: D }, () => new Array(D).fill(0));
    for (let i = 0; i < n; i++) {
      const x = X[i];
      let z = 0;
      for (let j = 0; j < D; j++) z += w[j] * x[j];
      const p = sigmoid(z);
      const c = labels[i] ? pw : 1;
      const err = c * (p - labels[i]);
      const s = c * p * (1 - p);
      for (let j = 0; j < D; j++) {
        g[j] += err * x[j];
        const sx = s * x[j];
        for (let k = j; k < D; k++) H[j][k] += sx * x[k];
      }
    }
    for (let j = 0; j < D; j++) for (let k = 0; k < j; k++) H[j][k] = H[k][j];
    for (let j = 1; j < D; j++) { g[j] += l2 * w[j]; H[j][j] += l2; }
    H[0][0] += 1e-9;
    const step = solve(H, g);
    let size = 0;
    for (let j = 0; j < D; j++) { w[j] -= step[j]; size = Math.max(size, Math.abs(step[j])); }
    if (size < 1e-9) break;
  }
  const weights = mean.map((_, j) => w[j + 1] / scale[j]);
  const bias = w[0] - mean.reduce((a, m, j) => a + weights[j] * m, 0);
  return { weights, bias };
}

/** Solves A x = b (A symmetric positive definite, small) by Gaussian elimination with partial pivoting. */
function solve(A: number[][], b: number[]): number[] {
  const n = b.length;
  const M = A.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(M[r][c]) > Math.abs(M[p][c])) p = r;
    [M[c], M[p]] = [M[p], M[c]];
    const piv = M[c][c] || 1e-12;
    for (let r = c + 1; r < n; r++) {
      const f = M[r][c] / piv;
      if (f === 0) continue;
      for (let k = c; k <= n; k++) M[r][k] -= f * M[c][k];
    }
  }
  const x = new Array(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = M[r][n];
    for (let k = r + 1; k < n; k++) s -= M[r][k] * x[k];
    x[r] = s / (M[r][r] || 1e-12);
  }
  return x;
}
