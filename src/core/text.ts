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

/** A `;`-separated word list from the wording, simplified for matching. */
export function wordList(text: string): string[] {
  return text.split(';').map(simplify).filter(Boolean);
}

/** The starts of a question ("what…", "can I…", "do they…"), after simplify(). */
export const QUESTION_START =
  /^(how|what|whats|when|why|where|who|which|can|could|do|does|did|is|are|am i|should|would|will|must|may|has the|have they|have i)\b/;

/** Whether free text reads as a question to answer rather than an answer to store. */
export function looksLikeQuestion(text: string): boolean {
  return /\?\s*$/.test(text) || QUESTION_START.test(simplify(text));
}
