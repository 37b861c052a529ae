import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';

/**
 * The buttons the main dialog last put on screen (the main menu, an answer's follow-ups, "Did you mean…"),
 * as the words each one sends, in order: a number typed next picks from these, never from a menu that is no
 * longer there. It lives in the conversation state, so "forget me" deletes it with everything else.
 * One accessor, created once by the composition root and handed to the main dialog and the bot.
 */
export class ButtonMemory {
  private readonly accessor: StatePropertyAccessor<string[] | undefined>;

  constructor(conversationState: ConversationState) {
    this.accessor = conversationState.createProperty<string[] | undefined>('shownButtons');
  }

  /** What was last on screen; [] when the last message had no buttons (a crisis reply, "type your question"). */
  async get(context: TurnContext): Promise<string[]> {
    return (await this.accessor.get(context)) ?? [];
  }

  async set(context: TurnContext, values: string[]): Promise<void> {
    await this.accessor.set(context, values);
  }

  async clear(context: TurnContext): Promise<void> {
    await this.accessor.set(context, []);
  }
}
