import { ActionTypes, Activity, Channels, MessageFactory } from 'botbuilder';
import { ChoiceFactory } from 'botbuilder-dialogs';
import type { Option } from '../core/choice';
import { teamsMessage } from './teamsCards';

const suggestedActionChannels = new Set<string>([Channels.Webchat, Channels.Directline, Channels.Emulator, 'directlinespeech']);


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
