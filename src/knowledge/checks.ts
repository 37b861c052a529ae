import * as readabilityModule from 'text-readability';

// text-readability is an ES module; loaded through require() its default export sits on `.default`.
const readability = ((readabilityModule as unknown as { default?: typeof readabilityModule.default }).default ??
  readabilityModule) as typeof readabilityModule.default;

export const MAX_ANSWER_WORDS = 200;
export const MIN_FLESCH = 50;
export const MAX_AVG_SENTENCE_WORDS = 20;

/**
 * Markdown → plain sentences for the readability checks. List items and headings become
 * sentences of their own (a bullet list is not one long sentence to a reader).
 */
export function markdownToPlain(md: string): string {
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
    .join(' ');
}

export function wordsOf(text: string): string[] {
  return text.match(/[A-Za-z0-9£€$][A-Za-z0-9'’.,£%-]*/g)?.filter((w) => /[A-Za-z0-9]/.test(w)) ?? [];
}

export function countWords(md: string): number {
  return wordsOf(markdownToPlain(md)).length;
}

export function sentencesOf(plain: string): string[] {
  // Split after . ! ? followed by space and a capital/number/quote, so "s.36(8)" or "e.g. the" stay whole.
  return plain
    .split(/(?<=[.!?])\s+(?=["'“‘(]?[A-Z0-9£])/)
    .map((s) => s.trim())
    .filter((s) => wordsOf(s).length > 0);
}

export interface ReadabilityFigures {
  flesch: number;
  avgSentenceWords: number;
  words: number;
  sentences: number;
}

export function readabilityOf(md: string): ReadabilityFigures {
  const plain = markdownToPlain(md);
  const sentences = sentencesOf(plain);
  const words = wordsOf(plain).length;
  return {
    flesch: readability.fleschReadingEase(plain),
    avgSentenceWords: sentences.length ? words / sentences.length : words,
    words,
    sentences: sentences.length,
  };
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

const CITATION_FORMS: RegExp[] = [
  /^Children and Families Act 2014 s\.\d+[A-Z]*(\(\d+[A-Za-z]?\))*(\([a-z]+\))*$/,
  /^SEND Regulations 2014 reg\.\d+[A-Z]*(\(\d+[A-Za-z]?\))*(\([a-z]+\))*$/,
  /^SEND Code of Practice \d+\.\d+$/,
  /^Children Act 1989 s\.\d+[A-Z]*(\(\d+[A-Za-z]?\))*(\([a-z]+\))*$/,
  /^Equality Act 2010 s\.\d+[A-Z]*(\(\d+[A-Za-z]?\))*(\([a-z]+\))*$/,
  /^Education Act 1996 s\.\d+[A-Z]*(\(\d+[A-Za-z]?\))*(\([a-z]+\))*$/,
];

export function isRecognisedCitation(citation: string): boolean {
  return CITATION_FORMS.some((re) => re.test(citation));
}
