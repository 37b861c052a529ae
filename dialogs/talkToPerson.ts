import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import type { Config } from '../src/config';
import { DisagreementsDialog, DisagreementsOptions } from './disagreements';
import { AskAnswer, AskDialog, AskOption, dialogWords, sendEntriesOnce, sendServiceCards } from './ask';
import { Area, areaOptions } from './localServices';
import type { SignpostDeps } from '../src/deps';
import type { Service } from '../src/core/model';

const ASK = 'talkToPerson.ask';
const LOOP = 'talkToPerson.loop';

/** Contacts that reach a person. */
const PERSON_CONTACTS = new Set(['phone', 'email', 'text', 'webchat']);
/** The kinds of help a parent asking "who can I talk to?" about SEND means (safety has its own screen). */
const PERSON_HELP = new Set(['information-advice', 'disagreement', 'parent-support', 'short-breaks-social-care']);

/**
 * The area's SEND Information, Advice and Support Service first (the free, impartial service for every
 * SEND question), then every service there or national that a parent can phone, email, text or chat to.
 */
export function peopleToTalkTo(services: Service[], area: Area): Service[] {
  const inArea = (s: Service) => s.area === area || s.area === 'england';
  const sendiass = area === 'england' ? [] : services.filter((s) => s.area === area && s.id.endsWith('sendiass'));
  const reachable = services.filter(
    (s) => inArea(s) && !sendiass.includes(s) && s.helpsWith.some((h) => PERSON_HELP.has(h)) && s.contacts.some((c) => PERSON_CONTACTS.has(c.kind)),
  );
  // Local services before national ones.
  reachable.sort((a, b) => Number(a.area === 'england') - Number(b.area === 'england'));
  return [...sendiass, ...reachable];
}

/** The helpline of the organisation running this bot (from .env), empty fields left out; undefined if none. */
export function helplineText(helpline: Config['helpline'], words: (key: string) => string): string | undefined {
  const name = helpline.name.trim();
  const phone = helpline.phone.trim();
  const hours = helpline.hours.trim();
  const url = helpline.url.trim();
  if (!name && !phone && !hours && !url) return undefined;
  const lines = [`**${name || words('helpline.defaultName')}**`];
  if (phone) lines.push(`- ${words('helpline.phone')}: ${phone}`);
  if (hours) lines.push(`- ${words('helpline.hours')}: ${hours}`);
  if (url) lines.push(`- ${words('helpline.website')}: ${url}`);
  return `${words('helpline.intro')}\n\n${lines.join('\n')}`;
}

/**
 * Talk to a person: this organisation's helpline (if configured), then who can help by phone, email,
 * text or web chat where the family lives, from knowledge/services.yaml with each contact's source.
 */
export class TalkToPersonDialog extends ComponentDialog {
  static readonly id = 'talkToPerson';
  private readonly words: (key: string) => string;

  constructor(private readonly deps: SignpostDeps) {
    super(TalkToPersonDialog.id);
    this.words = dialogWords(deps, TalkToPersonDialog.id);
    this.addDialog(new AskDialog(ASK, deps, TalkToPersonDialog.id));
    // Its own child (see DisagreementsDialog): re-prompting and cancelling only look in this dialog's own set.
    this.addDialog(new DisagreementsDialog(deps));
    this.addDialog(new WaterfallDialog(LOOP, [this.askArea.bind(this), this.showPeople.bind(this), this.route.bind(this), this.again.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private async askArea(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const again = (step.options as { again?: boolean } | undefined)?.again;
    if (!again) {
      const helpline = helplineText(this.deps.config.helpline, this.words);
      if (helpline) await step.context.sendActivity({ type: ActivityTypes.Message, text: helpline, textFormat: 'markdown' });
    }
    // The areas are worded once, in the Local services wording.
    return step.beginDialog(ASK, { prompt: this.words('ask.area'), options: areaOptions(dialogWords(this.deps, 'localServices'), true) });
  }

  private async showPeople(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer;
    const value = answer.kind === 'option' ? answer.value : 'england';
    if (value === 'notSure') {
      await sendEntriesOnce(step.context, this.deps, ['which-council-dorset-or-bcp']);
      return step.replaceDialog(LOOP, { again: true });
    }
    const area = value as Area;
    (step.values as { area?: Area }).area = area;
    await sendServiceCards(step.context, peopleToTalkTo(this.deps.knowledge.services, area), this.words(`results.${area}`));
    const options: AskOption[] = [];
    options.push({ title: this.words('next.disagreement'), value: 'disagreement' });
    options.push({ title: this.words('next.anotherArea'), value: 'anotherArea' });
    options.push({ title: this.words('next.done'), value: 'done' });
    return step.beginDialog(ASK, { prompt: this.words('ask.next'), options });
  }

  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer;
    const value = answer.kind === 'option' ? answer.value : 'done';
    if (value === 'disagreement') return step.beginDialog(DisagreementsDialog.id, { area: (step.values as { area?: Area }).area } satisfies DisagreementsOptions);
    if (value === 'anotherArea') return step.replaceDialog(LOOP, { again: true });
    return step.endDialog();
  }

  private async again(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }
}
