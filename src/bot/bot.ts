import {
  Activity,
  ActivityTypes,
  ConversationState,
  MessagingExtensionQuery,
  MessagingExtensionResponse,
  SendActivitiesHandler,
  StatePropertyAccessor,
  TeamsActivityHandler,
  TurnContext,
  UserState,
} from 'botbuilder';
import { Dialog, DialogInstance, DialogSet, DialogState, DialogTurnStatus } from 'botbuilder-dialogs';
import { footnotePrefixes, safetyParts, safetyText } from '../core/render';
import type { SafetyHit } from '../core/safety';
import { menuLabels, recogniseInterruption } from '../core/menu';
import { showsSuggestedActions, withOptions, withoutButtons } from './choices';
import { closestEntries, detailLeftWaiting, entryFor, entryOption, setDetailWaiting } from './replies';
import type { Option as ButtonOption } from '../core/choice';
import { asksSomething } from '../core/text';
import { messageText } from './messageText';
import { foldedAnswerMessage, teamsMessage } from './teamsCards';
import { turnLog, type BotLog } from '../log';
import type { SignpostDeps } from '../deps';
import { recordDialogStep, recordTurn } from './insightsHook';
import { messageTooLong } from '../core/messageLimits';
import { searchResponse, selectResponse } from './staffExtension';
import { isStorageUnavailable } from './storage';
import { logId } from '../log';
import type { AreaMemory } from './areaMemory';
import type { ButtonMemory } from './buttonMemory';
import { FORGOTTEN_FLAG } from './channelFlags';

/** Channels where our own chat page or widget is the client: it clears the screen after "forget me". */
const FRESH_SCREEN_CHANNELS = new Set(['webchat', 'directline']);
/** channelData flag on the "forget me" confirmation that tells public/chat.js and public/widget.js to start afresh. */

/** How the bot starts the main dialog: with words the parent typed, or a prompt to show with the menu. */
export interface MainDialogStart { text?: string; prompt?: string; changeArea?: boolean }

/** How many topics a question sent with a crisis message may offer, as "Did you mean…" does. */
const QUESTION_WAITING_TOPICS = 3;

/** The main dialog's own loop and prompt (dialogs/mainDialog.ts); anything else on its stack is a journey. */
const MAIN_OWN_DIALOGS = new Set(['mainLoop', 'mainPrompt']);

/** Per-conversation facts the bot itself keeps (dialog answers live in the dialog state). */
interface ConversationFlags {
  welcomed?: boolean;
  /** The entry whose summary the last turn sent, its rest waiting for "More detail" (src/bot/replies.ts). */
  moreDetail?: string;
}

/**
 * In Teams, answers and other Markdown messages go out as Adaptive Cards (v1.5), which render the same on
 * desktop, web and mobile; messages that already carry a card are left as they are.
 */
const answersAsTeamsCards = (footnotes: readonly string[]): SendActivitiesHandler => async (_context, activities, next) => {
  for (const activity of activities) {
    if (activity.type === ActivityTypes.Message && activity.textFormat === 'markdown' && activity.text && !activity.attachments?.length) {
      activity.attachments = teamsMessage(activity.text, [], footnotes).attachments;
      delete activity.text;
      delete activity.textFormat;
    }
  }
  return next();
};

/**
 * A channel (or anyone, in local mode) may send attachments, membersAdded or entities that are not lists of
 * objects. Every handler here and in botbuilder assumes they are, so malformed ones are made empty or
 * filtered before anything reads them: a strange activity gets an ordinary answer, never an exception.
 */
export function tidyActivity(activity: Partial<Activity>): void {
  const a = activity as Record<string, unknown>;
  for (const field of ['attachments', 'membersAdded', 'membersRemoved', 'entities'] as const) {
    const value = a[field];
    if (value === undefined || value === null) continue;
    a[field] = Array.isArray(value) ? value.filter((item) => item !== null && typeof item === 'object' && !Array.isArray(item)) : [];
  }
  for (const list of ['membersAdded', 'membersRemoved'] as const) {
    const members = a[list] as Array<Record<string, unknown>> | undefined;
    if (members) a[list] = members.filter((m) => typeof m.id === 'string');
  }
  if (Array.isArray(a.attachments)) {
    for (const attachment of a.attachments as Array<Record<string, unknown>>) {
      if (attachment.contentType !== undefined && typeof attachment.contentType !== 'string') attachment.contentType = String(attachment.contentType).slice(0, 200);
    }
  }
  if (a.recipient !== undefined && (a.recipient === null || typeof a.recipient !== 'object')) a.recipient = undefined;
}

export class SignpostBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;
  private readonly flags: StatePropertyAccessor<ConversationFlags>;
  private readonly dialogs: DialogSet;
  /** How the lines under an answer begin ("Source:", …), shown smaller in a Teams card. */
  private readonly footnotes: readonly string[];

  constructor(
    private readonly deps: SignpostDeps,
    private readonly conversationState: ConversationState,
    private readonly userState: UserState,
    private readonly log: BotLog,
    /** The main dialog, with every journey inside it: built by the composition root (src/app.ts). */
    private readonly mainDialog: Dialog<MainDialogStart>,
    /** Where the family lives, kept for the conversation (the same accessor the journeys were given). */
    private readonly areaMemory?: AreaMemory,
    /** The buttons last on screen (the same accessor the main dialog was given): a crisis reply takes them away. */
    private readonly buttonMemory?: ButtonMemory,
  ) {
    super();
    this.footnotes = footnotePrefixes(deps.knowledge.text);
    this.dialogState = conversationState.createProperty<DialogState>('dialogState');
    this.flags = conversationState.createProperty<ConversationFlags>('flags');
    this.dialogs = new DialogSet(this.dialogState);
    this.dialogs.add(mainDialog);

    this.onMembersAdded(async (context, next) => {
      const { activity } = context;
      const botId = activity.recipient?.id;
      const added = activity.membersAdded ?? [];
      // Teams tells us the bot was installed (the bot is the member added); other channels add the user.
      const someoneArrived =
        activity.channelId === 'msteams' ? added.some((m) => m.id === botId) : added.some((m) => m.id !== botId);
      if (someoneArrived) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    this.onMessage(async (context, next) => {
      await this.onParentMessage(context);
      recordDialogStep(context, this.deps); // insights: a turn that was not a question or safety is a menu/journey step
      await next();
    });
  }

  /**
   * Loads state, runs the turn, saves state after every turn whatever handler ran. If the store cannot be
   * read the parent still gets an honest reply (and the safety reply, which needs no state) instead of silence.
   */
  override async run(context: TurnContext): Promise<void> {
    tidyActivity(context.activity);
    if (context.activity.channelId === 'msteams') context.onSendActivities(answersAsTeamsCards(this.footnotes));
    // Ids, type and length only: turnLog never includes the words a parent typed.
    this.log.info(turnLog(context.activity), 'turn');
    try {
      await Promise.all([this.conversationState.load(context), this.userState.load(context)]);
    } catch (error) {
      if (!isStorageUnavailable(error)) throw error;
      this.log.warn({ conversationId: logId(context.activity.conversation?.id), reason: error.reason }, 'state could not be loaded');
      await this.replyWithoutState(context);
      return;
    }
    await super.run(context);
    await this.conversationState.saveChanges(context, false);
    await this.userState.saveChanges(context, false);
  }

  /** Teams staff search (composeExtension/query): the matcher's results for the words typed. See staffExtension.ts. */
  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return searchResponse(context, this.deps, query);
  }

  /** Teams staff search (composeExtension/selectItem): the card for the entry picked. */
  protected override async handleTeamsMessagingExtensionSelectItem(context: TurnContext, query: unknown): Promise<MessagingExtensionResponse> {
    return selectResponse(context, this.deps, query);
  }

  /** The turn when the store is not answering: the safety reply if the words call for it, else an honest note. */
  private async replyWithoutState(context: TurnContext): Promise<void> {
    const { activity } = context;
    if (activity.type !== ActivityTypes.Message && activity.type !== ActivityTypes.ConversationUpdate) return;
    const text = activity.type === ActivityTypes.Message ? messageText(context) : '';
    const hit = text ? this.deps.screen(text) : undefined;
    if (hit) {
      recordTurn(context, this.deps, { outcome: 'safety' });
      await context.sendActivity({ type: ActivityTypes.Message, text: safetyText(hit, this.deps.knowledge.text), textFormat: 'markdown' });
      return;
    }
    const forgetting = text !== '' && recogniseInterruption(text, (k) => this.text(k)) === 'forgetMe';
    await context.sendActivity({ type: ActivityTypes.Message, text: this.text(forgetting ? 'forgetMe.unavailable' : 'state.unavailable'), textFormat: 'markdown' });
  }

  private text(key: string): string {
    return this.deps.knowledge.text(key);
  }

  private menuMessage(context: TurnContext, prompt: string) {
    const buttons = menuLabels((k) => this.text(k)).map((l) => ({ title: l.title }));
    return withOptions(context.activity.channelId, prompt, buttons);
  }

  /** The greeting, the information-not-advice line (once per conversation), and the menu. */
  private async welcome(context: TurnContext): Promise<void> {
    const flags = await this.flags.get(context, {});
    if (flags.welcomed) return;
    flags.welcomed = true;
    await context.sendActivity({ type: ActivityTypes.Message, text: this.text('welcome'), textFormat: 'markdown' });
    const dc = await this.dialogs.createContext(context);
    await dc.cancelAllDialogs();
    await dc.beginDialog(this.mainDialog.id, {} satisfies MainDialogStart);
  }

  /**
   * One message from the parent. The rest of an answer waits behind "More detail" for one turn only: the
   * turn after its summary. Whatever else that turn does, it keeps only what it left waiting itself.
   */
  private async onParentMessage(context: TurnContext): Promise<void> {
    const flags = await this.flags.get(context, {});
    setDetailWaiting(context, flags.moreDetail);
    await this.respond(context, flags);
    // A new summary leaves its own rest waiting. Otherwise the old rest keeps waiting only while the prompt on
    // screen still offers "More detail" (after "help", say); a journey, the menu or another answer let it go.
    // After "forget me" the flags object is no longer part of the state, so nothing is written back.
    const offered = detailLeftWaiting(context);
    const waiting = offered ?? (flags.moreDetail && this.offersMoreDetail((await this.dialogs.createContext(context)).activeDialog) ? flags.moreDetail : undefined);
    if (waiting) flags.moreDetail = waiting;
    else delete flags.moreDetail;
  }

  /** Whether the main dialog is waiting at its own prompt with "More detail" among the buttons it offered. */
  private offersMoreDetail(main: DialogInstance | undefined): boolean {
    const stack = (main?.state as { dialogs?: DialogState } | undefined)?.dialogs?.dialogStack ?? [];
    if (stack.length === 0 || stack.some((d) => !MAIN_OWN_DIALOGS.has(d.id))) return false;
    const offered = (stack[0]!.state as { options?: { offered?: Array<{ title?: string }> } } | undefined)?.options?.offered ?? [];
    return offered.some((o) => o.title === this.text('more.button'));
  }

  private async respond(context: TurnContext, flags: ConversationFlags): Promise<void> {
    const dc = await this.dialogs.createContext(context);
    const text = messageText(context);
    const hasFiles = (context.activity.attachments ?? []).some((a) => !a.contentType?.startsWith('text/html'));

    // Safety comes first, before the welcome, menus, interruptions and any prompt waiting for an answer.
    // A crisis on the very first message gets the crisis reply alone: the welcome waits for the next message.
    const hit = text ? this.deps.screen(text) : undefined;
    if (hit) {
      await this.safetyReply(context, dc, hit);
      return;
    }

    if (!flags.welcomed) {
      // Some channels never send a conversationUpdate: greet on the first message instead, then carry on.
      flags.welcomed = true;
      await context.sendActivity({ type: ActivityTypes.Message, text: this.text('welcome'), textFormat: 'markdown' });
    }

    if (!text) {
      await context.sendActivity(this.text(hasFiles ? 'input.attachment' : 'input.empty'));
      await this.carryOn(dc);
      return;
    }
    if (hasFiles) await context.sendActivity(this.text('input.attachment'));

    // Checked after the safety screen, so a risk phrase inside a very long message is never missed.
    if (messageTooLong(text)) {
      await context.sendActivity(this.text('input.tooLong'));
      await this.carryOn(dc);
      return;
    }
    await this.afterScreening(context, dc, flags, text);
  }

  /**
   * The crisis reply, then: inside a journey its question again as words only; elsewhere a question asked
   * in the same message offered as buttons (questionWaiting), or nothing more.
   * In Teams everything after the first screen folds under "More help" in the same card.
   */
  private async safetyReply(context: TurnContext, dc: Awaited<ReturnType<DialogSet['createContext']>>, hit: SafetyHit): Promise<void> {
    this.log.info({ conversationId: logId(context.activity.conversation?.id), outcome: 'safety', layer: hit.layer, categories: hit.categories.map((c) => c.id) }, 'turn');
    recordTurn(context, this.deps, { outcome: 'safety' }); // insights: the outcome only, never the words
    // The crisis reply has no buttons to pick by number: "1" next is not the menu's first item (a question
    // asked with it may put its own topics there, below).
    await this.buttonMemory?.clear(context);
    const { first, more } = safetyParts(hit, this.deps.knowledge.text);
    const channelId = context.activity.channelId;
    const inJourney = this.inJourney(dc.activeDialog);
    const { offered: waiting, line } = inJourney ? { offered: [], line: '' } : await this.questionWaiting(context, messageText(context));
    if (waiting.length && showsSuggestedActions(channelId)) {
      // Web Chat: the crisis reply and the question's topics in ONE message. Sent as two, the second can arrive a
      // moment later and the transcript scrolls on to it, taking the crisis reply's first lines (999) off screen.
      const text = `${safetyText(hit, this.deps.knowledge.text)}\n\n${line}`;
      await context.sendActivity({ ...withOptions(channelId, text, waiting), textFormat: 'markdown' });
    } else {
      await context.sendActivity(channelId === 'msteams' && more
        ? foldedAnswerMessage(first, more, this.text('safety.moreHelp.button'))
        : { type: ActivityTypes.Message, text: safetyText(hit, this.deps.knowledge.text), textFormat: 'markdown' });
      if (waiting.length) await context.sendActivity(withOptions(channelId, line, waiting));
    }
    if (inJourney) {
      // The journey's question is shown again so nothing feels lost, but without its buttons: after a
      // safety reply the only buttons on screen are its own (call links). Typing the answer carries on.
      await context.sendActivity(this.text('safety.carryOn'));
      context.onSendActivities(async (_ctx, activities, next) => {
        for (const activity of activities) withoutButtons(activity);
        return next();
      });
      await dc.repromptDialog();
    } else {
      // At the menu or after an answer: the earlier answer's buttons (and its "Did this help?") lapse; the
      // next message starts afresh from the main menu's point of view.
      if (dc.activeDialog) await dc.cancelAllDialogs();
    }
  }

  /**
   * After a crisis reply outside a journey, a SEND question in the same message is not lost: the topics for one
   * short line after the crisis reply, the entry it matched (or the "Did you mean…" topics) as buttons, never the
   * answer itself, which would push the crisis reply off the top of the screen. Tapping a button (or typing its
   * number) answers it. A SEND question with no clear answer gets its closest topics, said as such, as it would
   * without the crisis. None when the message asks nothing or is not about SEND.
   */
  private async questionWaiting(context: TurnContext, text: string): Promise<{ offered: ButtonOption[]; line: string }> {
    const none = { offered: [], line: '' };
    // A message over the length limit is screened but never matched: the parent is asked to shorten it.
    if (!text || messageTooLong(text) || !asksSomething(text)) return none;
    const outcome = this.deps.matcher.match(text);
    const unclear = outcome.kind === 'noAnswer' && outcome.reason === 'outOfScope';
    const matched = outcome.kind === 'answer' ? [outcome.entry]
      : outcome.kind === 'didYouMean' ? outcome.options
      : unclear ? closestEntries(this.deps, text)
      : [];
    if (matched.length === 0) return none;
    const area = await this.areaMemory?.get(context);
    const offered = [...new Set(matched.map((e) => entryFor(this.deps, e, area)))].slice(0, QUESTION_WAITING_TOPICS).map(entryOption);
    await this.buttonMemory?.set(context, offered.map((o) => o.value ?? o.title));
    return { offered, line: this.text(unclear ? 'safety.questionClosest' : 'safety.questionWaiting') };
  }

  /** A message that passed the safety screen and the length rule: words that work anywhere, then the dialogs. */
  private async afterScreening(context: TurnContext, dc: Awaited<ReturnType<DialogSet['createContext']>>, flags: ConversationFlags, text: string): Promise<void> {
    switch (recogniseInterruption(text, (k) => this.text(k))) {
      case 'forgetMe':
        // Delete everything kept for this conversation and this parent, from the store itself.
        delete flags.moreDetail;
        await dc.cancelAllDialogs();
        try {
          await this.conversationState.delete(context);
          await this.userState.delete(context);
        } catch (error) {
          if (!isStorageUnavailable(error)) throw error;
          // Never claim a deletion that did not happen.
          await context.sendActivity({ type: ActivityTypes.Message, text: this.text('forgetMe.unavailable'), textFormat: 'markdown' });
          return;
        }
        if (FRESH_SCREEN_CHANNELS.has(context.activity.channelId)) {
          // Our chat page and widget see this flag, clear the screen and start a new conversation, showing this text.
          await context.sendActivity({ type: 'message', text: this.text('forgetMe.cleared'), channelData: { [FORGOTTEN_FLAG]: true } });
          return;
        }
        await context.sendActivity(withOptions(context.activity.channelId, this.text('forgetMe.done'), [{ title: this.text('menu.button') }]));
        return;
      case 'cancel':
        await dc.cancelAllDialogs();
        await dc.beginDialog(this.mainDialog.id, { prompt: this.text('cancel.done') } satisfies MainDialogStart);
        return;
      case 'menu':
      case 'startOver':
        // Starting over clears the answers a journey collected (they live in the dialog state).
        await dc.cancelAllDialogs();
        await dc.beginDialog(this.mainDialog.id, {} satisfies MainDialogStart);
        return;
      case 'talkToPerson':
        // From anywhere: the journey in progress is left (saying so), and Talk to a person starts.
        if (this.inJourney(dc.activeDialog)) await context.sendActivity(this.text('interrupt.talkToPerson.leaving'));
        await dc.cancelAllDialogs();
        await dc.beginDialog(this.mainDialog.id, { text: this.text('menu.talkToPerson') } satisfies MainDialogStart);
        return;
      case 'changeArea':
        // Forget the area and ask it again, in Local services.
        await this.areaMemory?.clear(context);
        await dc.cancelAllDialogs();
        await dc.beginDialog(this.mainDialog.id, { text: this.text('menu.localServices'), changeArea: true } satisfies MainDialogStart);
        return;
      case 'help':
        await context.sendActivity({ type: ActivityTypes.Message, text: this.text('help'), textFormat: 'markdown' });
        await this.carryOn(dc);
        return;
      default:
        break;
    }

    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) {
      await dc.beginDialog(this.mainDialog.id, { text } satisfies MainDialogStart);
    }
  }

  /** Whether a guided journey is under way inside the main dialog (not just its menu or question prompt). */
  private inJourney(main: DialogInstance | undefined): boolean {
    const stack = (main?.state as { dialogs?: DialogState } | undefined)?.dialogs?.dialogStack ?? [];
    return stack.some((d) => !MAIN_OWN_DIALOGS.has(d.id));
  }

  /** Re-asks whatever was being asked, or shows the menu if nothing was. Nothing is lost. */
  private async carryOn(dc: Awaited<ReturnType<DialogSet['createContext']>>): Promise<void> {
    if (dc.activeDialog) await dc.repromptDialog();
    else await dc.beginDialog(this.mainDialog.id, {} satisfies MainDialogStart);
  }

  /**
   * What a parent sees when something breaks: a short apology and the menu, or, when the store failed, an
   * honest note that the conversation could not be saved. The reply is sent first, so a store that is down
   * cannot silence it. The error is logged with the conversation id only, never the message text. Then the
   * broken dialog state is dropped (if even that cannot be saved, the whole conversation state is deleted so
   * the next turn starts clean); when the store itself failed, nothing more is asked of it.
   */
  createTurnErrorHandler() {
    return async (context: TurnContext, error: unknown): Promise<void> => {
      const err = error instanceof Error ? error : new Error(String(error));
      const storage = isStorageUnavailable(error);
      this.log.error(
        {
          conversationId: logId(context.activity.conversation?.id),
          channelId: context.activity.channelId,
          err: storage ? { name: err.name, message: err.message } : { name: err.name, message: err.message, stack: err.stack },
        },
        'turn failed',
      );
      try {
        if (storage) await context.sendActivity({ type: ActivityTypes.Message, text: this.text(error.operation === 'read' ? 'state.unavailable' : 'state.notSaved'), textFormat: 'markdown' });
        else await context.sendActivity(this.menuMessage(context, this.text('error.apology')));
      } catch (sendError) {
        this.log.error({ conversationId: logId(context.activity.conversation?.id), err: String(sendError).split('\n')[0].slice(0, 200) }, 'could not apologise');
      }
      if (storage) return;
      try {
        // Drop only the dialog that broke; the rest (e.g. that the parent was already welcomed) stays.
        await this.dialogState.delete(context);
        await this.conversationState.saveChanges(context, true).catch(() => this.conversationState.delete(context));
      } catch {
        this.log.warn({ conversationId: logId(context.activity.conversation?.id) }, 'could not reset the dialog after an error');
      }
    };
  }
}
