import { Activity, ActivityTypes, Attachment, CardFactory } from 'botbuilder';
import type { Option } from '../core/choice';

/**
 * Adaptive Cards for Microsoft Teams. Version 1.5 at most: Teams (desktop, web and mobile) renders 1.5;
 * newer cards show "This card can't be displayed" on some clients.
 * Buttons are Action.Submit with `msteams: { type: 'imBack', value }`, so pressing one posts its value as
 * the parent's own message: the chat shows what was chosen, and typing it works the same as pressing it.
 */

export const TEAMS_CARD_VERSION = '1.5';


interface TextBlock { type: 'TextBlock'; text: string; wrap: true; spacing?: string; isSubtle?: boolean; size?: string; weight?: string }
interface SubmitAction { type: 'Action.Submit'; title: string; data: { msteams: { type: 'imBack'; value: string } } }
interface OpenUrlAction { type: 'Action.OpenUrl'; title: string; url: string }
interface ActionSet { type: 'ActionSet'; actions: Array<SubmitAction | OpenUrlAction> }
/** A button that unfolds a card inside this one: the rest of an answer, with no round trip to the bot. */
interface ShowCardAction { type: 'Action.ShowCard'; title: string; card: { type: 'AdaptiveCard'; body: Array<TextBlock | ActionSet> } }
/** A tappable box holding a wrapped label: Teams cuts long button titles, but never a wrapped TextBlock. */
interface ChoiceBox { type: 'Container'; style: 'emphasis'; selectAction: SubmitAction; items: TextBlock[] }

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: string;
  body: Array<TextBlock | ActionSet | ChoiceBox>;
  actions?: SubmitAction[];
  fallbackText: string;
  msteams: { width: 'Full' };
}

/** An answer's card: its summary in the body, the rest behind one Action.ShowCard. */
export type FoldedAnswerCard = Omit<AdaptiveCard, 'actions'> & { actions: ShowCardAction[] };

/** Longer button titles are cut by Teams ("When the support in the EHC plan is …"); they go in wrapped boxes. */
export const MAX_BUTTON_TITLE = 30;

/** Teams shows up to 6 card actions in a row before hiding some; longer lists go into the body in sets. */
const MAX_CARD_ACTIONS = 6;

/**
 * Splits Markdown into one TextBlock per paragraph. TextBlock renders the Markdown subset Teams supports
 * (bold, italic, links, "- " and "1. " lists); blank lines between TextBlocks give clear paragraph spacing.
 * A paragraph that starts with one of `footnotes` (the lines the bot adds under an answer, core's
 * footnotePrefixes) is shown smaller, so the answer itself stands out.
 */
export function textBlocks(markdown: string, footnotes: readonly string[] = []): TextBlock[] {
  return markdown
    .trim()
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((paragraph, i) => {
      const block: TextBlock = { type: 'TextBlock', text: paragraph, wrap: true };
      if (i > 0) block.spacing = 'Medium';
      if (footnotes.some((f) => paragraph.startsWith(f))) {
        block.isSubtle = true;
        block.size = 'Small';
      }
      return block;
    });
}

export function submitAction(option: Option): SubmitAction {
  const value = option.value ?? option.title;
  return { type: 'Action.Submit', title: option.title, data: { msteams: { type: 'imBack', value } } };
}

const CONTACT_LINK = /\[([^\]\n]+)\]\(((?:tel|mailto):[^)\s]+)\)/g;

/**
 * "Call 01305 228558" / "Email x@y.org" buttons for the tel: and mailto: links in a paragraph. The link
 * stays in the text too, but Teams drops the href of a tel: link inside a TextBlock (only http(s) links
 * survive there), so on a phone the button is what dials.
 */
export function contactActions(paragraph: string, seen = new Set<string>()): OpenUrlAction[] {
  const actions: OpenUrlAction[] = [];
  for (const [, label, url] of paragraph.matchAll(CONTACT_LINK)) {
    if (seen.has(url!)) continue;
    seen.add(url!);
    actions.push({ type: 'Action.OpenUrl', title: `${url!.startsWith('tel:') ? 'Call' : 'Email'} ${label}`, url: url! });
  }
  return actions;
}

const DOWNLOAD_LINK = /\[([^\]\n]+)\]\((https?:\/\/[^)\s]+\/files\/[A-Za-z0-9_-]{43}(?:\/print)?)\)/g;

/**
 * A button for each download link in a paragraph (the letter, the calendar file, src/bot/downloads.ts), so on a
 * phone the file opens with one tap rather than from a small link inside the text.
 */
export function downloadActions(paragraph: string, seen = new Set<string>()): OpenUrlAction[] {
  const actions: OpenUrlAction[] = [];
  for (const [, label, url] of paragraph.matchAll(DOWNLOAD_LINK)) {
    if (seen.has(url!)) continue;
    seen.add(url!);
    actions.push({ type: 'Action.OpenUrl', title: label!, url: url! });
  }
  return actions;
}

/** Each paragraph as a TextBlock, followed by call/email/download buttons for the contacts and files it gives. */
function cardBody(markdown: string, footnotes: readonly string[] = []): Array<TextBlock | ActionSet> {
  const seen = new Set<string>();
  return textBlocks(markdown, footnotes).flatMap((block): Array<TextBlock | ActionSet> => {
    const contacts = [...contactActions(block.text, seen), ...downloadActions(block.text, seen)];
    return contacts.length ? [block, { type: 'ActionSet', actions: contacts }] : [block];
  });
}

/** An option whose title is too long for a Teams button: a full-width tappable box with the whole title wrapped. */
export function choiceBox(option: Option): ChoiceBox {
  return { type: 'Container', style: 'emphasis', selectAction: submitAction(option), items: [{ type: 'TextBlock', text: option.title, wrap: true }] };
}

export function adaptiveCard(markdown: string, options: Option[] = [], footnotes: readonly string[] = []): AdaptiveCard {
  // Any title too long for a button: every option becomes a box, so the choices stay in one order and style.
  if (options.some((o) => o.title.length > MAX_BUTTON_TITLE)) {
    return { ...adaptiveCard(markdown, [], footnotes), body: [...cardBody(markdown, footnotes), ...options.map(choiceBox)] };
  }
  const actions = options.map(submitAction);
  const card: AdaptiveCard = {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: TEAMS_CARD_VERSION,
    body: cardBody(markdown, footnotes),
    fallbackText: markdown,
    msteams: { width: 'Full' },
  };
  if (actions.length <= MAX_CARD_ACTIONS) {
    if (actions.length) card.actions = actions;
  } else {
    for (let i = 0; i < actions.length; i += MAX_CARD_ACTIONS) {
      card.body.push({ type: 'ActionSet', actions: actions.slice(i, i + MAX_CARD_ACTIONS) });
    }
  }
  return card;
}

export function adaptiveCardAttachment(markdown: string, options: Option[] = [], footnotes: readonly string[] = []): Attachment {
  return CardFactory.adaptiveCard(adaptiveCard(markdown, options, footnotes));
}

/** A Teams message: the text and its buttons in one Adaptive Card. */
export function teamsMessage(markdown: string, options: Option[] = [], footnotes: readonly string[] = []): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [adaptiveCardAttachment(markdown, options, footnotes)] };
}

/**
 * An answer as one Teams card: the summary, then a "More detail" button (Action.ShowCard) that unfolds the
 * rest in place, with its call and email buttons. The fallback text holds both, for clients without cards.
 */
export function foldedAnswerCard(summary: string, detail: string, moreTitle: string, footnotes: readonly string[] = []): FoldedAnswerCard {
  return {
    ...adaptiveCard(summary, [], footnotes),
    actions: [{ type: 'Action.ShowCard', title: moreTitle, card: { type: 'AdaptiveCard', body: cardBody(detail, footnotes) } }],
    fallbackText: `${summary.trim()}\n\n${detail.trim()}`,
  };
}

/** The Teams message for a folded answer (foldedAnswerCard). */
export function foldedAnswerMessage(summary: string, detail: string, moreTitle: string, footnotes: readonly string[] = []): Partial<Activity> {
  return { type: ActivityTypes.Message, attachments: [CardFactory.adaptiveCard(foldedAnswerCard(summary, detail, moreTitle, footnotes))] };
}
