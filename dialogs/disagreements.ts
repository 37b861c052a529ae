import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { AskAnswer, AskDialog, dialogWords, sendEntriesOnce } from './ask';
import { DeadlinesDialog } from './deadlines';
import type { SignpostDeps } from '../src/deps';
import { AskOption } from '../src/core/choice';
import { wordList } from '../src/core/text';
import type { AreaMemory } from '../src/bot/areaMemory';

const ASK = 'disagreements.ask';
const LOOP = 'disagreements.loop';
/** The deadlines journey, one tap away. */
const DEADLINES = DeadlinesDialog.id;

/** The steps, from the most informal to the most formal; each shows these entries (ids never change). */
const STEPS: Array<{ key: string; entries: string[] }> = [
  { key: 'school', entries: ['unhappy-with-school-sen-support'] },
  { key: 'sendiass', entries: ['free-advice-for-a-disagreement'] },
  { key: 'resolution', entries: ['disagreement-resolution'] },
  { key: 'mediation', entries: ['mediation-what-it-is', 'mediation-certificate'] },
  { key: 'tribunal', entries: ['send-tribunal-what-can-be-appealed', 'send-tribunal-appeal-deadline'] },
  { key: 'complaints', entries: ['complain-to-the-council', 'ombudsman-lgsco'] },
];

/** Entries this dialog sends (checked by its tests). */
export const disagreementsEntryIds = STEPS.flatMap((s) => s.entries);

/** How another journey starts this one: where the family lives, if it knows. */
export interface DisagreementsOptions { area?: 'dorset' | 'bcp' | 'england' }

interface LoopOptions extends DisagreementsOptions {
  /** The step just shown, so "Next" leads on from it. */ shown?: number;
  /** Services whose cards this journey has shown: each is shown once, not after every step. */
  shownServices?: string[];
}

/**
 * Disagreements: the ladder from talking to the school's special educational needs co-ordinator (SENCO)
 * to the SEND Tribunal and the Ombudsman, one step at a time, with the deadlines journey one tap away.
 * Started from Local services and Talk to a person ("A disagreement"), or by words once routed.
 */
export class DisagreementsDialog extends ComponentDialog {
  static readonly id = 'disagreements';
  private readonly words: (key: string) => string;

  constructor(private readonly deps: SignpostDeps, private readonly memory?: AreaMemory) {
    super(DisagreementsDialog.id);
    this.words = dialogWords(deps, DisagreementsDialog.id);
    this.addDialog(new AskDialog(ASK, deps, DisagreementsDialog.id, memory));
    // A child of its own, not found through the parent: botbuilder re-prompts and cancels inner dialogs
    // without a parent, so a dialog borrowed from the parent's set breaks "help" and "cancel" mid-journey.
    this.addDialog(new DeadlinesDialog(deps, memory));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.route.bind(this), this.again.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private area(step: WaterfallStepContext): DisagreementsOptions['area'] {
    return (step.options as LoopOptions | undefined)?.area;
  }

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const shown = (step.options as LoopOptions | undefined)?.shown;
    const first = shown === undefined;
    if (first) await step.context.sendActivity({ type: ActivityTypes.Message, text: this.words('intro'), textFormat: 'markdown' });
    const next = first ? undefined : STEPS[shown + 1];
    const stepOptions: AskOption[] = STEPS.map((s, i) => ({
      title: this.words(`step.${s.key}`),
      value: s.key,
      words: wordList(this.words(`step.${s.key}.words`)),
      // After a step, show only "Next: …"; every step can still be chosen by typing its name.
      hidden: !first && i !== shown + 1,
    }));
    const options: AskOption[] = [];
    if (next) options.push({ title: `${this.words('next.prefix')} ${this.words(`step.${next.key}`)}`, value: next.key });
    options.push(...stepOptions.map((o) => (next && o.value === next.key ? { ...o, hidden: true } : o)));
    if (!first) options.push({ title: this.words('allSteps'), value: 'allSteps', words: wordList(this.words('allSteps.words')) });
    if (step.findDialog(DEADLINES)) options.push({ title: this.words('deadlinesButton'), value: DEADLINES, words: wordList(this.words('deadlines.words')) });
    options.push({ title: this.words('doneButton'), value: 'done', replies: wordList(this.words('done.replies')) });
    return step.beginDialog(ASK, { prompt: this.words(first ? 'prompt.first' : 'prompt.next'), options });
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer;
    const value = answer.kind === 'option' ? answer.value : 'done';
    const index = STEPS.findIndex((s) => s.key === value);
    if (index >= 0) {
      await sendEntriesOnce(step.context, this.deps, STEPS[index].entries, this.area(step) ?? await this.memory?.get(step.context), this.shownServices(step));
      return step.replaceDialog(LOOP, { shown: index, area: this.area(step), shownServices: this.shownServices(step) } satisfies LoopOptions);
    }
    if (value === 'allSteps') return step.replaceDialog(LOOP, { area: this.area(step), shownServices: this.shownServices(step) } satisfies LoopOptions);
    if (value === DEADLINES) return step.beginDialog(DEADLINES);
    return step.endDialog();
  }

  /** Back from the deadlines journey: offer the steps again. */
  private async again(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.replaceDialog(LOOP, { area: this.area(step), shownServices: this.shownServices(step) } satisfies LoopOptions);
  }

  /** The journey's list of services already shown, kept in its options so it survives each step. */
  private shownServices(step: WaterfallStepContext): string[] {
    const options = (step.options ?? {}) as LoopOptions;
    options.shownServices ??= [];
    return options.shownServices;
  }
}
