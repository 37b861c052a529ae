import type { Synonyms } from './model';

/**
 * Text normalisation shared by the matcher and the safety screen. Pure.
 * Order: basic clean-up → text-speak → spellings (synonyms.yaml) → typo correction against the
 * knowledge vocabulary → synonym phrases rewritten to their canonical form.
 */

/**
 * Lower-case, accents and apostrophes removed ("child's" → "child", "don't" → "dont"), punctuation → spaces.
 * Skipping the NFKD step for plain ASCII text (where it changes nothing) was tried: no measurable gain.
 */
export function basicNormalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/&/g, ' and ')
    .replace(/'s\b/g, '')
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Text-speak and parent-forum shorthand: ordinary English, not domain knowledge, so it lives here.
 * No prototype: looked up by whatever word a parent types, "constructor" or "tostring" must find nothing.
 */
export const TEXT_SPEAK: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  u: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', wat: 'what', wot: 'what', wht: 'what',
  wen: 'when', hw: 'how', cos: 'because', coz: 'because', cuz: 'because', bc: 'because', b4: 'before',
  ppl: 'people', sch: 'school', skool: 'school', yr: 'year', yrs: 'years', wk: 'week', wks: 'weeks',
  mnth: 'month', mnths: 'months', ds: 'son', dd: 'daughter', dh: 'husband', im: 'i am', ive: 'i have',
  idk: 'i do not know', dont: 'do not', cant: 'can not', wont: 'will not', didnt: 'did not', doesnt: 'does not',
  isnt: 'is not', havent: 'have not', shouldnt: 'should not', wouldnt: 'would not', whats: 'what is',
  hes: 'he is', shes: 'she is', theyre: 'they are', thats: 'that is', n: 'and', tho: 'though', thru: 'through',
  gonna: 'going to', wanna: 'want to', kid: 'child', kids: 'children', bc_: 'because',
});

export const STOPWORDS = new Set(
  ('a an the and or but if of to in on at for from by with about into over after before under up down out off ' +
    'is are was were be been being am do does did doing done have has had having can could will would shall should may might must ' +
    'i me my mine myself we us our you your he him his she her they them their it its this that these those there here ' +
    'what which who whom whose when where why how all any some no not yes so than too very just also only then ' +
    'please thanks thank hi hello dear help know want need get got tell say said ask asking asked really still ' +
    'much many more most one two as like well oh ok okay im ive going go lot bit thing things way something anything ' +
    // Filler that carries no topic: "who EXACTLY is the senco", "sorry if this is a SILLY question".
    'exactly actually even totally honestly basically literally sorry silly question questions quick anyone someone ' +
    'anybody somebody anywhere somewhere hey hiya tbh btw cheers x xx xxx wondering wonder possible right sure')
    .split(' '),
);

/** Damerau–Levenshtein (optimal string alignment) distance, capped: returns max+1 once exceeded. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = a.length, m = b.length;
  let prev2 = new Array<number>(m + 1).fill(0);
  let prev = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const cur = new Array<number>(m + 1);
    cur[0] = i;
    let rowMin = cur[0];
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[m];
}

function deletes(word: string, depth: number, out: Set<string>): void {
  if (depth === 0) return;
  for (let i = 0; i < word.length; i++) {
    const d = word.slice(0, i) + word.slice(i + 1);
    if (!out.has(d)) {
      out.add(d);
      deletes(d, depth - 1, out);
    }
  }
}

/** Allowed typos: none for short words, 1 for 4–6 letters, 2 for longer words. */
export function maxTypos(word: string): number {
  return word.length < 4 ? 0 : word.length <= 6 ? 1 : 2;
}

/**
 * Typo correction by symmetric deletes (SymSpell): every vocabulary word's deletions are indexed
 * once, so a lookup costs a few dozen map reads instead of a scan of the vocabulary.
 */
export class TypoCorrector {
  private readonly index = new Map<string, string[]>();
  private readonly cache = new Map<string, string | null>();

  constructor(
    private readonly vocabulary: Map<string, number>, // word → frequency in the knowledge
    private readonly known: { has(word: string): boolean }, // words never corrected (vocabulary + everyday English)
  ) {
    for (const word of vocabulary.keys()) {
      if (word.length < 4 || /\d/.test(word)) continue;
      const ds = new Set<string>([word]);
      deletes(word, maxTypos(word), ds);
      for (const d of ds) {
        const list = this.index.get(d);
        if (list) list.push(word);
        else this.index.set(d, [word]);
      }
    }
  }

  correct(token: string): string {
    if (token.length < 4) return token;
    // Remembered either way: a word left as it is (known, or with a digit) as well as a correction, so a word
    // that comes back is not looked up in the English word list again.
    const cached = this.cache.get(token);
    if (cached !== undefined) return cached ?? token;
    if (this.known.has(token) || /\d/.test(token)) {
      if (this.cache.size > 10_000) this.cache.clear();
      this.cache.set(token, null);
      return token;
    }
    const limit = maxTypos(token);
    const ds = new Set<string>([token]);
    deletes(token, limit, ds);
    let best: string | null = null;
    let bestDist = limit + 1;
    let bestFreq = -1;
    for (const d of ds) {
      for (const cand of this.index.get(d) ?? []) {
        const dist = editDistance(token, cand, Math.min(limit, maxTypos(cand)));
        const freq = this.vocabulary.get(cand) ?? 0;
        if (dist <= Math.min(limit, maxTypos(cand)) && (dist < bestDist || (dist === bestDist && freq > bestFreq))) {
          best = cand;
          bestDist = dist;
          bestFreq = freq;
        }
      }
    }
    if (this.cache.size > 10_000) this.cache.clear();
    this.cache.set(token, best);
    return best ?? token;
  }
}

export interface Normaliser {
  /** Full normalisation: the text the matcher indexes and searches. */
  normalise(text: string): string;
  /** Spellings and text-speak only (no typo guessing, no synonyms). */
  light(text: string): string;
  /** normalise(text), given light(text) already worked out. */
  fromLight(light: string): string;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function createNormaliser(synonyms: Synonyms, corrector?: TypoCorrector): Normaliser {
  // One look-up per word: a spelling from synonyms.yaml, else text-speak, else the word itself.
  const spellings = new Map<string, string>(Object.entries(TEXT_SPEAK));
  const phraseSpellings: Array<[RegExp, string]> = [];
  for (const [k, v] of Object.entries(synonyms.spellings)) {
    const key = basicNormalise(k);
    const val = basicNormalise(v);
    if (!key) continue;
    if (key.includes(' ')) phraseSpellings.push([new RegExp(`\\b${escapeRe(key)}\\b`, 'g'), val]);
    else spellings.set(key, val);
  }
  // Longest variant first, so "statement of sen" wins over "statement".
  const variantTo = new Map<string, string>();
  for (const g of synonyms.groups) {
    const canonical = basicNormalise(g.canonical);
    for (const v of g.variants) {
      const nv = basicNormalise(v);
      if (nv && nv !== canonical) variantTo.set(nv, canonical);
    }
  }
  const variants = [...variantTo.keys()].sort((a, b) => b.length - a.length);
  const synonymRe = variants.length ? new RegExp(`(?<![a-z0-9])(${variants.map(escapeRe).join('|')})(?![a-z0-9])`, 'g') : null;

  const light = (text: string): string => {
    let s = basicNormalise(text);
    for (const [re, v] of phraseSpellings) s = s.replace(re, v);
    return s
      .split(' ')
      .map((w) => spellings.get(w) ?? w)
      .join(' ');
  };

  const fromLight = (lightText: string): string => {
    let s = lightText;
    if (corrector) s = s.split(' ').map((w) => corrector.correct(w)).join(' ');
    if (synonymRe) s = s.replace(synonymRe, (m) => variantTo.get(m) ?? m);
    return s.replace(/\s+/g, ' ').trim();
  };
  return {
    light,
    fromLight,
    normalise: (text: string): string => fromLight(light(text)),
  };
}

/**
 * A light stemmer: the same on both sides is what matters, not linguistic accuracy.
 * "assess/assessed/assessment/assessing" → "assess", "refuse/refused/refusal" → "refus",
 * "decide/decided/deciding" → "decid", "educational/education" → "educat".
 */
export function stem(word: string): string {
  const known = stems.get(word);
  if (known !== undefined) return known;
  const s = stemOf(word);
  if (stems.size >= 50_000) stems.clear(); // bounded: a stream of made-up words cannot grow it without end
  stems.set(word, s);
  return s;
}
/** Stems already worked out: the same few thousand words come back in every message. */
const stems = new Map<string, string>();

function stemOf(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(ss|sh|ch|x)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  for (const [suffix, min] of SUFFIXES) {
    if (w.endsWith(suffix) && w.length - suffix.length >= min) {
      w = w.slice(0, -suffix.length);
      break;
    }
  }
  if (w.endsWith('osis') && w.length > 7) w = w.slice(0, -2); // diagnosis → diagnos(ed)
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  if (w.length > 4 && /([bdgmnprt])\1$/.test(w)) w = w.slice(0, -1); // "referr(ed)" → "refer"
  return w;
}

// Longest first; the number is the shortest stem allowed to remain.
const SUFFIXES: Array<[string, number]> = [
  ['ational', 4], ['ization', 4], ['isation', 4], ['fulness', 4], ['iveness', 4], ['ements', 4], ['ement', 4],
  ['ments', 4], ['ment', 4], ['ations', 4], ['ation', 4], ['ional', 4], ['ness', 4], ['ings', 4], ['ing', 3],
  ['ally', 4], ['edly', 4], ['ful', 4], ['ally', 4], ['ly', 4], ['ied', 3], ['ed', 3], ['al', 5], ['osis', 5], ['ions', 4], ['ion', 4],
  ['er', 4], ['ive', 4],
];
