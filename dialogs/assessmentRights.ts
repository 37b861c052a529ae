import { ActivityTypes, Attachment } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { LetterAnswers, LetterCouncil, LETTER_FILE_NAME, letterDataUrl, requestLetter } from '../src/core/letters';
import { AskAnswer, AskDialog, AskSpec, dialogWords, FieldKind, sendEntriesOnce } from './ask';
import type { SignpostDeps } from '../src/deps';
import { AskOption } from '../src/core/choice';
import { wordList } from '../src/core/text';
import type { AreaMemory } from '../src/bot/areaMemory';

const ASK = 'assessmentRights.ask';
const TOUR = 'assessmentRights.tour';
const LETTER = 'assessmentRights.letter';

/**
 * The guided tour, one step per page, each an entry from knowledge/entries (ids never change once published).
 * `button` is the wording key for the "Next: …" button that leads to the page.
 */
const PAGES: Array<{ entries: string[]; button: string }> = [
  { entries: ['who-can-ask-for-ehc-assessment'], button: 'next.whoCanAsk' },
  { entries: ['ehc-assessment-legal-test'], button: 'next.legalTest' },
  { entries: ['no-diagnosis-needed'], button: 'next.diagnosis' },
  { entries: ['how-to-request-ehc-assessment'], button: 'next.howToAsk' },
  { entries: ['ehc-assessment-decision-6-weeks'], button: 'next.whatNext' },
];

/** The entry ids this dialog relies on (checked by its tests). */
export const assessmentRightsEntryIds = PAGES.flatMap((p) => p.entries);

/** The letter questions, in order: which answer each fills, how it is checked, and its wording key. */
const LETTER_QUESTIONS: Array<{ answer: keyof LetterAnswers; field: FieldKind; prompt: string }> = [
  { answer: 'childName', field: 'name', prompt: 'letter.ask.childName' },
  { answer: 'dateOfBirth', field: 'date-of-birth', prompt: 'letter.ask.dateOfBirth' },
  { answer: 'school', field: 'short-text', prompt: 'letter.ask.school' },
  { answer: 'difficulties', field: 'long-text', prompt: 'letter.ask.difficulties' },
  { answer: 'supportTried', field: 'long-text', prompt: 'letter.ask.supportTried' },
  { answer: 'parentName', field: 'name', prompt: 'letter.ask.parentName' },
];

interface TourOptions { page: number }
/** What the letter questions have collected so far. Lives in dialog state only, so "forget me" and "start over" delete it. */
interface LetterValues { answers: LetterAnswers }

/**
 * Assessment rights: who can ask for an education, health and care (EHC) needs assessment, the legal test,
 * no diagnosis needed, how to ask, what happens next — then an offer to draft the request letter.
 */
export class AssessmentRightsDialog extends ComponentDialog {
  static readonly id = 'assessmentRights';
  private readonly words: (key: string) => string;

  constructor(private readonly deps: SignpostDeps, private readonly memory?: AreaMemory) {
    super(AssessmentRightsDialog.id);
    this.words = dialogWords(deps, AssessmentRightsDialog.id);
    this.addDialog(new AskDialog(ASK, deps, AssessmentRightsDialog.id, memory));
    this.addDialog(new WaterfallDialog(TOUR, [this.showPage.bind(this), this.afterPage.bind(this), this.afterLetter.bind(this)]));
    const askSteps = LETTER_QUESTIONS.map((q, i) => this.letterStep(i));
    this.addDialog(new WaterfallDialog(LETTER, [this.askCouncil.bind(this), this.afterCouncil.bind(this), ...askSteps, this.showLetter.bind(this)]));
    this.initialDialogId = TOUR;
  }

  private ask(step: WaterfallStepContext, spec: AskSpec): Promise<DialogTurnResult> {
    return step.beginDialog(ASK, spec);
  }

  // ---- The tour ----------------------------------------------------------------------------------

  private async showPage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const page = (step.options as TourOptions | undefined)?.page ?? 0;
    if (page === 0) await step.context.sendActivity({ type: ActivityTypes.Message, text: this.words('intro'), textFormat: 'markdown' });
    await sendEntriesOnce(step.context, this.deps, PAGES[page].entries, await this.memory?.get(step.context));
    const next = PAGES[page + 1];
    const options: AskOption[] = [];
    if (next) options.push({ title: this.words(next.button), value: 'next' });
    options.push({ title: this.words('letter.offerButton'), value: 'letter', words: wordList(this.words('letter.offer.words')) });
    options.push({ title: this.words(next ? 'tour.doneButton' : 'letter.declineButton'), value: 'done' });
    return this.ask(step, { prompt: this.words(next ? 'tour.prompt' : 'letter.offer'), options });
  }

  private async afterPage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const page = (step.options as TourOptions | undefined)?.page ?? 0;
    const answer = step.result as AskAnswer;
    if (answer.kind === 'option' && answer.value === 'next') return step.replaceDialog(TOUR, { page: page + 1 } satisfies TourOptions);
    if (answer.kind === 'option' && answer.value === 'letter') return step.beginDialog(LETTER);
    return step.endDialog();
  }

  private async afterLetter(step: WaterfallStepContext): Promise<DialogTurnResult> {
    return step.endDialog();
  }

  // ---- The request letter -------------------------------------------------------------------------

  private values(step: WaterfallStepContext): LetterValues {
    const values = step.values as Partial<LetterValues>;
    values.answers ??= {};
    return values as LetterValues;
  }

  private async askCouncil(step: WaterfallStepContext): Promise<DialogTurnResult> {
    await step.context.sendActivity({ type: ActivityTypes.Message, text: this.words('letter.intro'), textFormat: 'markdown' });
    const options: AskOption[] = (['dorset', 'bcp', 'other'] as const).map((council) => ({
      title: this.words(`letter.council.${council}`),
      value: council,
      words: wordList(this.words(`letter.council.${council}.words`)),
      wordsFirst: council === 'bcp',
    }));
    return this.ask(step, { prompt: this.words('letter.ask.council'), options });
  }

  private async afterCouncil(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer;
    if (answer.kind === 'option') {
      this.values(step).answers.council = answer.value as LetterCouncil;
      // The council the letter goes to is where the family lives: remembered for later answers.
      await this.memory?.set(step.context, answer.value === 'other' ? 'england' : (answer.value as 'dorset' | 'bcp'));
    }
    return step.next();
  }

  /** Step i: store the answer to question i-1 (if any), then ask question i. */
  private letterStep(i: number) {
    return async (step: WaterfallStepContext): Promise<DialogTurnResult> => {
      if (i > 0) this.store(step, i - 1);
      const q = LETTER_QUESTIONS[i];
      return this.ask(step, { prompt: this.words(q.prompt), options: [], field: q.field, skippable: true });
    };
  }

  private store(step: WaterfallStepContext, question: number): void {
    const answer = step.result as AskAnswer | undefined;
    if (answer?.kind === 'text') this.values(step).answers[LETTER_QUESTIONS[question].answer] = answer.text as never;
  }

  private async showLetter(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.store(step, LETTER_QUESTIONS.length - 1);
    const { answers } = this.values(step);
    const letter = requestLetter(answers, this.deps.now?.() ?? new Date());
    const { context } = step;
    await context.sendActivity({ type: ActivityTypes.Message, text: this.words('letter.ready'), textFormat: 'markdown' });
    // Plain text: the parent's own words must never be read as Markdown or HTML.
    await context.sendActivity({ type: ActivityTypes.Message, text: letter, textFormat: 'plain' });
    // Teams will not take a data: URL file from a bot (files need its consent-card flow), so there the
    // parent copies the text above; every other channel gets the letter as a downloadable file too.
    if (context.activity.channelId !== 'msteams') {
      const file: Attachment = { contentType: 'text/plain', contentUrl: letterDataUrl(letter), name: LETTER_FILE_NAME };
      await context.sendActivity({ type: ActivityTypes.Message, text: this.words('letter.download'), attachments: [file] });
    }
    await context.sendActivity({ type: ActivityTypes.Message, text: this.words(`letter.nextSteps.${answers.council ?? 'other'}`), textFormat: 'markdown' });
    // The answers go with the dialog's state when it ends: nothing of the letter is kept after this turn.
    return step.endDialog();
  }
}
