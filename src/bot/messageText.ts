import { TurnContext } from 'botbuilder';

/** The words a parent typed, or the value of a card button they pressed; Teams @mentions removed. */
export function messageText(context: TurnContext): string {
  const { activity } = context;
  if (activity.channelId === 'msteams' && typeof activity.recipient?.id === 'string') {
    try {
      TurnContext.removeRecipientMention(activity);
    } catch {
      // A malformed mention entity: keep the text as sent rather than fail the turn.
    }
  }
  let text = typeof activity.text === 'string' ? activity.text : '';
  if (!text.trim() && activity.value && typeof activity.value === 'object') {
    const value = activity.value as Record<string, unknown>;
    const pressed = value.text ?? value.value ?? value.choice;
    if (typeof pressed === 'string') text = pressed;
  }
  // Control characters are never meaningful in a question; strip them rather than fail on them.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ').trim();
}
