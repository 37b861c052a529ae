import type { Activity, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogContext, DialogEvent, DialogInstance, DialogState, DialogTurnResult, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { feedbackWording, recordTurn } from '../src/bot/insightsHook';
import { menuLabels, recogniseMenuChoice, recogniseSmallTalk, saysPhrase } from '../src/core/menu';
import { withOptions } from '../src/bot/choices';
import { answerQuestion, QuestionReply, sendEntry } from '../src/bot/replies';
import type { SignpostDeps } from '../src/deps';
import { simplify } from '../src/core/text';
import { findPlace, type PlaceFound } from '../src/core/places';
import type { MatchOutcome } from '../src/core/matcher';
import { allMilestoneWords, deadlinesStartFromText } from './deadlines';
import { todayInLondon } from '../src/core/dates';
import { nextButtons, Option, positionFromWords } from '../src/core/choice';
import type { AreaMemory } from '../src/bot/areaMemory';
import type { ButtonMemory } from '../src/bot/buttonMemory';
import { needNamedIn, type LocalServicesOptions, type LocalServicesResult } from './localServices';
import { JOURNEY_FINISHED } from './ask';

const LOOP = 'mainLoop';
const PROMPT = 'mainPrompt';
/** The journey a place named in free text starts (dialogs/localServices.ts). */
const LOCAL_SERVICES = 'localServices';
/** The journey a milestone and a date in free text start (dialogs/deadlines.ts). */
const DEADLINES = 'deadlines';
/** A message this short that names a place is asking for help there ("services in Weymouth"). */
const PLACE_MESSAGE_WORDS = 6;
/**
 * A message this long that names a place but no kind of help is a question of its own ("would he get free
 * transport to his special school … we're in Poole"): it gets the honest reply, the closest topics for that
 * council and a person to ask there, not Local services' "What kind of help are you looking for?".
 */
const PLACE_QUESTION_WORDS = 15;

/**
 * "2", "option 2", "the second one", "two": the button typed by its place on screen (core positionFromWords,
 * as inside a journey); undefined for anything else.
 */
export function typedNumber(said: string): number | undefined {
  const n = positionFromWords(said);
  return n !== undefined && n >= 1 ? n : undefined;
}

/** Where the main conversation is: at the menu, after an answer (with follow-ups), or waiting for a question. */
export interface MainOptions {
  /** Words the parent already typed, to act on without asking first. */
  text?: string;
  kind?: 'menu' | 'next' | 'question' | 'missing';
  prompt?: string;
  offered?: Option[];
  /** Insights: the entry just answered; the "next" prompt then also asks "Did this help?" (once). */
  feedbackFor?: string;
  /** "change area": ask where the family lives (in Local services), then carry on as before. */
  changeArea?: boolean;
}

/**
 * The main menu and free-text questions. Guided journeys are child dialogs started from here; when one
 * ends, the menu comes back. Interruption words (menu, help, cancel…) are handled by the bot before this runs.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'mainDialog';
  private readonly journeyIds: Set<string>;

  constructor(
    private readonly deps: SignpostDeps,
    journeys: ComponentDialog[],
    private readonly memory?: AreaMemory,
    /** The buttons this dialog last put on screen, so a typed number picks one of those. */
    private readonly shown?: ButtonMemory,
  ) {
    super(MainDialog.id);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.route.bind(this), this.next.bind(this)]));
    for (const journey of journeys) this.addDialog(journey);
    this.journeyIds = new Set(journeys.map((j) => j.id));
    this.initialDialogId = LOOP;
  }

  /**
   * A journey's question heard "no thanks" or "that's all" (dialogs/ask.ts): the journey ends and those words
   * get the reply they get at the menu ("You're welcome" or goodbye, and the menu), never "didn't catch that".
   */
  protected override async onPreBubbleEvent(dc: DialogContext, e: DialogEvent): Promise<boolean> {
    if (e.name !== JOURNEY_FINISHED) return false;
    await dc.cancelAllDialogs();
    await dc.beginDialog(this.id, { text: String(e.value) } satisfies MainOptions);
    return true;
  }

  private options(step: WaterfallStepContext): MainOptions {
    return (step.options ?? {}) as MainOptions;
  }

  /** What the route step did, for the step that decides what to ask next. */
  private values(step: WaterfallStepContext): { reply?: QuestionReply } {
    return step.values as { reply?: QuestionReply };
  }

  /** Whether this turn's prompt showed the main menu (not words passed in, an answer's buttons or "type your question"). */
  private mainMenuShown(options: MainOptions): boolean {
    return options.text === undefined && (options.kind === undefined || options.kind === 'menu');
  }

  /** A journey that is not on the menu (e.g. disagreements), asked for by the phrases in its own wording file. */
  private journeyAskedFor(said: string): string | undefined {
    const { dialogText } = this.deps.knowledge;
    return [...this.journeyIds].find((id) => saysPhrase(said, dialogText[id]?.[`menu.${id}.phrases`]));
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    if (options.text !== undefined) return step.next(options.text);
    const text = this.deps.knowledge.text.bind(this.deps.knowledge);
    const channelId = step.context.activity.channelId;
    let prompt: string;
    let buttons: Option[];
    if (options.kind === 'question') {
      prompt = text('ask.prompt');
      buttons = [];
    } else if (options.kind === 'next') {
      ({ prompt, buttons } = this.nextPrompt(options));
    } else if (options.kind === 'missing') {
      // Insights: "what was missing?" after "No" — optional, so Skip is offered.
      const wording = feedbackWording(this.deps);
      prompt = wording?.askMissing ?? text('next.prompt');
      buttons = [{ title: wording?.skip ?? text('menu.button') }];
    } else {
      prompt = options.prompt ?? text('menu.prompt');
      buttons = menuLabels(text).map((l) => ({ title: l.title }));
    }
    await this.remember(step.context, buttons);
    return step.prompt(PROMPT, { prompt: buttons.length ? withOptions(channelId, prompt, buttons) : { type: 'message', text: prompt } });
  }

  /** Keeps the buttons now on screen, as the words each sends, for a number typed next. */
  private async remember(context: TurnContext, buttons: Option[]): Promise<void> {
    await this.shown?.set(context, buttons.map((b) => b.value ?? b.title));
  }

  /** The prompt after an answer: follow-ups, then Yes/No when feedback is asked for, then "Main menu" — four at most. */
  private nextPrompt(options: MainOptions): { prompt: string; buttons: Option[] } {
    const text = this.deps.knowledge.text.bind(this.deps.knowledge);
    const wording = options.feedbackFor ? feedbackWording(this.deps) : undefined;
    const feedback = wording ? [{ title: wording.yes }, { title: wording.no }] : [];
    // At most four buttons in all: the feedback pair and "Main menu" stay, the first follow-ups fill the rest.
    const buttons = nextButtons(options.offered ?? [], [...feedback, { title: text('menu.button') }]);
    const prompt = options.prompt ?? text('next.prompt');
    return { prompt: wording ? `${wording.ask} ${prompt}` : prompt, buttons };
  }

  /**
   * Insights: a re-ask (after a safety message, help, an empty message) never repeats "Did this help?":
   * it is asked at most once per answer, and never after a safety message.
   */
  override async repromptDialog(context: TurnContext, instance: DialogInstance): Promise<void> {
    const stack = (instance.state as { dialogs?: DialogState }).dialogs?.dialogStack ?? [];
    const loop = stack[0];
    const top = stack[stack.length - 1];
    const options = loop?.id === LOOP ? ((loop.state as { options?: MainOptions }).options ?? undefined) : undefined;
    if (options?.feedbackFor && top?.id === PROMPT && stack.length === 2) {
      options.feedbackFor = undefined;
      const { prompt, buttons } = this.nextPrompt(options);
      (top.state as { options: { prompt: Partial<Activity> } }).options.prompt = withOptions(context.activity.channelId, prompt, buttons);
      await this.remember(context, buttons);
    }
    return super.repromptDialog(context, instance);
  }

  /** Insights: Yes/No after an answer, and the optional "what was missing" (recorded, then answered), before anything else. */
  private async feedback(step: WaterfallStepContext, said: string, options: MainOptions): Promise<DialogTurnResult | undefined> {
    const wording = feedbackWording(this.deps);
    if (!wording) return undefined;
    const text = this.deps.knowledge.text.bind(this.deps.knowledge);
    if (options.kind === 'missing') {
      if (simplify(said) === simplify(wording.skip) || !said.trim()) {
        return step.replaceDialog(LOOP, { kind: 'menu', prompt: `${wording.thanksNo} ${text('menu.again')}` } satisfies MainOptions);
      }
      // What was missing is usually the parent's real question: keep it as missing, thank them, and answer it.
      recordTurn(step.context, this.deps, { outcome: 'missing', entryId: options.feedbackFor, question: said });
      await step.context.sendActivity({ type: 'message', text: wording.thanksNo });
      this.values(step).reply = await answerQuestion(step.context, this.deps, said);
      return step.next();
    }
    const isFeedback = simplify(said) === simplify(wording.yes) || simplify(said) === simplify(wording.no);
    // An old Yes/No pressed again later (cards stay on screen in Teams): not a question, and not counted twice.
    if (!options.feedbackFor) return isFeedback ? step.replaceDialog(LOOP, { kind: 'menu', prompt: text('menu.again') } satisfies MainOptions) : undefined;
    if (simplify(said) === simplify(wording.yes)) {
      recordTurn(step.context, this.deps, { outcome: 'feedback', feedback: 'yes', entryId: options.feedbackFor });
      return step.replaceDialog(LOOP, { kind: 'next', offered: options.offered, prompt: `${wording.thanksYes} ${text('next.prompt')}` } satisfies MainOptions);
    }
    if (simplify(said) === simplify(wording.no)) {
      recordTurn(step.context, this.deps, { outcome: 'feedback', feedback: 'no', entryId: options.feedbackFor });
      return step.replaceDialog(LOOP, { kind: 'missing', feedbackFor: options.feedbackFor } satisfies MainOptions);
    }
    return undefined;
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    let said = String(step.result ?? '');
    const options = this.options(step);
    const { knowledge } = this.deps;
    // The parent asked to change the area, not for services: a question typed next is answered as usual.
    if (options.changeArea && this.journeyIds.has(LOCAL_SERVICES)) {
      return step.beginDialog(LOCAL_SERVICES, { askArea: true, notChosen: true } satisfies LocalServicesOptions);
    }

    // A number picks a button on screen now: the follow-ups or "Did you mean…" options after an answer,
    // the main menu only when the menu is what was shown. A number with no button of its own is not a guess.
    const number = typedNumber(said);
    const shown = this.shown ? await this.shown.get(step.context) : this.mainMenuShown(options) ? menuLabels(knowledge.text).map((l) => l.title) : [];
    if (number !== undefined) {
      const picked = shown[number - 1];
      if (picked === undefined) {
        const prompt = knowledge.text('choice.numberNotShown', { number: String(number) });
        return step.replaceDialog(LOOP, (options.kind === 'next' ? { ...options, feedbackFor: undefined, prompt } : { kind: 'menu', prompt }) satisfies MainOptions);
      }
      said = picked;
    }

    const feedback = await this.feedback(step, said, options);
    if (feedback) return feedback;

    // A button on screen (a follow-up, a "Did you mean…" option, or a topic offered after a crisis reply, which
    // ends this dialog) leads straight to its entry: matched again as free text, one topic's title can bring
    // "Did you mean…" between it and a neighbour ("Short breaks … in Dorset" and "… in BCP").
    const pressed = [...(options.offered ?? []).map((o) => o.value ?? o.title), ...shown].find((v) => simplify(v) === simplify(said));
    const pressedEntry = pressed && this.deps.knowledge.entries.find((e) => e.title === pressed);
    if (pressedEntry) {
      this.values(step).reply = await sendEntry(step.context, this.deps, pressedEntry, await this.memory?.get(step.context));
      return step.next();
    }
    if (simplify(said) === simplify(knowledge.text('menu.button'))) {
      this.values(step).reply = undefined;
      return step.next();
    }

    // "hi", "thanks, that's really helpful", "ok": a short reply and the menu, never "I don't have an answer".
    const smallTalk = recogniseSmallTalk(said, knowledge.text.bind(knowledge));
    if (smallTalk) {
      const prompt = smallTalk === 'greeting' ? `${knowledge.text('smallTalk.hello')} ${knowledge.text('menu.prompt')}`
        : smallTalk === 'thanks' ? `${knowledge.text('smallTalk.thanks')} ${knowledge.text('menu.again')}`
        : smallTalk === 'no' ? knowledge.text('smallTalk.bye')
        : smallTalk === 'yes' ? knowledge.text('menu.prompt')
        : knowledge.text('menu.again');
      return step.replaceDialog(LOOP, { kind: 'menu', prompt } satisfies MainOptions);
    }

    // A place named anywhere in the message tells us where the family lives ("local help in Poole").
    const { places } = this.deps.knowledge;
    const found = places ? findPlace(said, places) : undefined;
    if (found && 'area' in found) await this.memory?.set(step.context, found.area);

    // A milestone and its date in the parent's own words: the deadlines journey, filled in.
    const deadlines = knowledge.deadlines && this.journeyIds.has(DEADLINES)
      ? deadlinesStartFromText(said, knowledge.deadlines.milestones, todayInLondon(this.deps.now?.() ?? new Date()), allMilestoneWords(this.deps, knowledge.deadlines.milestones))
      : undefined;
    if (deadlines) return step.beginDialog(DEADLINES, deadlines);

    const choice: string | undefined = options.kind === 'question' ? undefined : recogniseMenuChoice(said, knowledge.text.bind(knowledge)) ?? this.journeyAskedFor(said);
    if (choice === 'askQuestion') {
      return step.replaceDialog(LOOP, { kind: 'question' } satisfies MainOptions);
    }
    if (choice) {
      if (this.journeyIds.has(choice)) return step.beginDialog(choice);
      await step.context.sendActivity(knowledge.text('menu.comingSoon'));
      return step.next();
    }
    // A longer message naming a place is matched first, to tell a question from a request for local help.
    const outcome = found && said.trim().split(/\s+/).length > PLACE_MESSAGE_WORDS ? this.deps.matcher.match(said) : undefined;
    const place = found && await this.placeNamed(step, said, found, outcome);
    if (place) return place;
    this.values(step).reply = await answerQuestion(step.context, this.deps, said, { area: await this.memory?.get(step.context), outcome });
    return step.next();
  }

  /**
   * A place named in free text ("services in Weymouth", "we're in DT4"), its area already remembered.
   * A short message, or one the knowledge cannot answer, starts Local services
   * for that council; where the place could be in either council, Local services asks which. A long SEND
   * question that names no kind of help is left to the honest reply (PLACE_QUESTION_WORDS). `outcome` is the
   * matcher's for a message over PLACE_MESSAGE_WORDS words; a shorter one is taken as naming a place.
   */
  private async placeNamed(step: WaterfallStepContext, said: string, found: PlaceFound, outcome: MatchOutcome | undefined): Promise<DialogTurnResult | undefined> {
    if (!this.journeyIds.has(LOCAL_SERVICES)) return undefined;
    const words = said.trim().split(/\s+/).length;
    if (outcome) {
      if (outcome.kind !== 'noAnswer') return undefined;
      const aboutSend = outcome.reason === 'outOfScope';
      if (aboutSend && words >= PLACE_QUESTION_WORDS && needNamedIn(this.deps, said) === undefined) return undefined;
    }
    if ('ask' in found) {
      await step.context.sendActivity(this.deps.knowledge.text('place.unsure', { place: found.place }));
      return step.beginDialog(LOCAL_SERVICES, { askArea: true, notChosen: true, text: said } satisfies LocalServicesOptions);
    }
    return step.beginDialog(LOCAL_SERVICES, { notChosen: true, text: said } satisfies LocalServicesOptions);
  }

  private async next(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // A journey the parent did not choose ends at a message that is not one of its answers: that message is taken afresh.
    const left = (step.result as LocalServicesResult | undefined)?.message;
    if (left !== undefined) return step.replaceDialog(LOOP, { text: left } satisfies MainOptions);
    const { reply } = this.values(step);
    // After a SEND question with no clear answer, the closest topics are offered as follow-ups.
    if (reply && (reply.outcome !== 'noAnswer' || reply.offered.length)) {
      // Insights: ask "Did this help?" only about an answer from an entry, and only if feedback is recorded.
      const feedbackFor = reply.outcome === 'answer' && feedbackWording(this.deps) ? reply.entryId : undefined;
      return step.replaceDialog(LOOP, { kind: 'next', offered: reply.offered, prompt: reply.prompt, feedbackFor } satisfies MainOptions);
    }
    return step.replaceDialog(LOOP, { kind: 'menu', prompt: this.deps.knowledge.text('menu.again') } satisfies MainOptions);
  }
}
