/**
 * The main menu: what a parent can choose, and how their words map onto a choice.
 * Pure module (no botbuilder) so it can be tested and reused by the reference page.
 */
export const menuChoices = ['assessmentRights', 'deadlines', 'localServices', 'askQuestion', 'talkToPerson'] as const;
export type MenuChoice = (typeof menuChoices)[number];

/** Wording comes from knowledge/messages.yaml: `menu.<choice>` (the button) and `menu.<choice>.phrases`. */
type TextLookup = (key: string) => string;

/** Lower case, apostrophes dropped, everything else that is not a letter or digit becomes one space. */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019'`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function menuLabels(text: TextLookup): Array<{ choice: MenuChoice; title: string }> {
  return menuChoices.map((choice) => ({ choice, title: text(`menu.${choice}`) }));
}

/**
 * A menu choice if the parent pressed a button, typed its number or label, or asked for a journey in
 * words ("I want to ask for an assessment"). Phrases are matched as whole words inside the message so
 * that a real question ("how long does the council have to decide on an assessment") is left for the matcher.
 */
export function recogniseMenuChoice(input: string, text: TextLookup): MenuChoice | undefined {
  const said = simplify(input);
  if (!said) return undefined;
  const labels = menuLabels(text);
  const byNumber = /^\d$/.test(said) ? labels[Number(said) - 1] : undefined;
  if (byNumber) return byNumber.choice;
  const exact = labels.find((l) => simplify(l.title) === said || l.choice.toLowerCase() === said.replace(/ /g, ''));
  if (exact) return exact.choice;
  const padded = ` ${said} `;
  for (const { choice } of labels) {
    const phrases = text(`menu.${choice}.phrases`).split(';').map(simplify).filter(Boolean);
    if (phrases.some((p) => padded.includes(` ${p} `))) return choice;
  }
  return undefined;
}

/** The words that work at any point in a conversation, whatever dialog is running. */
export type Interruption = 'menu' | 'help' | 'startOver' | 'cancel' | 'forgetMe';

export function recogniseInterruption(input: string, text: TextLookup): Interruption | undefined {
  const said = simplify(input);
  if (!said || said.split(' ').length > 5) return undefined;
  const kinds: Interruption[] = ['forgetMe', 'startOver', 'cancel', 'menu', 'help'];
  return kinds.find((kind) =>
    text(`interrupt.${kind}.words`).split(';').map(simplify).filter(Boolean).includes(said),
  );
}
