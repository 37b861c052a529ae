/** Text helpers every layer shares: one way to simplify what a parent typed, one "is this a question" rule. */

/** Lower case, apostrophes dropped, everything else that is not a letter or digit becomes one space. */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A `;`-separated word list from the wording, simplified for matching (a copy: the caller may sort it). */
export function wordList(text: string): string[] {
  let words = wordLists.get(text);
  if (!words) {
    // The same few wording strings are split on every message (every interruption's words, every turn).
    if (wordLists.size >= MAX_WORD_LISTS) wordLists.clear();
    words = text.split(';').map(simplify).filter(Boolean);
    wordLists.set(text, words);
  }
  return words.slice();
}
const wordLists = new Map<string, string[]>();
/** Wording strings are a fixed, small set; past this the cache starts again (never unbounded). */
const MAX_WORD_LISTS = 2000;

/** The starts of a question ("what…", "can I…", "do they…"), after simplify(). */
export const QUESTION_START =
  /^(how|what|whats|when|why|where|who|which|can|could|do|does|did|is|are|am i|should|would|will|must|may|has the|have they|have i)\b/;

/** Whether free text reads as a question to answer rather than an answer to store. */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_START.test(simplify(text));
}

/**
 * Words inside a message that ask for something, after a story ("my son can't sleep, is there any help").
 * Only for telling a question from an answer at a journey's buttons: what is kept for insights still
 * follows looksLikeQuestion.
 */
const ASKS_INSIDE =
  /\b(is there|are there|any (help|advice|support|ideas|tips|suggestions)|(can|could|should|do|must) (i|we|you|they)|how (do|can|long|much|many|often)|what (can|do|should|happens|about)|who (do|can|should|will)|where (do|can|should)|help (with|for))\b/;

/** Whether free text asks something anywhere in it: a question mark, a question's start, or asking words inside. */
export function asksSomething(text: string): boolean {
  return text.includes('?') || looksLikeQuestion(text) || ASKS_INSIDE.test(simplify(text));
}

/** Fewest words a message needs before its words may be kept (insights, redacted logs). */
export const MIN_KEPT_QUESTION_WORDS = 4;

/**
 * Whether a parent's words may be kept, after redaction, as a question: it reads as a question and has
 * enough words. A short answer to a prompt ("Oliver Thompson", "Hillside Academy") never is, even when
 * lost state means it arrives without its prompt.
 */
export function keepsWordsAsQuestion(text: string): boolean {
  if (!looksLikeQuestion(text)) return false;
  return text.trim().split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length >= MIN_KEPT_QUESTION_WORDS;
}
