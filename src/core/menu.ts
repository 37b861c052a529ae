/**
 * The main menu: what a parent can choose, and how their words map onto a choice.
 */
import { simplify, wordList } from './text';
import { pickOption } from './choice';

export const menuChoices = ['assessmentRights', 'deadlines', 'localServices', 'askQuestion', 'talkToPerson'] as const;
export type MenuChoice = (typeof menuChoices)[number];

/** Wording comes from knowledge/messages.yaml: `menu.<choice>` (the button) and `menu.<choice>.phrases`. */
type TextLookup = (key: string) => string;

export function menuLabels(text: TextLookup): Array<{ choice: MenuChoice; title: string }> {
  return menuChoices.map((choice) => ({ choice, title: text(`menu.${choice}`) }));
}

/** How many words a message may have besides a journey phrase and still mean "start that journey". */
const MAX_EXTRA_WORDS = 3;

/**
 * True if the message asks for a journey in so many words: it contains one of the `;`-separated phrases
 * as whole words, and little else ("I want to ask for an assessment"). A longer message containing a
 * phrase is a real question ("how long do I have to appeal to the tribunal?") and is left for the matcher.
 */
export function saysPhrase(input: string, phrases: string | undefined): boolean {
  const said = simplify(input);
  if (!said || !phrases) return false;
  const padded = ` ${said} `;
  const words = said.split(' ').length;
  return wordList(phrases).some((p) => padded.includes(` ${p} `) && words <= p.split(' ').length + MAX_EXTRA_WORDS);
}

/**
 * A menu choice if the parent pressed a button, typed its number or label, or asked for a journey in
 * words (see saysPhrase).
 */
export function recogniseMenuChoice(input: string, text: TextLookup): MenuChoice | undefined {
  const said = simplify(input);
  if (!said) return undefined;
  const labels = menuLabels(text);
  const byNumber = /^\d$/.test(said) ? labels[Number(said) - 1] : undefined;
  if (byNumber) return byNumber.choice;
  const exact = labels.find((l) => simplify(l.title) === said || l.choice.toLowerCase() === said.replace(/ /g, ''));
  if (exact) return exact.choice;
  const byPhrase = labels.find(({ choice }) => saysPhrase(said, text(`menu.${choice}.phrases`)))?.choice;
  if (byPhrase) return byPhrase;
  // A label with a typo or in other short words ("local servces"); a longer message is a question.
  if (said.split(' ').length > MAX_TYPED_LABEL_WORDS) return undefined;
  return pickOption(input, labels.map((l) => ({ title: l.title, value: l.choice })))?.value as MenuChoice | undefined;
}

/** The most words a message may have to be read as a menu label typed with a typo. */
const MAX_TYPED_LABEL_WORDS = 4;

/** The words that work at any point in a conversation, whatever dialog is running. */
export type Interruption = 'menu' | 'help' | 'startOver' | 'cancel' | 'forgetMe' | 'talkToPerson' | 'changeArea';

/**
 * Polite words around an interruption ("can I speak to someone please", "is there a human", "go back to
 * the menu pls"), from `interrupt.politeStarts` and `interrupt.politeEnds`; dropped before the words are
 * compared, a few times over ("please can I go back to the menu"), so the lists stay short.
 */
function withoutPoliteWords(said: string, text: TextLookup): string {
  const starts = wordList(text('interrupt.politeStarts')).sort((a, b) => b.length - a.length);
  const ends = wordList(text('interrupt.politeEnds')).sort((a, b) => b.length - a.length);
  let out = ` ${said} `;
  for (let round = 0; round < MAX_POLITE_ROUNDS; round += 1) {
    const start = starts.find((s) => out.startsWith(` ${s} `) && out.length > s.length + 2);
    if (start) out = out.slice(start.length + 1);
    const end = ends.find((e) => out.endsWith(` ${e} `) && out.length > e.length + 2);
    if (end) out = out.slice(0, out.length - end.length - 1);
    if (!start && !end) break;
  }
  return out.trim();
}

/** How many times polite words are dropped from each end: enough for "please can I … now please". */
const MAX_POLITE_ROUNDS = 3;

/**
 * An interruption if the whole message (give or take polite words) is one of its words in
 * `interrupt.<kind>.words`. A longer message that uses the word is a question ("can they stop his support").
 */
export function recogniseInterruption(input: string, text: TextLookup): Interruption | undefined {
  const said = simplify(input);
  if (!said || said.split(' ').length > 8) return undefined;
  const bare = withoutPoliteWords(said, text);
  const kinds: Interruption[] = ['forgetMe', 'startOver', 'cancel', 'menu', 'talkToPerson', 'changeArea', 'help'];
  return kinds.find((kind) => {
    const words = wordList(text(`interrupt.${kind}.words`));
    return words.includes(said) || (bare !== '' && words.includes(bare));
  });
}

/**
 * What a message that is only small talk says: a greeting, thanks, an acknowledgement ("ok"), "no" or
 * goodbye ("no thanks", "bye"), or "yes" (to "Is there more I can help with?").
 */
export type SmallTalk = 'greeting' | 'thanks' | 'ok' | 'no' | 'yes';

/**
 * Small talk if the WHOLE message is made of small-talk words: at least one of `smallTalk.<kind>.words`
 * and otherwise only `smallTalk.otherWords` ("thank you that's really helpful", "hi there", "ok cheers").
 * Any other word makes it a question ("hi, can I ask for an assessment myself?"). "No" or goodbye wins
 * ("no thanks"), then thanks, a greeting, "yes", and "ok".
 */
export function recogniseSmallTalk(input: string, text: TextLookup): SmallTalk | undefined {
  const words = simplify(input).split(' ').filter(Boolean);
  if (words.length === 0 || words.length > MAX_SMALL_TALK_WORDS) return undefined;
  const kinds: SmallTalk[] = ['no', 'thanks', 'greeting', 'yes', 'ok'];
  const lists = new Map(kinds.map((kind) => [kind, new Set(wordList(text(`smallTalk.${kind}.words`)))]));
  const other = new Set(wordList(text('smallTalk.otherWords')));
  if (!words.every((w) => other.has(w) || kinds.some((kind) => lists.get(kind)!.has(w)))) return undefined;
  return kinds.find((kind) => words.some((w) => lists.get(kind)!.has(w)));
}

/** Small talk is short: a longer message is a story or a question, whatever its words. */
const MAX_SMALL_TALK_WORDS = 10;
