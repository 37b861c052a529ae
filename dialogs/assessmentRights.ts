import { ActivityTypes } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { LetterAnswers, LetterCouncil, LETTER_FILE_NAME, LetterWriter, pastCompulsorySchoolAge, requestLetter } from '../src/core/letters';
import { parseDateInput } from '../src/core/dateInput';
import { todayInLondon } from '../src/core/dates';
import { offerFile } from '../src/bot/downloads';
import { AskAnswer, AskDialog, AskSpec, dialogWords, FieldKind, sendEntriesOnce } from './ask';
import type { SignpostDeps } from '../src/deps';
import { AskOption, notAnAnswer, type NotAnAnswer } from '../src/core/choice';
import { TalkToPersonDialog } from './talkToPerson';
import { wordList } from '../src/core/text';
import type { AreaMemory } from '../src/bot/areaMemory';

const ASK = 'assessmentRights.ask';
const TOUR = 'assessmentRights.tour';
const LETTER = 'assessmentRights.letter';
const QUESTIONS = 'assessmentRights.letterQuestions';

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

/**
 * The letter questions, in order: which answer each fills, how it is checked, and its wording key.
 * Who the letter is from is asked only past compulsory school age (see `applies`).
 */
const LETTER_QUESTIONS: Array<{ answer: keyof LetterAnswers; field?: FieldKind; prompt: string }> = [
  { answer: 'childName', field: 'name', prompt: 'letter.ask.childName' },
  { answer: 'dateOfBirth', field: 'date-of-birth', prompt: 'letter.ask.dateOfBirth' },
  { answer: 'writer', prompt: 'letter.ask.writer' },
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
/** How the letter starts: `again` after "which council is which?", without its introduction. */
interface LetterOptions { again?: boolean }
/** The hidden answer to "Which council is your child's?" that means "I'm not sure". */
const NOT_SURE = 'notSure';
/** The entry that says which council is which (Local services sends it too; its tests check it exists: localServicesEntryIds). */
const WHICH_COUNCIL = 'which-council-dorset-or-bcp';
/** What the letter questions have collected so far. Lives in dialog state only, so "forget me" and "start over" delete it. */
interface LetterValues { answers: LetterAnswers }
/** Where the letter questions are: the question to ask, the answers so far, and words to say first. */
interface QuestionsState { index: number; answers: LetterAnswers; lead?: string }

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
    this.addDialog(new WaterfallDialog(LETTER, [this.askCouncil.bind(this), this.afterCouncil.bind(this), this.showLetter.bind(this)]));
    this.addDialog(new WaterfallDialog(QUESTIONS, [this.askQuestion.bind(this), this.afterQuestion.bind(this)]));
    // Its own child: "I want to talk to someone real" typed at a letter question leaves the letter for it.
    this.addDialog(new TalkToPersonDialog(deps, memory));
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
    if (!(step.options as LetterOptions | undefined)?.again) {
      await step.context.sendActivity({ type: ActivityTypes.Message, text: this.words('letter.intro'), textFormat: 'markdown' });
    }
    const options: AskOption[] = (['dorset', 'bcp', 'other'] as const).map((council) => ({
      title: this.words(`letter.council.${council}`),
      value: council,
      words: wordList(this.words(`letter.council.${council}.words`)),
      wordsFirst: council === 'bcp',
    }));
    // "idk", "which council?": which council is which, then the same question.
    options.push({ title: NOT_SURE, value: NOT_SURE, hidden: true, replies: wordList(this.words('letter.council.notSure.words')) });
    return this.ask(step, { prompt: this.words('letter.ask.council'), options });
  }

  private async afterCouncil(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = step.result as AskAnswer;
    if (answer.kind === 'option' && answer.value === NOT_SURE) {
      await sendEntriesOnce(step.context, this.deps, [WHICH_COUNCIL]);
      return step.replaceDialog(LETTER, { again: true } satisfies LetterOptions);
    }
    const { answers } = this.values(step);
    if (answer.kind === 'option') {
      answers.council = answer.value as LetterCouncil;
      // The council the letter goes to is where the family lives: remembered for later answers.
      await this.memory?.set(step.context, answer.value === 'other' ? 'england' : (answer.value as 'dorset' | 'bcp'));
    }
    return step.beginDialog(QUESTIONS, { index: 0, answers } satisfies QuestionsState);
  }

  /** Whether question `index` is asked, given the answers so far. */
  private applies(index: number, answers: LetterAnswers): boolean {
    const q = LETTER_QUESTIONS[index];
    // A young person writing their own letter is the one named in it: there is no parent's name to ask.
    if (q.answer === 'parentName') return answers.writer !== 'young-person';
    if (q.answer !== 'writer') return true;
    // Past compulsory school age the right to ask is the young person's own (CFA 2014 s.36(1)); a parent may
    // act for them only if they lack capacity (s.80, Mental Capacity Act 2005). So ask who the letter is from.
    const today = todayInLondon(this.deps.now?.() ?? new Date());
    const dob = answers.dateOfBirth ? parseDateInput(answers.dateOfBirth, { today, expect: 'past', maxYearsBack: 25 }) : undefined;
    return dob?.ok === true && pastCompulsorySchoolAge(dob.date, today);
  }

  /** The next question asked from `index` on (itself included), or the end of the list. */
  private nextAsked(index: number, answers: LetterAnswers): number {
    let i = index;
    while (i < LETTER_QUESTIONS.length && !this.applies(i, answers)) i++;
    return i;
  }

  /** The question asked before `index`, if any. */
  private previousAsked(index: number, answers: LetterAnswers): number | undefined {
    for (let i = index - 1; i >= 0; i--) if (this.applies(i, answers)) return i;
    return undefined;
  }

  private async askQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = step.options as QuestionsState;
    const index = this.nextAsked(state.index, state.answers);
    if (index >= LETTER_QUESTIONS.length) return step.endDialog(state.answers);
    state.index = index;
    const q = LETTER_QUESTIONS[index];
    const lead = state.lead ? `${state.lead}\n\n` : '';
    if (q.answer === 'writer') {
      const options: AskOption[] = (['young-person', 'parent-for-young-person'] as const).map((writer) => ({
        title: this.words(`letter.writer.${writer}`),
        value: writer,
        words: wordList(this.words(`letter.writer.${writer}.words`)),
      }));
      return this.ask(step, { prompt: lead + this.words(q.prompt), options });
    }
    const youngPersonPrompt = `${q.prompt}.youngPerson`;
    const prompt = state.answers.writer === 'young-person' && this.deps.knowledge.dialogText[AssessmentRightsDialog.id]?.[youngPersonPrompt] ? youngPersonPrompt : q.prompt;
    // A date of birth is checked as a date before it comes back here, so "idk", "go back" or "main menu pls"
    // there are hidden options rather than typed answers.
    const escapes: AskOption[] = q.field === 'date-of-birth'
      ? (['unsure', 'back', 'menu', 'person'] as const).map((kind) => ({ title: kind, value: kind, hidden: true, replies: this.notAnAnswerWords()[kind] }))
      : [];
    return this.ask(step, { prompt: lead + this.words(prompt), options: escapes, field: q.field, skippable: true });
  }

  private notAnAnswerWords(): Record<NotAnAnswer, string[]> {
    return {
      unsure: wordList(this.words('field.unsure.words')),
      back: wordList(this.words('field.back.words')),
      menu: wordList(this.words('field.menu.words')),
      person: wordList(this.words('field.person.words')),
    };
  }

  /**
   * Stores the answer and moves on. A typed answer that is no answer ("idk", "no", "go back", "main menu
   * pls") is never put in the letter: it is asked again kindly, or does what those words ask.
   */
  private async afterQuestion(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { index, answers } = step.options as QuestionsState;
    const q = LETTER_QUESTIONS[index];
    const answer = step.result as AskAnswer;
    const not = answer.kind === 'text' ? notAnAnswer(answer.text, this.notAnAnswerWords())
      : answer.kind === 'option' && q.field ? answer.value as NotAnAnswer : undefined;
    if (not) {
      if (not === 'person') {
        await step.context.sendActivity(this.deps.knowledge.text('interrupt.talkToPerson.leaving'));
        await step.cancelAllDialogs();
        return step.beginDialog(TalkToPersonDialog.id);
      }
      // Leaving the journey: the main menu comes back, as it does after "menu".
      if (not === 'menu') return step.cancelAllDialogs();
      if (not === 'back') {
        const previous = this.previousAsked(index, answers);
        const lead = this.words(previous === undefined ? 'field.back.first' : 'field.back');
        return step.replaceDialog(QUESTIONS, { index: previous ?? index, answers, lead } satisfies QuestionsState);
      }
      if (not === 'unsure') {
        const lead = this.words(q.field === 'name' ? 'field.notAName' : q.field === 'date-of-birth' ? 'field.dateOfBirth.unsure' : 'field.notAnAnswer');
        return step.replaceDialog(QUESTIONS, { index, answers, lead } satisfies QuestionsState);
      }
    }
    if (answer.kind === 'text') answers[q.answer] = answer.text as never;
    else if (answer.kind === 'option' && q.answer === 'writer') answers.writer = answer.value as LetterWriter;
    else delete answers[q.answer];
    return step.replaceDialog(QUESTIONS, { index: index + 1, answers } satisfies QuestionsState);
  }

  private async showLetter(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answers = { ...this.values(step).answers, ...(step.result as LetterAnswers | undefined) };
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
