import { ActionTypes, Activity, Channels, MessageFactory } from 'botbuilder';
import { ChoiceFactory } from 'botbuilder-dialogs';
import type { Option } from '../core/choice';
import { teamsMessage } from './teamsCards';

const suggestedActionChannels = new Set<string>([Channels.Webchat, Channels.Directline, Channels.Emulator, 'directlinespeech']);

/** Whether a channel shows buttons as suggested actions under a message (Web Chat and the Emulator). */
export function showsSuggestedActions(channelId: string): boolean {
  return suggestedActionChannels.has(channelId);
}

/**
 * How a long answer is laid out on a channel: its summary with a "More detail" button that sends the rest
 * (Web Chat, the Emulator, Direct Line), its summary with the rest folded inside the same Teams card, or
 * whole where neither works (e.g. `test`).
 */
export type AnswerLayout = 'moreButton' | 'foldedCard' | 'whole';

export function answerLayout(channelId: string): AnswerLayout {
  if (channelId === 'msteams') return 'foldedCard';
  return suggestedActionChannels.has(channelId) ? 'moreButton' : 'whole';
}

/**
 * The same message without buttons to press: no suggested actions, and a Teams card without its Submit
 * buttons (call, email and download links stay). Used for a question re-asked after a safety reply, so the
 * only buttons on screen are the safety reply's own.
 */
export function withoutButtons(activity: Partial<Activity>): Partial<Activity> {
  delete activity.suggestedActions;
  for (const attachment of activity.attachments ?? []) {
    const card = attachment.content as { actions?: Array<{ type?: string }>; body?: Array<{ type?: string; actions?: Array<{ type?: string }>; selectAction?: unknown }> } | undefined;
    if (!card || typeof card !== 'object') continue;
    const pressable = (a: { type?: string }) => a.type === 'Action.Submit' || a.type === 'imBack' || a.type === 'postBack' || a.type === 'messageBack';
    if (Array.isArray(card.actions)) card.actions = card.actions.filter((a) => !pressable(a));
    if (Array.isArray((card as { buttons?: unknown }).buttons)) (card as { buttons: Array<{ type?: string }> }).buttons = (card as { buttons: Array<{ type?: string }> }).buttons.filter((a) => !pressable(a));
    if (Array.isArray(card.body)) {
      card.body = card.body
        .filter((item) => !(item.type === 'Container' && item.selectAction))
        .map((item) => (item.type === 'ActionSet' && item.actions ? { ...item, actions: item.actions.filter((a) => !pressable(a)) } : item))
        .filter((item) => !(item.type === 'ActionSet' && item.actions?.length === 0));
    }
  }
  return activity;
}


/**
 * A message with buttons, rendered the way each channel shows them best: a hero card in Teams,
 * suggested actions in Web Chat and the Emulator, a numbered list where neither works (e.g. `test`).
 * Buttons always send their title as text, so typing the title works the same as pressing it.
 */
export function withOptions(channelId: string, text: string, options: Option[]): Partial<Activity> {
  if (options.length === 0) return MessageFactory.text(text);
  const choices = options.map((o) => ({
    value: o.value ?? o.title,
    action: { type: ActionTypes.ImBack, title: o.title, value: o.value ?? o.title },
  }));
  // Teams: one Adaptive Card (v1.5) holding the text and Action.Submit buttons that post back as imBack.
  if (channelId === 'msteams') return teamsMessage(text, options);
  // ChoiceFactory would fall back to a card for titles over 20 characters ("Timescales & deadlines");
  // Web Chat shows longer suggested actions perfectly well, so use them wherever they are supported.
  if (suggestedActionChannels.has(channelId)) {
    return MessageFactory.suggestedActions(choices.map((c) => c.action), text);
  }
  return ChoiceFactory.forChannel(channelId, choices, text, undefined, { includeNumbers: true });
}
