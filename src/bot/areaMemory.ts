import type { ConversationState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { Region } from '../core/model';

/**
 * Where the family lives (Dorset Council, BCP Council or elsewhere in England), once given or inferred,
 * kept for the conversation so later answers show that area's services first (or only). It lives in the
 * conversation state, so "forget me" deletes it with everything else.
 * One accessor, created once by the composition root and handed to the dialogs that read or set it.
 */
export class AreaMemory {
  private readonly accessor: StatePropertyAccessor<Region | undefined>;

  constructor(conversationState: ConversationState) {
    this.accessor = conversationState.createProperty<Region | undefined>('familyArea');
  }

  async get(context: TurnContext): Promise<Region | undefined> {
    return this.accessor.get(context);
  }

  async set(context: TurnContext, area: Region): Promise<void> {
    await this.accessor.set(context, area);
  }

  async clear(context: TurnContext): Promise<void> {
    await this.accessor.delete(context);
  }
}
