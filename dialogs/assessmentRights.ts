import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { LetterAnswers, LetterCouncil, LETTER_FILE_NAME, LetterWriter, pastCompulsorySchoolAge, requestLetter } from '../src/core/letters';
import { parseDateInput } from '../src/core/dateInput';
import { todayInLondon } from '../src/core/dates';
import { offerFile } from '../src/bot/downloads';
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

interface TourOptions {
  page: number;
  /** Services whose cards this tour has shown: each is shown once, not after every page. */
  shownServices?: string[];
}
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
    // After the date of birth: who the letter is from, when the child is past compulsory school age.
    const writerAt = LETTER_QUESTIONS.findIndex((q) => q.answer === 'dateOfBirth') + 1;
    askSteps.splice(writerAt, 0, this.askWriter.bind(this));
    this.addDialog(new WaterfallDialog(LETTER, [this.askCouncil.bind(this), this.afterCouncil.bind(this), ...askSteps, this.showLetter.bind(this)]));
    this.initialDialogId = TOUR;
  }

  private ask(step: WaterfallStepContext, spec: AskSpec): Promise<DialogTurnResult> {
    return step.beginDialog(ASK, spec);
  }

  // ---- The tour ----------------------------------------------------------------------------------

  private async showPage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const page = (step.options as TourOptions | undefined)?.page ?? 0;
    const shownServices = this.shownServices(step);
    if (page === 0) await step.context.sendActivity({ type: ActivityTypes.Message, text: this.words('intro'), textFormat: 'markdown' });
    await sendEntriesOnce(step.context, this.deps, PAGES[page].entries, await this.memory?.get(step.context), shownServices);
    const next = PAGES[page + 1];
    const options: AskOption[] = [];
    if (next) options.push({ title: this.words(next.button), value: 'next' });
    options.push({ title: this.words('letter.offerButton'), value: 'letter', words: wordList(this.words('letter.offer.words')) });
    options.push({ title: this.words(next ? 'tour.doneButton' : 'letter.declineButton'), value: 'done', replies: wordList(this.words('tour.done.replies')) });
    return this.ask(step, { prompt: this.words(next ? 'tour.prompt' : 'letter.offer'), options });
  }

  /** The tour's list of services already shown, kept in its options so it survives each page. */
  private shownServices(step: WaterfallStepContext): string[] {
    const options = (step.options ?? {}) as Partial<TourOptions>;
    options.shownServices ??= [];
    return options.shownServices;
  }

  private async afterPage(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const page = (step.options as TourOptions | undefined)?.page ?? 0;
    const answer = step.result as AskAnswer;
    if (answer.kind === 'option' && answer.value === 'next') return step.replaceDialog(TOUR, { page: page + 1, shownServices: this.shownServices(step) } satisfies TourOptions);
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
      const answers = this.values(step).answers;
      if (i > 0 && LETTER_QUESTIONS[i - 1].answer === 'dateOfBirth') this.storeWriter(step);
      else if (i > 0) this.store(step, i - 1);
      const q = LETTER_QUESTIONS[i];
      // A young person writing their own letter is the one named in it: there is no parent's name to ask.
      if (q.answer === 'parentName' && answers.writer === 'young-person') return step.next();
      const youngPersonPrompt = `${q.prompt}.youngPerson`;
      const prompt = answers.writer === 'young-person' && this.deps.knowledge.dialogText[AssessmentRightsDialog.id]?.[youngPersonPrompt] ? youngPersonPrompt : q.prompt;
      return this.ask(step, { prompt: this.words(prompt), options: [], field: q.field, skippable: true });
    };
  }

  /**
   * Past compulsory school age the right to ask is the young person's own (CFA 2014 s.36(1)); a parent may act
   * for them only if they lack capacity (s.80, Mental Capacity Act 2005). So ask who the letter is from.
   */
  private async askWriter(step: WaterfallStepContext): Promise<DialogTurnResult> {
    this.store(step, LETTER_QUESTIONS.findIndex((q) => q.answer === 'dateOfBirth'));
    const { answers } = this.values(step);
    const today = todayInLondon(this.deps.now?.() ?? new Date());
    const dob = answers.dateOfBirth ? parseDateInput(answers.dateOfBirth, { today, expect: 'past', maxYearsBack: 25 }) : undefined;
    if (!dob?.ok || !pastCompulsorySchoolAge(dob.date, today)) return step.next();
    const options: AskOption[] = (['young-person', 'parent-for-young-person'] as const).map((writer) => ({
      title: this.words(`letter.writer.${writer}`),
      value: writer,
      words: wordList(this.words(`letter.writer.${writer}.words`)),
    }));
    return this.ask(step, { prompt: this.words('letter.ask.writer'), options });
  }

  private storeWriter(step: WaterfallStepContext): void {
    const answer = step.result as AskAnswer | undefined;
    if (answer?.kind === 'option') this.values(step).answers.writer = answer.value as LetterWriter;
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
    // Every channel, Teams included, gets a short-lived download link and a printable page (src/bot/downloads.ts).
    await offerFile(context, this.deps, {
      file: { name: LETTER_FILE_NAME, contentType: 'text/plain; charset=utf-8', body: letter },
      text: this.words('letter.download'),
      linkText: this.words('letter.downloadLink'),
      printText: this.words('letter.print'),
      printLinkText: this.words('letter.printLink'),
    });
    await context.sendActivity({ type: ActivityTypes.Message, text: this.words(`letter.nextSteps.${answers.council ?? 'other'}`), textFormat: 'markdown' });
    // The answers go with the dialog's state when it ends: nothing of the letter is kept after this turn.
    return step.endDialog();
  }
}
