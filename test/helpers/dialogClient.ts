import { Activity, ConversationState, MemoryStorage, Middleware } from 'botbuilder';
import { Dialog, DialogSet, DialogTurnResult, DialogTurnStatus } from 'botbuilder-dialogs';
import { DialogTestClient, DialogTestLogger } from 'botbuilder-testing';
import { onTestFailed } from 'vitest';

/**
 * One dialog on its own on botbuilder-testing's DialogTestClient: no SignpostBot, so no welcome, no safety
 * screen, no interruption words and no message-length limit (src/bot/bot.ts does those before a dialog runs).
 * Build the deps once per file (testDeps()) and a client per test.
 */

/** The activity that asks the harness for a re-prompt turn (see `reprompt`). Never reaches the dialog itself. */
const REPROMPT: Partial<Activity> = { type: 'event', name: 'test.reprompt' };

export interface DialogHarness {
  client: DialogTestClient;
  /** Sends one activity and returns every reply of that turn, in order. */
  say(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /**
   * A turn in which the dialog is only re-prompted, exactly as SignpostBot.carryOn does after "help", an empty
   * message, a too-long message or a safety message: `dc.repromptDialog()` on the active dialog, state saved
   * afterwards. `client.dialogTurnResult` is left as the last real turn set it.
   */
  reprompt(): Promise<Partial<Activity>[]>;
  /** What the dialog returned on the last turn it ran: waiting, or complete with its result. */
  readonly turn: DialogTurnResult;
  /** DialogTestLogger's transcript; printed when a test fails. */
  transcript: string[];
}

/**
 * A DialogTestClient for `dialog` on `channelId` ('test' shows buttons as a numbered list in the text).
 * The first activity sent begins the dialog with `options`, whatever it says (that is how DialogTestClient works).
 */
export function dialogClient(dialog: Dialog, options?: unknown, channelId = 'test'): DialogHarness {
  const transcript: string[] = [];
  const conversationState = new ConversationState(new MemoryStorage());
  const reprompter: Middleware = {
    onTurn: async (context, next) => {
      if (context.activity.type !== REPROMPT.type || context.activity.name !== REPROMPT.name) return next();
      const dialogs = new DialogSet(conversationState.createProperty('DialogState'));
      dialogs.add(dialog);
      const dc = await dialogs.createContext(context);
      if (dc.activeDialog) await dc.repromptDialog();
    },
  };
  const logger = new DialogTestLogger({ log: (...parts: unknown[]) => transcript.push(parts.map(String).join(' ')) });
  // The logger goes first so it also sees the re-prompt turns.
  const client = new DialogTestClient(channelId, dialog, options, [logger, reprompter], conversationState);
  try {
    onTestFailed(() => console.log(`Transcript of ${dialog.id}:\n${transcript.join('\n')}`));
  } catch {
    // Created outside a running test: no transcript on failure.
  }

  async function say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    for (let reply = await client.sendActivity(input); reply; reply = client.getNextReply()) replies.push(reply);
    return replies;
  }
  return {
    client,
    say,
    reprompt: () => say(REPROMPT),
    get turn() {
      return client.dialogTurnResult;
    },
    transcript,
  };
}

export const { waiting: WAITING, complete: COMPLETE } = DialogTurnStatus;

/**
 * The choices a `test`-channel reply lists as numbered text (ChoiceFactory: "   1. A" lines, or inline
 * "(1) A, (2) B or (3) C"), in order. Empty when the reply lists none.
 */
export function numberedChoices(reply: Partial<Activity> | undefined): string[] {
  const text = reply?.text ?? '';
  const listed = [...text.matchAll(/^\s+\d+\. (.+)$/gm)].map((m) => m[1].trim());
  if (listed.length) return listed;
  return [...text.matchAll(/\(\d+\) (.+?)(?=,? or \(\d+\)|, \(\d+\)|$)/g)].map((m) => m[1].trim());
}

/** The last reply of a turn: where the question (and its numbered choices) is. */
export const last = (replies: Partial<Activity>[]): Partial<Activity> | undefined => replies[replies.length - 1];

/** Every reply's text, joined (cards are not included: look at attachments for those). */
export const texts = (replies: Partial<Activity>[]): string => replies.map((r) => r.text ?? '').join('\n');
