import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { DisagreementsDialog, DisagreementsOptions } from './disagreements';
import { AskAnswer, AskDialog, dialogWords, sendEntriesOnce, sendServiceCards } from './ask';
import { areaOptions, sayDistrictSpans, SPANS } from './localServices';
import type { SignpostDeps } from '../src/deps';
import type { Region } from '../src/core/model';
import { helplineText, peopleToTalkTo } from '../src/core/services';
import { AskOption } from '../src/core/choice';
import { wordList } from '../src/core/text';
import type { AreaMemory } from '../src/bot/areaMemory';
import { areaLine } from '../src/bot/replies';

const ASK = 'talkToPerson.ask';
const LOOP = 'talkToPerson.loop';

/**
 * Talk to a person: this organisation's helpline (if configured), then who can help by phone, email,
 * text or web chat where the family lives, from knowledge/services.yaml with each contact's source.
 */
export class TalkToPersonDialog extends ComponentDialog {
  static readonly id = 'talkToPerson';
  private readonly words: (key: string) => string;

  constructor(private readonly deps: SignpostDeps, private readonly memory?: AreaMemory) {
    super(TalkToPersonDialog.id);
    this.words = dialogWords(deps, TalkToPersonDialog.id);
    this.addDialog(new AskDialog(ASK, deps, TalkToPersonDialog.id, memory));
    // Its own child (see DisagreementsDialog): re-prompting and cancelling only look in this dialog's own set.
    this.addDialog(new DisagreementsDialog(deps, memory));
    this.addDialog(new WaterfallDialog(LOOP, [this.askArea.bind(this), this.showPeople.bind(this), this.route.bind(this), this.again.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private async askArea(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const again = (step.options as { again?: boolean } | undefined)?.again;
    if (!again) {
      const helpline = helplineText(this.deps.config.helpline, this.words);
      if (helpline) await step.context.sendActivity({ type: ActivityTypes.Message, text: helpline, textFormat: 'markdown' });
    }
    // An area given earlier in the conversation is used without asking again; "A different area" changes it.
    const remembered = again ? undefined : await this.memory?.get(step.context);
    if (remembered) {
      await step.context.sendActivity(areaLine(this.deps, remembered));
      return step.next({ kind: 'option', value: remembered } satisfies AskAnswer);
    }
    // The areas are worded once, in the Local services wording.
    return step.beginDialog(ASK, { prompt: this.words('ask.area'), options: areaOptions(dialogWords(this.deps, 'localServices'), true, this.deps.knowledge.places) });
  }

  private async showPeople(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer;
    const value = answer.kind === 'option' ? answer.value : 'england';
    if (value === SPANS) {
      await sayDistrictSpans(step.context, this.deps);
      return step.replaceDialog(LOOP, { again: true });
    }
    if (value === 'notSure') {
      await sendEntriesOnce(step.context, this.deps, ['which-council-dorset-or-bcp']);
      return step.replaceDialog(LOOP, { again: true });
    }
    const area = value as Region;
    (step.values as { area?: Region }).area = area;
    await this.memory?.set(step.context, area);
    await sendServiceCards(step.context, this.deps.knowledge.text, peopleToTalkTo(this.deps.knowledge.services, area), this.words(`results.${area}`));
    const options: AskOption[] = [];
    options.push({ title: this.words('next.disagreement'), value: 'disagreement' });
    options.push({ title: this.words('next.anotherArea'), value: 'anotherArea' });
    options.push({ title: this.words('next.done'), value: 'done', replies: wordList(this.words('next.done.replies')) });
    return step.beginDialog(ASK, { prompt: this.words('ask.next'), options });
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer;
    const value = answer.kind === 'option' ? answer.value : 'done';
    if (value === 'disagreement') return step.beginDialog(DisagreementsDialog.id, { area: (step.values as { area?: Region }).area } satisfies DisagreementsOptions);
    if (value === 'anotherArea') return step.replaceDialog(LOOP, { again: true });
    return step.endDialog();
  }

  private async again(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
