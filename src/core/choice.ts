import { looksLikeQuestion, simplify } from './text';

/** A button a parent can press; `value` is what comes back as their message (defaults to the title). */
export interface Option {
  title: string;
  value?: string;
}

/** A button, plus words that also choose it when typed inside a longer message (e.g. "we live in Poole"). */
export interface AskOption extends Option {
  words?: string[];
  /** Chosen when typed, but not shown as a button (keeps the buttons few). */
  hidden?: boolean;
  /** Its words win over other options' words ("Poole, Dorset" is BCP, not Dorset Council). */
  wordsFirst?: boolean;
  /**
   * Whole replies that choose it ("no thanks" for "That's all"): only when they are all the parent typed,
   * give or take "please" or "thanks", so a short word like "no" inside a longer reply chooses nothing.
   */
  replies?: string[];
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  '1st': 1, '2nd': 2, '3rd': 3, '4th': 4, '5th': 5, '6th': 6, '7th': 7, '8th': 8, '9th': 9, '10th': 10,
};
/** Polite words around a short reply ("the 2nd one please", "no thanks pls"). */
const POLITE_END = /( (please|pls|plz|thanks|thank you|thankyou|ta|thx))+$/;
const POSITION = new RegExp(
  `^(?:(?:its|i want|id like|ill have|go for|choose|pick)\\s+)?(?:the\\s+)?(?:(?:number|option|choice|button)\\s+|no\\s+(?=\\d))?` +
  `(\\d{1,2}|${Object.keys(NUMBER_WORDS).join('|')})(?:\\s+(?:one|option|choice|button))?$`,
);

/**
 * The place of the button a short reply points at: "2", "two", "the 2nd one", "second", "number 3",
 * "option 2", "the first one please". Undefined for anything else (a number inside a sentence is not a choice).
 */
export function positionFromWords(said: string): number | undefined {
  const s = simplify(said).replace(POLITE_END, '');
  const m = POSITION.exec(s);
  if (!m) return undefined;
  return /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
}

/**
 * The option a reply chooses, trying in turn:
 * 1. the same title or value ("Local services");
 * 2. a number, in figures or words: the n-th option shown ("2", "the second one", "option 2");
 * 3. one of its whole replies ("no thanks");
 * 4. one of its words inside the reply ("we live in Poole"), but never in a question: the longest phrase
 *    wins ("mental health" over "health"); a wordsFirst option's words win over any other's;
 * 5. the first words of its title ("I asked");
 * 6. the parent's own words: every word that carries meaning is in the option's title or words, allowing
 *    a typo or two ("I asked for an assesment" = "I asked for an EHC needs assessment").
 * A reply that fits two options equally well chooses neither; the caller asks again.
 */
export function pickOption(said: string, options: AskOption[]): AskOption | undefined {
  const s = simplify(said);
  if (!s) return undefined;
  const exact = options.find((o) => simplify(o.title) === s || simplify(o.value ?? o.title) === s);
  if (exact) return exact;
  const shown = options.filter((o) => !o.hidden);
  const position = positionFromWords(s);
  if (position !== undefined) return shown[position - 1];
  const bare = withoutPoliteWords(s);
  const byReply = options.find((o) => (o.replies ?? []).some((r) => simplify(r) === s || simplify(r) === bare));
  if (byReply) return byReply;
  // Words inside a longer reply choose an option ("we live in Poole"), but a question is left to be answered.
  if (looksLikeQuestion(said)) return undefined;
  const byWords = byLongestWords(s, options);
  if (byWords) return byWords;
  if (NEGATION.test(s)) return undefined;
  const starts = meaningWords(s).length >= 2 ? options.filter((o) => simplify(o.title).startsWith(s)) : [];
  if (starts.length === 1) return starts[0];
  return inOwnWords(s, options);
}

/**
 * The option a longer message names by its words, question or not ("is there a parent support group in
 * Bournemouth" names Support from other parents): the longest phrase wins, two as long name none.
 */
export function optionNamedIn(said: string, options: AskOption[]): AskOption | undefined {
  return byLongestWords(simplify(said), options);
}

/**
 * The option whose words appear in the reply, the longest phrase winning ("mental health pls" is Mental
 * health, not Health and diagnosis, whose word is "health"). A wordsFirst option that matches at all wins.
 * Two options matched by phrases of as many words: neither (the caller asks again).
 */
function byLongestWords(s: string, options: AskOption[]): AskOption | undefined {
  const padded = ` ${s} `;
  const longest = (o: AskOption) => Math.max(0, ...(o.words ?? []).map(simplify).filter((w) => w && padded.includes(` ${w} `)).map((w) => w.split(' ').length));
  const scored = options.map((o) => ({ o, length: longest(o) })).filter((x) => x.length > 0);
  const first = scored.find((x) => x.o.wordsFirst);
  if (first) return first.o;
  const best = Math.max(0, ...scored.map((x) => x.length));
  const top = scored.filter((x) => x.length === best);
  return top.length === 1 ? top[0].o : undefined;
}

/** What a typed answer may be instead of an answer: unsure or no ("idk", "no"), or a wish to go back, to the menu, or to a person. */
export type NotAnAnswer = 'unsure' | 'back' | 'menu' | 'person';
/** Words in front of a wish ("can I go back", "I want to talk to someone real", "take me to the menu"). */
const WISH_START = /^(please|pls|can i|could i|can we|may i|i want to|i wanna|i would like to|id like to|i need to|let me|take me to|take me|i want|i need)\s+/;

/** A simplified reply without the polite words around it ("can I go back please" → "go back"); never empty. */
function withoutPoliteWords(s: string): string {
  return s.replace(POLITE_END, '').replace(WISH_START, '').replace(POLITE_END, '').trim() || s;
}

/**
 * Whether a typed answer (a name, a few sentences for a letter) is one of these instead, by its whole
 * text give or take polite words: "idk" or "no" is never a child's name, "main menu pls" never signs a
 * letter. Anything longer is taken as the answer it seems to be.
 */
export function notAnAnswer(said: string, words: Record<NotAnAnswer, string[]>): NotAnAnswer | undefined {
  const s = simplify(said);
  if (!s) return undefined;
  const bare = withoutPoliteWords(s);
  const kinds: NotAnAnswer[] = ['person', 'menu', 'back', 'unsure'];
  return kinds.find((kind) => words[kind].some((w) => w === s || w === bare));
}

/** Words that carry no meaning for choosing ("I", "the", "we've"). */
const LITTLE_WORDS = new Set([
  'i', 'im', 'ive', 'id', 'we', 'weve', 'were', 'wed', 'me', 'us', 'my', 'our', 'a', 'an', 'the', 'to', 'of', 'for', 'in', 'on',
  'at', 'by', 'with', 'and', 'or', 'it', 'its', 'is', 'be', 'been', 'was', 'am', 'are', 'have', 'has', 'had', 'got', 'get',
  'just', 'so', 'please', 'thanks', 'ok', 'okay', 'yes', 'yeah', 'that', 'this', 'one', 'now', 'some', 'about', 'like',
  'want', 'would', 'think', 'maybe', 'already', 'then', 'them', 'they', 'he', 'she', 'his', 'her', 'their', 'from',
]);
/** Words that turn a statement round ("we haven't had the draft yet"): then we don't guess. */
const NEGATION = /\b(not|no|never|havent|hasnt|hadnt|didnt|dont|doesnt|wont|isnt|arent|yet|still|waiting)\b/;
/** The most meaning-carrying words a reply may have and still be read as a choice, not a story. */
const MAX_MEANING_WORDS = 6;

const meaningWords = (text: string): string[] => simplify(text).split(' ').filter((w) => w && !LITTLE_WORDS.has(w));

/** Edit distance between two words, stopping early once it passes `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length];
}

/** Whether a typed word is an option's word: the same, a plural, or a typo (1 letter in 4+, 2 in 8+). */
export function sameWord(typed: string, word: string): boolean {
  if (typed === word || typed.replace(/s$/, '') === word.replace(/s$/, '')) return true;
  if (/\d/.test(typed) || /\d/.test(word)) return false;
  const allowed = Math.min(typed.length, word.length) >= 8 ? 2 : Math.min(typed.length, word.length) >= 4 ? 1 : 0;
  return allowed > 0 && editDistance(typed, word, allowed) <= allowed;
}

/**
 * The one option whose title and words hold every meaning-carrying word the parent typed (typos allowed).
 * None when two or more do ("my child moves" fits two school moves): the caller asks again.
 */
function inOwnWords(s: string, options: AskOption[]): AskOption | undefined {
  const typed = meaningWords(s);
  if (typed.length === 0 || typed.length > MAX_MEANING_WORDS) return undefined;
  const fits = options.filter((option) => {
    const known = [...meaningWords(option.title), ...(option.words ?? []).flatMap(meaningWords)];
    return typed.every((t) => known.some((k) => sameWord(t, k)));
  });
  return fits.length === 1 ? fits[0] : undefined;
}

/** The most buttons shown after an answer, everything counted (follow-ups, Yes/No feedback, "Main menu"). */
export const MAX_NEXT_BUTTONS = 4;

/**
 * The buttons after an answer: the fixed ones ("Did this help?" Yes/No, "Main menu") always stay, and the
 * follow-ups fill what is left, in their own order (the first is the one the entry lists as most useful).
 * A follow-up that repeats a fixed button or an earlier follow-up is dropped.
 */
export function nextButtons(followUps: Option[], fixed: Option[], max = MAX_NEXT_BUTTONS): Option[] {
  const room = Math.max(0, max - fixed.length);
  const seen = new Set(fixed.map((o) => simplify(o.title)));
  const kept: Option[] = [];
  for (const option of followUps) {
    if (kept.length >= room) break;
    const key = simplify(option.title);
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(option);
  }
  return [...kept, ...fixed];
}
