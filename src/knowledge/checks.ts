import * as readabilityModule from 'text-readability';
import { splitAnswer, SUMMARY_MAX_WORDS, SUMMARY_WITH_LIST_MAX_WORDS } from '../core/render';

// text-readability is an ES module; loaded through require() its default export sits on `.default`.
const readability = ((readabilityModule as unknown as { default?: typeof readabilityModule.default }).default ??
  readabilityModule) as typeof readabilityModule.default;

export const MAX_ANSWER_WORDS = 200;
export const MIN_FLESCH = 60;
export const MAX_AVG_SENTENCE_WORDS = 20;
/** No single sentence longer than this: one long sentence loses a tired reader however short the rest are. */
export const MAX_SENTENCE_WORDS = 25;

/**
 * Markdown → plain sentences for the readability checks. List items and headings become
 * sentences of their own (a bullet list is not one long sentence to a reader).
 */
export function markdownToPlain(md: string): string {
  // The checks read one answer several times in a row (words, readability, acronyms): the last one is kept.
  if (md !== lastMarkdown) {
    lastPlain = toPlain(md);
    lastMarkdown = md;
  }
  return lastPlain;
}
let lastMarkdown: string | undefined;
let lastPlain = '';

function toPlain(md: string): string {
  return md
    .split(/\r?\n/)
    .map((line) => {
      let l = line
        .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
        .replace(/https?:\/\/\S+/g, '')
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*([-*+]|\d+[.)])\s+/, '')
        .replace(/[*_`>]+/g, '')
        .trim();
      if (l && !/[.!?:;]$/.test(l)) l += '.';
      return l.replace(/:$/, '.');
    })
    .filter(Boolean)
    .join('\n');
}

export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z0-9£€$][A-Za-z0-9'’.,£%-]*/g)?.filter((w) => /[A-Za-z0-9]/.test(w)) ?? [];
}

export function countWords(md: string): number {
  return wordsOf(markdownToPlain(md)).length;
}

export function sentencesOf(plain: string): string[] {
  // Split after . ! ? followed by space and a capital/number/quote, so "s.36(8)" or "e.g. the" stay whole.
  // Each line (a list item, a paragraph) is at least a sentence of its own, whatever letter starts the next.
  return plain
    .split(/\n+|(?<=[.!?])\s+(?=["'“‘(]?[A-Z0-9£])/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export interface ReadabilityFigures {
  flesch: number;
  avgSentenceWords: number;
  /** The longest sentence, and its length in words. */
  longest: { text: string; words: number };
  words: number;
  sentences: number;
}

export function readabilityOf(md: string): ReadabilityFigures {
  const plain = markdownToPlain(md);
  const sentences = sentencesOf(plain);
  const words = wordsOf(plain).length;
  return {
    flesch: fleschReadingEase(plain.replace(/\n/g, ' ')),
    avgSentenceWords: sentences.length ? words / sentences.length : words,
    longest: sentences.reduce((best, text) => {
      const n = wordsOf(text).length;
      return n > best.words ? { text, words: n } : best;
    }, { text: '', words: 0 }),
    words,
    sentences: sentences.length,
  };
}

/**
 * text-readability's fleschReadingEase, to the same figure, without counting the syllables of every word of
 * every answer at every start: the syllables of a text are the sum of its words' (the syllable counter lowers,
 * strips and splits on word boundaries, one character at a time), and each word's count is kept once found.
 */
export function fleschReadingEase(text: string): number {
  const sentenceLength = readability.averageSentenceLength(text);
  let syllables = 0;
  for (const token of text.split(/[ \t\r\n]+/)) {
    let n = syllablesOfToken.get(token);
    if (n === undefined) {
      // What the counter itself reads of a word (lower case, no punctuation): "Plan," and "plan." are one count.
      const word = token.toLowerCase().replace(PUNCTUATION, '');
      n = word ? syllablesOf.get(word) : 0;
      if (n === undefined) syllablesOf.set(word, (n = readability.syllableCount(word)));
      syllablesOfToken.set(token, n);
    }
    syllables += n;
  }
  const perWord = legacyRound(syllables / readability.lexiconCount(text), 1);
  return legacyRound(206.835 - 1.015 * sentenceLength - 84.6 * (Number.isNaN(perWord) ? 0 : perWord), 2);
}

const syllablesOf = new Map<string, number>();
const syllablesOfToken = new Map<string, number>();
/** text-readability's punctuation, removed before it counts syllables. */
const PUNCTUATION = /[\u2000-\u206F\u2E00-\u2E7F\\'!"#$%&()*+,\-./:;<=>?@[\]^_`{|}~]/g;

/** text-readability's rounding (half away from zero, as Python's legacy round). */
function legacyRound(n: number, points: number): number {
  const p = 10 ** points;
  const half = n === 0 ? 0 : 0.5 * (n / Math.abs(n));
  return Math.floor(n * p + half) / p;
}

/** ALL-CAPS tokens of 2+ letters (a plural "s" is dropped: EHCPs → EHCP). */
export function acronymsIn(md: string): string[] {
  const plain = markdownToPlain(md);
  const found = new Set<string>();
  for (const m of plain.matchAll(/(?<![A-Za-z0-9])([A-Z][A-Z0-9&]*[A-Z])(?:s|'s|’s)?(?![A-Za-z0-9])/g)) {
    const acr = m[1];
    if (/[A-Z].*[A-Z]/.test(acr)) found.add(acr);
  }
  return [...found];
}

/** Is the acronym spelled out in the text, as "Long Name (ACR)" or "ACR (Long Name)"? */
export function isExpandedIn(acronym: string, md: string): boolean {
  const plain = markdownToPlain(md);
  const esc = acronym.replace(/[.*+?^${}()|[\]\\&]/g, '\\$&');
  return new RegExp(`\\(\\s*${esc}s?\\s*\\)|\\b${esc}s?\\s*\\(\\s*[A-Za-z]`).test(plain);
}

/** Copies, mirrors and test servers: never a source, whatever they show. */
export const COPY_HOSTS = [/placecube\.com$/, /^uat\./, /wikipedia\.org$/, /streetguide/, /bbc\.(?!co\.uk$)/, /archive\.org$/];

/** Where a fact can come from first hand: the law, government, the NHS, councils, the tribunal, the providers. */
const PRIMARY_HOSTS = [
  /(^|\.)legislation\.gov\.uk$/, /(^|\.)gov\.uk$/, /(^|\.)nhs\.uk$/, /(^|\.)parliament\.uk$/, /(^|\.)judiciary\.uk$/,
  /(^|\.)lgo\.org\.uk$/, /(^|\.)jcq\.org\.uk$/, /(^|\.)dorsetcouncil\.gov\.uk$/, /(^|\.)bcpcouncil\.gov\.uk$/,
  // Public Health Dorset: the public health service Dorset Council and BCP Council run together. Our Dorset: the
  // integrated care system of NHS Dorset and the two councils. NICE: the government's health guidance body.
  /(^|\.)publichealthdorset\.org\.uk$/, /(^|\.)ourdorset\.org\.uk$/, /(^|\.)nice\.org\.uk$/,
];

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function isCopyHost(url: string): boolean {
  const host = hostOf(url);
  return COPY_HOSTS.some((re) => re.test(host));
}

export function isPrimaryHost(url: string): boolean {
  const host = hostOf(url);
  return PRIMARY_HOSTS.some((re) => re.test(host));
}

/** A site's name without "www.", so www.example.org and example.org are the same provider. */
export function siteOf(url: string): string {
  return hostOf(url).replace(/^www\./, '');
}

/**
 * The summary rule: in Web Chat and Teams an answer's summary (src/core/render.ts splitAnswer: its first
 * paragraph, or a lead with its short list) is shown first and the rest waits behind "More detail". A first
 * paragraph over SUMMARY_MAX_WORDS is cut after a sentence; a one-sentence lead with a long list is shown
 * whole. Either is worth a look, so each is a warning naming what to change.
 */
export function summaryProblem(answer: string): string | undefined {
  const first = answer.trim().split(/\n\s*\n/)[0]!.trim();
  const firstWords = first.split(/\s+/).filter(Boolean).length;
  if (firstWords > SUMMARY_MAX_WORDS) {
    return `the first paragraph is ${firstWords} words; chat shows it first as the summary, so keep it to ${SUMMARY_MAX_WORDS} or fewer (a phone screen) and put the detail after it`;
  }
  const { summary } = splitAnswer(answer);
  const summaryWords = summary.split(/\s+/).filter(Boolean).length;
  if (summaryWords > SUMMARY_WITH_LIST_MAX_WORDS) {
    return `chat shows the opening sentence and its whole list (${summaryWords} words) as the summary; add a sentence that sums up the answer before the list, so the list can sit under "More detail"`;
  }
  return undefined;
}
