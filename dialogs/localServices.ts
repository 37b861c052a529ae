import { ActivityTypes, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { answerText } from '../src/core/render';
import { DisagreementsDialog, DisagreementsOptions } from './disagreements';
import { AskAnswer, AskDialog, dialogWords, sendEntriesOnce, sendServiceCards } from './ask';
import type { SignpostDeps } from '../src/deps';
import type { Region } from '../src/core/model';
import { findPlace, postcodeWords, type Places } from '../src/core/places';
import { messageText } from '../src/bot/messageText';
import { LOCAL_OFFER, NEEDS, servicesFor } from '../src/core/services';
import { AskOption, optionNamedIn } from '../src/core/choice';
import { wordList } from '../src/core/text';
import type { AreaMemory } from '../src/bot/areaMemory';
import { areaLine } from '../src/bot/replies';

const ASK = 'localServices.ask';
const LOOP = 'localServices.loop';

/** Entries this dialog sends (checked by its tests). */
export const localServicesEntryIds = ['which-council-dorset-or-bcp', 'find-another-councils-local-offer'];
/**
 * The question "where do you live?", shared with Talk to a person. `notSure` explains which council is
 * which. The towns and villages in knowledge/places.yaml choose their council too ("Lyme Regis"), and so
 * do postcode districts ("DT1 1XJ", "bh8") and places elsewhere in England ("Salisbury", "Hampshire");
 * a district that spans more than one council chooses the hidden `spans` option, which asks again.
 */
export function areaOptions(words: (key: string) => string, withNotSure: boolean, places?: Places): AskOption[] {
  const placesIn = (area: string) => Object.entries(places?.names ?? {}).filter(([, a]) => a === area).map(([name]) => name);
  const postcodes = places ? postcodeWords(places) : { dorset: [], bcp: [], england: [], ask: [] };
  const extra: Record<Region, string[]> = {
    dorset: [...placesIn('dorset'), ...postcodes.dorset],
    bcp: [...placesIn('bcp'), ...postcodes.bcp],
    england: [...(places?.elsewhere ?? []), ...postcodes.england],
  };
  const areas: Array<Region | 'notSure'> = ['dorset', 'bcp', 'england', ...(withNotSure ? ['notSure' as const] : [])];
  const options: AskOption[] = areas.map((area) => ({
    title: words(`area.${area}`),
    value: area,
    words: [...wordList(words(`area.${area}.words`)), ...(area === 'notSure' ? [] : extra[area])],
    // "Poole, Dorset" is BCP; "Dorset" alone is the Dorset Council area.
    wordsFirst: area === 'bcp',
  }));
  return [...options, { title: SPANS, value: SPANS, words: postcodes.ask, hidden: true }];
}

/** The hidden answer to "where do you live?" for a postcode district in more than one council ("BH21"). */
export const SPANS = 'spans';

/**
 * After a postcode district that spans more than one council: say so, naming the district the parent typed.
 * Worded in this journey's file (`area.spans`), shared with Talk to a person.
 */
export async function sayDistrictSpans(context: TurnContext, deps: SignpostDeps): Promise<void> {
  const places = deps.knowledge.places;
  const found = places ? findPlace(messageText(context), places) : undefined;
  const place = found?.place ?? messageText(context).trim().toUpperCase();
  await context.sendActivity(dialogWords(deps, LocalServicesDialog.id)('area.spans', { place }));
}

/** The kinds of help this journey offers, each with the words that name it in a parent's message. */
function needOptions(deps: SignpostDeps): AskOption[] {
  const words = dialogWords(deps, LocalServicesDialog.id);
  return NEEDS.map((need) => ({ title: words(`need.${need}`), value: need, words: wordList(words(`need.${need}.words`)) }));
}

/** The kind of help a message names ("a support group in Poole": support from other parents), if any. */
export function needNamedIn(deps: SignpostDeps, text: string): string | undefined {
  const named = optionNamedIn(text, needOptions(deps));
  return named && (named.value ?? named.title);
}

export interface LocalServicesOptions {
  area?: Region;
  /** Ask where the family lives even if it is remembered ("A different area"). */
  askArea?: boolean;
  /**
   * Not chosen by the parent but started by a place in free text ("we live in Poole") or by "change area":
   * a message that is not one of this journey's options ends it and is taken as a fresh message
   * (`LocalServicesResult`).
   */
  notChosen?: boolean;
  /** The message that started the journey: a kind of help it names is not asked for again ("support group in Poole"). */
  text?: string;
}

/** How the journey ended: with the parent's own message when it was not an answer to a question (`notChosen`). */
export interface LocalServicesResult {
  message?: string;
}

/**
 * Local services: where the family lives (Dorset Council, BCP Council, elsewhere in England) and what help
 * they need → the matching services from knowledge/services.yaml as cards, every contact with its source.
 * "A disagreement" hands over to the disagreements journey.
 */
export class LocalServicesDialog extends ComponentDialog {
  static readonly id = 'localServices';
  private readonly words: (key: string) => string;

  constructor(private readonly deps: SignpostDeps, private readonly memory?: AreaMemory) {
    super(LocalServicesDialog.id);
    this.words = dialogWords(deps, LocalServicesDialog.id);
    this.addDialog(new AskDialog(ASK, deps, LocalServicesDialog.id, memory));
    // Its own child (see DisagreementsDialog): re-prompting and cancelling only look in this dialog's own set.
    this.addDialog(new DisagreementsDialog(deps, memory));
    this.addDialog(new WaterfallDialog(LOOP, [
      this.askArea.bind(this), this.askNeed.bind(this), this.showServices.bind(this), this.askNext.bind(this), this.route.bind(this),
    ]));
    this.initialDialogId = LOOP;
  }

  private notChosen(step: WaterfallStepContext): boolean {
    return (step.options as LocalServicesOptions | undefined)?.notChosen === true;
  }

  /** Asks one of this journey's questions; when the parent did not choose the journey, anything else typed leaves it. */
  private ask(step: WaterfallStepContext, prompt: string, options: AskOption[]): Promise<DialogTurnResult> {
    return step.beginDialog(ASK, { prompt, options, release: this.notChosen(step) });
  }

  /** The parent's own message, when the question's answer was not one of its options (see `notChosen`). */
  private leaving(step: WaterfallStepContext): Promise<DialogTurnResult> | undefined {
    const answer = step.result as AskAnswer | undefined;
    return answer?.kind === 'elsewhere' ? step.endDialog({ message: answer.text } satisfies LocalServicesResult) : undefined;
  }

  private area(step: WaterfallStepContext): Region | undefined {
    return (step.values as LocalServicesOptions).area ?? (step.options as LocalServicesOptions | undefined)?.area;
  }

  private async askArea(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (this.area(step)) return step.next();
    // An area given earlier in the conversation is used without asking again; "A different area" changes it.
    const remembered = (step.options as LocalServicesOptions | undefined)?.askArea ? undefined : await this.memory?.get(step.context);
    if (remembered) {
      (step.values as LocalServicesOptions).area = remembered;
      await step.context.sendActivity(areaLine(this.deps, remembered));
      return step.next();
    }
    return this.ask(step, this.words('ask.area'), areaOptions(this.words, true, this.deps.knowledge.places));
  }

  private async askNeed(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer | undefined;
    const leaving = this.leaving(step);
    if (leaving) return leaving;
    const notChosen = this.notChosen(step);
    if (answer?.kind === 'option' && answer.value === SPANS) {
      await sayDistrictSpans(step.context, this.deps);
      return step.replaceDialog(LOOP, { askArea: true, notChosen, text: (step.options as LocalServicesOptions | undefined)?.text } satisfies LocalServicesOptions);
    }
    if (answer?.kind === 'option' && answer.value === 'notSure') {
      await sendEntriesOnce(step.context, this.deps, ['which-council-dorset-or-bcp']);
      return step.replaceDialog(LOOP, { askArea: true, notChosen, text: (step.options as LocalServicesOptions | undefined)?.text } satisfies LocalServicesOptions);
    }
    if (answer?.kind === 'option') {
      (step.values as LocalServicesOptions).area = answer.value as Region;
      await this.memory?.set(step.context, answer.value as Region);
    }
    const text = (step.options as LocalServicesOptions | undefined)?.text;
    const named = text !== undefined ? needNamedIn(this.deps, text) : undefined;
    if (named) return step.next({ kind: 'option', value: named } satisfies AskAnswer);
    return this.ask(step, this.words('ask.need'), needOptions(this.deps));
  }

  private async showServices(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const leaving = this.leaving(step);
    if (leaving) return leaving;
    const need = (step.result as AskAnswer).kind === 'option' ? (step.result as { value: string }).value : 'information-advice';
    const area = this.area(step) ?? 'england';
    const { context } = step;
    if (need === 'disagreement') return step.beginDialog(DisagreementsDialog.id, { area } satisfies DisagreementsOptions);

    const { knowledge } = this.deps;
    const { local, national } = servicesFor(knowledge.services, area, need);
    if (area === 'england') {
      const howToFind = knowledge.entry('find-another-councils-local-offer');
      if (howToFind) await context.sendActivity({ type: ActivityTypes.Message, text: answerText(howToFind, knowledge.text), textFormat: 'markdown' });
    } else if (local.length === 0) {
      const offer = knowledge.service(LOCAL_OFFER[area]);
      await context.sendActivity({ type: ActivityTypes.Message, text: this.words(`results.noLocal.${area}`), textFormat: 'markdown' });
      if (offer) await sendServiceCards(context, knowledge.text, [offer]);
    }
    if (local.length) await sendServiceCards(context, knowledge.text, local, this.words(`results.local.${area}`));
    if (national.length) await sendServiceCards(context, knowledge.text, national, this.words('results.national'));
    return step.next();
  }

  private async askNext(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const options: AskOption[] = [
      { title: this.words('next.anotherNeed'), value: 'anotherNeed' },
      { title: this.words('next.anotherArea'), value: 'anotherArea' },
      { title: this.words('next.done'), value: 'done', replies: wordList(this.words('next.done.replies')) },
    ];
    return this.ask(step, this.words('ask.next'), options);
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const leaving = this.leaving(step);
    if (leaving) return leaving;
    const answer = step.result as AskAnswer;
    const value = answer.kind === 'option' ? answer.value : 'done';
    const notChosen = this.notChosen(step);
    if (value === 'anotherNeed') return step.replaceDialog(LOOP, { area: this.area(step), notChosen } satisfies LocalServicesOptions);
    if (value === 'anotherArea') return step.replaceDialog(LOOP, { askArea: true, notChosen } satisfies LocalServicesOptions);
    return step.endDialog();
  }
}
