import { ActivityTypes, Attachment, AttachmentLayoutTypes, CardFactory, TurnContext } from 'botbuilder';
import { answerText, serviceText } from '../src/core/render';
import { Dialog, DialogContext, DialogInstance, DialogTurnResult } from 'botbuilder-dialogs';
import { messageText } from '../src/bot/messageText';
import { parseDateInput } from '../src/core/dateInput';
import { formatShort, todayInLondon } from '../src/core/dates';
import { withOptions } from '../src/bot/choices';
import { pickOption, positionFromWords, type AskOption, type Option } from '../src/core/choice';
import { asksSomething, looksLikeQuestion, simplify, wordList } from '../src/core/text';
import { answerQuestion, areaLine, sendEntry } from '../src/bot/replies';
import type { AreaMemory } from '../src/bot/areaMemory';
import type { SignpostDeps } from '../src/deps';
import { wordingFrom, type Wording } from '../src/core/wording';
import { servicesForArea } from '../src/core/services';
import type { Entry, Region, Service } from '../src/core/model';
import { MAX_MESSAGE_CHARS } from '../src/core/messageLimits';
import { recogniseSmallTalk } from '../src/core/menu';

/**
 * One question inside a guided journey (assessment rights, local services, disagreements, talk to a person).
 * Shared by those dialogs so they all behave the same way with odd answers:
 * - a button, its number or its words → the answer;
 * - a question typed instead → answered from the knowledge base, then "shall we carry on?" and the same question;
 * - anything else → a kind "I didn't catch that" and the same question. Nothing collected so far is lost.
 * Interruption words and the safety screen never get here: the bot deals with them first.
 */

/** Free-text answers and how each is checked. */
export type FieldKind = 'name' | 'date-of-birth' | 'short-text' | 'long-text';

export interface AskSpec {
  /** Text of the question (already looked up in the dialog's wording). */
  prompt: string;
  options: AskOption[];
  /** Set when the answer is typed rather than chosen. */
  field?: FieldKind;
  /** Offer a "skip" button and accept skip words (letter questions). */
  skippable?: boolean;
  /**
   * Anything typed that is not one of the options is handed back (`elsewhere`) instead of being answered
   * inside the journey: for a journey the parent did not choose ("we live in Poole" starts Local services).
   */
  release?: boolean;
}

export type AskAnswer =
  | { kind: 'option'; value: string }
  | { kind: 'text'; text: string }
  | { kind: 'skip' }
  /** Not an answer to a `release` question: the parent's own message, to be taken as a fresh one. */
  | { kind: 'elsewhere'; text: string };

interface AskState {
  spec: AskSpec;
  /** "Did you mean…" entries offered after an unclear question, by title. */
  offered: Option[];
}

/**
 * The event a choice question raises when the parent says they are done ("no thanks", "that's all"): whoever
 * started the journeys handles it (dialogs/mainDialog.ts); unhandled, the words are "didn't catch that".
 */
export const JOURNEY_FINISHED = 'signpost.journeyFinished';

/** The bot already refuses longer messages (src/limits.ts); the same limit here keeps the two in step. */
export const LONG_TEXT_MAX = MAX_MESSAGE_CHARS;
const SHORT_TEXT_MAX = 200;
/** Question words no name or date starts with ("what do I put here"); "Will", "May" or "Can" can start a name. */
const WH_START = /^(how|what|whats|when|whens|why|where|which|whos)\b/;


/** Wording for one of these dialogs, from knowledge/dialogs/<dialogName>.yaml. Throws on a missing key. */
export function dialogWords(deps: SignpostDeps, dialogName: string): Wording {
  return wordingFrom(deps.knowledge.dialogText[dialogName], `dialogs/${dialogName}.yaml`);
}

export class AskDialog extends Dialog<AskSpec> {
  private readonly words: Wording;

  /** `dialogName` is whose wording (knowledge/dialogs/<dialogName>.yaml) supplies the shared `ask.*` keys. */
  constructor(id: string, private readonly deps: SignpostDeps, private readonly dialogName: string, private readonly memory?: AreaMemory) {
    super(id);
    this.words = dialogWords(deps, dialogName);
  }

  override async beginDialog(dc: DialogContext, spec?: AskSpec): Promise<DialogTurnResult> {
    if (!spec) throw new Error('AskDialog needs a question');
    const state: AskState = { spec, offered: [] };
    dc.activeDialog!.state = state;
    await this.send(dc.context, state, '');
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<AskState>): Promise<void> {
    await this.send(context, instance.state, '');
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as AskState;
    const { spec } = state;
    const { context } = dc;
    if (context.activity.type !== ActivityTypes.Message) return Dialog.EndOfTurn;
    const said = messageText(context);
    // A number ("2", "option 2", "the second one") picks the button shown at that place, counting every
    // button on screen: "Did you mean…" topics first, then the question's options, then Skip (the `test`
    // channel lists them as numbered text in the same order).
    const position = positionFromWords(said);
    const shown = this.buttons(state);
    const byNumber = position !== undefined ? shown[position - 1] : undefined;
    if (byNumber) {
      const offeredEntry = state.offered.includes(byNumber) ? this.offeredEntry(byNumber) : undefined;
      if (offeredEntry) return this.sendOffered(dc, state, offeredEntry);
      if (state.spec.skippable && byNumber.title === this.words('ask.skipButton') && position === shown.length) {
        return dc.endDialog({ kind: 'skip' } satisfies AskAnswer);
      }
      return dc.endDialog({ kind: 'option', value: byNumber.value ?? byNumber.title } satisfies AskAnswer);
    }

    // A "Did you mean…" option we showed after an unclear question, by its title: answer it, then carry on.
    const offered = state.offered.find((o) => simplify(o.title) === simplify(said));
    const offeredEntry = offered && this.offeredEntry(offered);
    if (offeredEntry) return this.sendOffered(dc, state, offeredEntry);

    const option = pickOption(said, spec.options);
    if (option) return dc.endDialog({ kind: 'option', value: option.value ?? option.title } satisfies AskAnswer);

    if (spec.skippable && wordList(`${this.words('ask.skipButton')};${this.words('ask.skip.words')}`).includes(simplify(said))) {
      return dc.endDialog({ kind: 'skip' } satisfies AskAnswer);
    }

    // A question the parent did not choose lets go of a question, a message about SEND, or small talk
    // ("no thanks"); what is none of those ("asdfgh") is "didn't catch that" and the same question, as elsewhere.
    const { knowledge } = this.deps;
    if (spec.release && (asksSomething(said) || recogniseSmallTalk(said, knowledge.text.bind(knowledge)) !== undefined || this.aboutSend(said))) {
      return dc.endDialog({ kind: 'elsewhere', text: said } satisfies AskAnswer);
    }

    // "no thanks", "that's all, thanks", "bye" at a choice: the parent has finished with the journey. The main
    // dialog (the event's handler) ends it and answers the words as if they were typed at the menu.
    const talk = spec.field ? undefined : recogniseSmallTalk(said, knowledge.text.bind(knowledge));
    if ((talk === 'no' || talk === 'thanks') && (await dc.emitEvent(JOURNEY_FINISHED, said, true))) return Dialog.EndOfTurn;

    // "not sure", "idk" at a choice: a parent stuck between the options, not a typo. Say what to do rather than
    // "didn't catch that" (a question with its own "not sure" option has already taken them above).
    if (!spec.field && wordList(this.words('ask.unsure.words')).includes(simplify(said))) {
      await this.send(context, state, this.words('ask.unsure'));
      return Dialog.EndOfTurn;
    }

    if (spec.field && !this.readsAsQuestion(spec.field, said)) {
      const checked = this.checkField(spec.field, said);
      if ('problem' in checked) {
        await this.send(context, state, checked.problem);
        return Dialog.EndOfTurn;
      }
      return dc.endDialog({ kind: 'text', text: checked.value } satisfies AskAnswer);
    }

    // Not an answer to this question: if the knowledge base can answer it, do; never guess.
    const outcome = this.deps.matcher.match(said);
    if (outcome.kind === 'noAnswer') {
      if (spec.field) {
        // A typed answer that happens to start like a question ("Is very anxious…") is still an answer.
        const checked = this.checkField(spec.field, said);
        // A name or a date is never a question, so one that reads as a question is asked again, never stored.
        const canBeAnswer = spec.field !== 'name' && spec.field !== 'date-of-birth' && !/\?\s*$/.test(said);
        if (canBeAnswer && !('problem' in checked)) return dc.endDialog({ kind: 'text', text: checked.value } satisfies AskAnswer);
        if (outcome.reason !== 'outOfScope') {
          await this.send(context, state, 'problem' in checked ? checked.problem : this.words('ask.notUnderstood'));
          return Dialog.EndOfTurn;
        }
      } else if (!asksSomething(said)) {
        await this.send(context, state, this.words('ask.notUnderstood'));
        return Dialog.EndOfTurn;
      }
      // A question with no clear answer gets the same honest reply as outside a journey (for SEND, the
      // closest topics and a person to ask; otherwise what the bot knows about), never "I didn't catch
      // that. Please … type a question", which reads as broken to a parent who just did.
    }
    const reply = await answerQuestion(context, this.deps, said, { duringPrompt: true, area: await this.memory?.get(context) });
    state.offered = reply.outcome === 'didYouMean' || reply.outcome === 'noAnswer' ? reply.offered : [];
    const intro = reply.outcome === 'didYouMean' ? this.deps.knowledge.text('question.didYouMean')
      : reply.outcome === 'noAnswer' && reply.offered.length ? `${this.deps.knowledge.text('question.closestTopics')}\n\n${this.words('ask.carryOn')}`
        : this.words('ask.carryOn');
    await this.send(context, state, intro);
    return Dialog.EndOfTurn;
  }

  /** Whether the matcher finds the words to be about SEND: an answer, a "Did you mean…", or a SEND question it cannot answer. */
  private aboutSend(said: string): boolean {
    const outcome = this.deps.matcher.match(said);
    return outcome.kind !== 'noAnswer' || outcome.reason === 'outOfScope';
  }

  /** The entry a "Did you mean…" button stands for. */
  private offeredEntry(offered: Option): Entry | undefined {
    return this.deps.knowledge.entries.find((e: Entry) => e.title === (offered.value ?? offered.title));
  }

  /** Answers a "Did you mean…" topic the parent chose, then asks the same question again. */
  private async sendOffered(dc: DialogContext, state: AskState, entry: Entry): Promise<DialogTurnResult> {
    const reply = await sendEntry(dc.context, this.deps, entry, await this.memory?.get(dc.context), { duringPrompt: true });
    state.offered = reply.offered;
    await this.send(dc.context, state, this.words('ask.carryOn'));
    return Dialog.EndOfTurn;
  }

  /**
   * Whether a typed answer is really a question. Names and dates are short, so there only a question mark
   * or a long sentence counts ("Will Smith" is a name, "What do I put for the date?" is a question).
   */
  private readsAsQuestion(field: FieldKind, said: string): boolean {
    const simple = simplify(said);
    if (/\?\s*$/.test(said) || WH_START.test(simple)) return true;
    if (field === 'name' || field === 'date-of-birth') return looksLikeQuestion(said) && said.trim().split(/\s+/).length > 4;
    // Free text for the letter describes the child, and a description can start like a question with its
    // subject left out ("Is very anxious and will not go into class"): only a question mark, a question word
    // or "can I / do we…" at the start makes it a question there.
    return /^(can|could|do|does|should|must) (i|we|you|they)\b/.test(simple);
  }

  /** The buttons shown with the question, in order. */
  private buttons(state: AskState): Option[] {
    return [
      ...state.offered,
      ...state.spec.options.filter((o) => !o.hidden).map((o) => ({ title: o.title, value: o.value })),
      ...(state.spec.skippable ? [{ title: this.words('ask.skipButton') }] : []),
    ];
  }

  /** The question with its buttons, after an optional lead-in ("Shall we carry on?"). */
  private async send(context: TurnContext, state: AskState, lead: string): Promise<void> {
    const { spec } = state;
    const buttons = this.buttons(state);
    const text = lead ? `${lead}\n\n${spec.prompt}` : spec.prompt;
    await context.sendActivity(withOptions(context.activity.channelId, text, buttons));
  }

  /** Checks a typed answer; a problem is the kind words to say before asking again. */
  private checkField(field: FieldKind, said: string): { value: string } | { problem: string } {
    const hasLetters = /\p{L}/u.test(said);
    switch (field) {
      case 'name': {
        const today = todayInLondon(this.now());
        if (/\d/.test(said) && parseDateInput(said, { today, expect: 'any', maxYearsBack: 100 }).ok) {
          return { problem: this.words('field.name.looksLikeDate') };
        }
        if (!hasLetters) return { problem: this.words('field.name.noLetters') };
        if (said.length > 100) return { problem: this.words('field.name.tooLong') };
        return { value: said };
      }
      case 'date-of-birth': {
        const today = todayInLondon(this.now());
        const parsed = parseDateInput(said, { today, expect: 'past', maxYearsBack: 25 });
        if (parsed.ok) return { value: formatShort(parsed.date) };
        const key = `field.dateOfBirth.${parsed.problem}`;
        const known = this.deps.knowledge.dialogText[this.dialogName]?.[key] !== undefined;
        return { problem: this.words(known ? key : 'field.dateOfBirth.unrecognised') };
      }
      case 'short-text':
        if (!hasLetters) return { problem: this.words('field.text.noLetters') };
        if (said.length > SHORT_TEXT_MAX) return { problem: this.words('field.shortText.tooLong') };
        return { value: said };
      case 'long-text':
      default:
        if (!hasLetters) return { problem: this.words('field.text.noLetters') };
        if (said.length > LONG_TEXT_MAX) return { problem: this.words('field.longText.tooLong') };
        return { value: said };
    }
  }

  private now(): Date {
    return this.deps.now?.() ?? new Date();
  }
}


/**
 * Sends entries' answers (with sources and reviewed dates), then the services they name, each service once.
 * Ids not in the knowledge are skipped (a test checks every id a dialog uses exists).
 * `shownServices`, kept in a journey's dialog state, holds the services already shown in that journey: they
 * are not sent again after every step (the ids sent now are added to it).
 */
export async function sendEntriesOnce(context: TurnContext, deps: SignpostDeps, ids: string[], area?: Region, shownServices?: string[]): Promise<void> {
  // When we know where the family lives, leave out another area's entries and services (BCP families
  // do not need Dorset Council's complaints page); national ones always apply.
  const fits = (region: string) => area === undefined || region === 'england' || region === area;
  const entries = ids.map((id) => deps.knowledge.entry(id)).filter((e): e is Entry => e !== undefined && fits(e.region));
  for (const entry of entries) {
    await context.sendActivity({ type: ActivityTypes.Message, text: answerText(entry, deps.knowledge.text), textFormat: 'markdown' });
  }
  const serviceIds = [...new Set(entries.flatMap((e) => e.services))].filter((id) => !shownServices?.includes(id));
  const named = serviceIds.map((id) => deps.knowledge.service(id)).filter((s): s is Service => s !== undefined);
  const services = servicesForArea(named, area);
  if (services.length) await sendServiceCards(context, deps.knowledge.text, services, area && named.some((s) => s.area !== 'england') ? areaLine(deps, area) : undefined);
  shownServices?.push(...services.map((service) => service.id));
}

/** One card per service: its name, what it does, who it is for, and each contact with the page it came from. */
export function serviceCard(service: Service, text: Wording): Attachment {
  // serviceText starts with the name in bold; the card shows the name as its title instead.
  const body = serviceText(service, text).split('\n\n').slice(1).join('\n\n');
  return CardFactory.heroCard(service.name, body);
}

export async function sendServiceCards(context: TurnContext, text: Wording, services: Service[], heading?: string): Promise<void> {
  if (services.length === 0) return;
  await context.sendActivity({
    type: ActivityTypes.Message,
    text: heading,
    textFormat: 'markdown',
    attachmentLayout: AttachmentLayoutTypes.List,
    attachments: services.map((service) => serviceCard(service, text)),
  });
}
