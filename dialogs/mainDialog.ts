import { ComponentDialog, DialogTurnResult, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import type { SignpostDeps } from '../src/bot';
import { menuLabels, MenuChoice, recogniseMenuChoice, simplify } from '../src/menu';
import { Option, withOptions } from '../src/present';
import { answerQuestion, QuestionReply, sendEntry } from '../src/replies';

const LOOP = 'mainLoop';
const PROMPT = 'mainPrompt';

/** Where the main conversation is: at the menu, after an answer (with follow-ups), or waiting for a question. */
export interface MainOptions {
  /** Words the parent already typed, to act on without asking first. */
  text?: string;
  kind?: 'menu' | 'next' | 'question';
  prompt?: string;
  offered?: Option[];
}

/**
 * The main menu and free-text questions. Guided journeys are child dialogs started from here; when one
 * ends, the menu comes back. Interruption words (menu, help, cancel…) are handled by the bot before this runs.
 */
export class MainDialog extends ComponentDialog {
  static readonly id = 'mainDialog';
  private readonly journeyIds: Set<string>;

  constructor(private readonly deps: SignpostDeps, journeys: ComponentDialog[]) {
    super(MainDialog.id);
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.route.bind(this), this.next.bind(this)]));
    for (const journey of journeys) this.addDialog(journey);
    this.journeyIds = new Set(journeys.map((j) => j.id));
    this.initialDialogId = LOOP;
  }

  private options(step: WaterfallStepContext): MainOptions {
    return (step.options ?? {}) as MainOptions;
  }

  /** What the route step did, for the step that decides what to ask next. */
  private values(step: WaterfallStepContext): { reply?: QuestionReply } {
    return step.values as { reply?: QuestionReply };
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options = this.options(step);
    if (options.text !== undefined) return step.next(options.text);
    const text = this.deps.knowledge.text.bind(this.deps.knowledge);
    const channelId = step.context.activity.channelId;
    let prompt: Partial<import('botbuilder').Activity>;
    if (options.kind === 'question') {
      prompt = { type: 'message', text: text('ask.prompt') };
    } else if (options.kind === 'next') {
      const buttons = [...(options.offered ?? []), { title: text('menu.button') }];
      prompt = withOptions(channelId, options.prompt ?? text('next.prompt'), buttons);
    } else {
      const buttons = menuLabels(text).map((l) => ({ title: l.title }));
      prompt = withOptions(channelId, options.prompt ?? text('menu.prompt'), buttons);
    }
    return step.prompt(PROMPT, { prompt });
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const said = String(step.result ?? '');
    const options = this.options(step);
    const { knowledge } = this.deps;

    // A button we offered (a follow-up or a "Did you mean…" option) leads straight to its entry.
    const pressed = (options.offered ?? []).find((o) => simplify(o.value ?? o.title) === simplify(said));
    const pressedEntry = pressed && this.deps.knowledge.entries.find((e) => e.title === (pressed.value ?? pressed.title));
    if (pressedEntry) {
      this.values(step).reply = await sendEntry(step.context, this.deps, pressedEntry);
      return step.next();
    }
    if (simplify(said) === simplify(knowledge.text('menu.button'))) {
      this.values(step).reply = undefined;
      return step.next();
    }

    const choice: MenuChoice | undefined = options.kind === 'question' ? undefined : recogniseMenuChoice(said, knowledge.text.bind(knowledge));
    if (choice === 'askQuestion') {
      return step.replaceDialog(LOOP, { kind: 'question' } satisfies MainOptions);
    }
    if (choice) {
      if (this.journeyIds.has(choice)) return step.beginDialog(choice);
      await step.context.sendActivity(knowledge.text('menu.comingSoon'));
      return step.next();
    }
    this.values(step).reply = await answerQuestion(step.context, this.deps, said);
    return step.next();
  }

  private async next(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { reply } = this.values(step);
    if (reply && reply.outcome !== 'noAnswer') {
      return step.replaceDialog(LOOP, { kind: 'next', offered: reply.offered, prompt: reply.prompt } satisfies MainOptions);
    }
    return step.replaceDialog(LOOP, { kind: 'menu', prompt: this.deps.knowledge.text('menu.again') } satisfies MainOptions);
  }
}
