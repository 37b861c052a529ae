import { BotState, TurnContext } from 'botbuilder';
import type { BotLog } from '../log';

/** True for the error MemoryStorage and BlobsStorage throw when a write's eTag no longer matches. */
export function isStateConflict(error: unknown): boolean {
  return error instanceof Error && /eTag conflict/i.test(error.message);
}

export interface CommitThenSendOptions {
  /** Every BotState the turn saves; reloaded from the store before a retry. */
  states: BotState[];
  log: BotLog;
  /** How many times a turn may run in all before the parent is asked to send again. */
  attempts?: number;
  /** What the parent is told when the turn still conflicts after every attempt. */
  resendText: () => string;
}

/**
 * Runs a turn so that its replies reach the parent only after its state is saved.
 *
 * Replies are held back while the turn runs. If saving the state hits a conflict (another instance saved a
 * turn of the same conversation since this one read it), the held replies are dropped, the state is read
 * again and the whole turn runs again on top of the other turn's result, so neither message is lost and the
 * parent never sees a reply from a turn that did not count. If it still conflicts after `attempts` runs, the
 * parent is asked kindly to send the message again; their earlier answers are kept.
 *
 * Holding replies until the save also closes a race on a single instance: a parent who answers very quickly
 * cannot reach another instance before the state their answer depends on is stored.
 *
 * Any other error sends what was held (as before) and is rethrown for the adapter's turn-error handler.
 */
export function commitThenSend(run: (context: TurnContext) => Promise<void>, options: CommitThenSendOptions) {
  const attempts = options.attempts ?? 3;
  return async (context: TurnContext): Promise<void> => {
    let holding = true;
    let held: Array<() => Promise<unknown>> = [];
    context.onSendActivities(async (_ctx, activities, next) => {
      if (!holding) return next();
      // Keep the rest of the send pipeline (and the real send) for later; answer with placeholder ids.
      held.push(next);
      return activities.map(() => ({ id: '' }));
    });
    const release = async () => {
      holding = false;
      const sends = held;
      held = [];
      for (const send of sends) await send();
    };

    for (let attempt = 1; ; attempt += 1) {
      try {
        await run(context);
        await release();
        return;
      } catch (error) {
        if (!isStateConflict(error)) {
          await release();
          throw error;
        }
        held = [];
        options.log.warn({ conversationId: context.activity.conversation?.id, attempt }, 'state conflict: another turn of this conversation saved first');
        if (attempt >= attempts) {
          holding = false;
          await context.sendActivity(options.resendText());
          return;
        }
        // Fresh state (with the other turn's changes) for the next run of this turn.
        for (const state of options.states) await state.load(context, true);
      }
    }
  };
}
