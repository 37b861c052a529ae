import type { Activity, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { buildIcs, ICS_CONTENT_TYPE, type CalendarEvent } from '../src/core/calendar';
import { monthNamed, parseDateInput } from '../src/core/dateInput';
import { type CalendarDate, formatLong, formatShort, fromIso, monthName, todayInLondon, toIso } from '../src/core/dates';
import {
  computeDeadlines, type DeadlinesFile, type Milestone,
} from '../src/core/deadlineRules';
import { withOptions } from '../src/bot/choices';
import { offerFile, publicBaseUrl } from '../src/bot/downloads';
import { answerQuestion } from '../src/bot/replies';
import type { SignpostDeps } from '../src/deps';
import { wordingFrom, type Wording } from '../src/core/wording';
import { deadlineEvents, deadlineSummary, deadlineText, givenDatesText, milestoneFromWords } from '../src/core/deadlineText';
import { dateAlone, deadlineDetailsFromText, type MilestoneWords } from '../src/core/deadlineFromText';
import { looksLikeQuestion, simplify, wordList } from '../src/core/text';
import { lettersFor, nextStepLetter, type LetterSituation, type OfferedLetter } from '../src/core/letters';
import { pickOption, positionFromWords } from '../src/core/choice';
import type { AreaMemory } from '../src/bot/areaMemory';

const LOOP = 'deadlinesLoop';
export const CALENDAR_FILE_NAME = 'send-deadlines.ics';
/** At most this many milestones on screen at once; the rest sit under "Something else". */
export const MILESTONES_ON_SCREEN = 5;
/** Channels that show buttons (each numbered in its title); elsewhere the choices are a numbered list already. */
const BUTTON_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'emulator', 'directlinespeech']);
const PROMPT = 'deadlinesPrompt';

/** Where the journey is. Kept in dialog state, so only JSON-safe values (dates as ISO strings). */
interface DeadlinesState {
  stage: 'milestone' | 'date' | 'calendar' | 'letter';
  /** At the milestone choice: showing the choices under "Something else". */
  more?: boolean;
  milestoneId?: string;
  /** Index into the milestone's `dates` being asked. */
  dateIndex?: number;
  dates?: Record<string, string>;
  /** Text sent in front of the question when re-asking (a kind reason, or "shall we carry on"). */
  lead?: string;
  /** The milestone and dates came from the parent's own sentence: say what was understood first. */
  fromText?: boolean;
  /** Dates the last answer may have meant ("last Tuesday" on a Wednesday), offered as buttons (ISO). */
  choices?: string[];
  /** A date typed on its own before the milestone was chosen ("3/3/26"): the chosen milestone's first date. */
  dateText?: string;
}

/** A milestone's words in the parent's own terms, from knowledge/dialogs/deadlines.yaml `milestone.words.<id>`. */
export function milestoneWordsFor(deps: SignpostDeps, id: string): string[] {
  const words = deps.knowledge.dialogText.deadlines?.[`milestone.words.${id}`];
  return words ? wordList(words) : [];
}

/** Every milestone's words, as deadlinesStartFromText reads them. */
export function allMilestoneWords(deps: SignpostDeps, milestones: Milestone[]): MilestoneWords {
  return Object.fromEntries(milestones.map((m) => [m.id, milestoneWordsFor(deps, m.id)]));
}

/**
 * How the journey starts with details a parent already typed: a milestone and its dates ("the council got our
 * request on 3/3/26") → those deadlines; a date alone ("3/3/26") → which milestone happened that day.
 */
export function deadlinesStartFromText(text: string, milestones: Milestone[], today: CalendarDate, words?: MilestoneWords): DeadlinesState | undefined {
  const found = deadlineDetailsFromText(text, milestones, today, words);
  if (!found) return dateAlone(text, today) ? { stage: 'milestone', dateText: text.trim() } : undefined;
  const dates = Object.fromEntries(Object.entries(found.dates).map(([id, date]) => [id, toIso(date)]));
  return { stage: 'date', milestoneId: found.milestoneId, dateIndex: 0, dates, fromText: true };
}

/**
 * "Timescales & deadlines": asks which point the family has reached and the date(s) it happened,
 * then lists every statutory deadline as a real date with its weekday, whether it has passed,
 * what to do if it is missed, the exceptions and the sources, and offers them as a calendar file.
 * All wording: knowledge/deadlines.yaml (rules) and knowledge/dialogs/deadlines.yaml (the bot's words).
 */
export class DeadlinesDialog extends ComponentDialog {
  static readonly id = 'deadlines';

  constructor(private readonly deps: SignpostDeps, private readonly memory?: AreaMemory) {
    super(DeadlinesDialog.id);
    this.say = wordingFrom(deps.knowledge.dialogText.deadlines, 'dialogs/deadlines.yaml');
    this.addDialog(new TextPrompt(PROMPT));
    this.addDialog(new WaterfallDialog(LOOP, [this.ask.bind(this), this.handle.bind(this)]));
    this.initialDialogId = LOOP;
  }

  private get rules(): DeadlinesFile | undefined {
    return this.deps.knowledge.deadlines;
  }

  /** The dialog's own wording (knowledge/dialogs/deadlines.yaml), with {placeholders} filled in. */
  private readonly say: Wording;

  private words(key: string): string[] {
    return wordList(this.say(key));
  }

  private today(): CalendarDate {
    return todayInLondon(this.deps.now?.() ?? new Date());
  }

  private state(step: WaterfallStepContext): DeadlinesState {
    const options = (step.options ?? {}) as Partial<DeadlinesState>;
    return { stage: options.stage ?? 'milestone', ...options };
  }

  private milestone(state: DeadlinesState): Milestone {
    const found = this.rules!.milestones.find((m) => m.id === state.milestoneId);
    if (!found) throw new Error(`Unknown milestone ${state.milestoneId}`);
    return found;
  }

  // --- asking ---------------------------------------------------------------------------------

  private async ask(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const rules = this.rules;
    if (!rules) {
      await step.context.sendActivity(this.say('unavailable'));
      return step.endDialog();
    }
    const state = this.state(step);
    const channelId = step.context.activity.channelId;
    const lead = state.lead ? `${state.lead}\n\n` : '';
    let prompt: Partial<Activity>;
    if (state.stage === 'milestone') {
      if (!state.lead && !state.more) await step.context.sendActivity(this.say('intro'));
      const shown = this.shownMilestones(state).map((m) => m.label);
      if (!state.more) shown.push(this.say('milestone.more'));
      // Buttons carry their number, so "type its number" works where buttons are shown; the button sends the label.
      const numbered = BUTTON_CHANNELS.has(channelId);
      const given = state.dateText !== undefined ? dateAlone(state.dateText, this.today()) : undefined;
      const question = given ? this.say('milestone.datePrompt', { date: formatLong(given) }) : this.say(state.more ? 'milestone.morePrompt' : 'milestone.prompt');
      prompt = withOptions(channelId, lead + question,
        shown.map((label, i) => ({ title: numbered ? `${i + 1}. ${label}` : label, value: label })));
    } else if (state.stage === 'date') {
      const milestone = this.milestone(state);
      const index = state.dateIndex ?? 0;
      if (state.fromText) {
        const given = Object.fromEntries(Object.entries(state.dates ?? {}).map(([id, iso]) => [id, fromIso(iso)]));
        const text = givenDatesText(milestone, given, this.say, this.deps.knowledge.dialogText.deadlines);
        await step.context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
      }
      // A date already given in the parent's own sentence is not asked again.
      if (state.dates?.[milestone.dates[index].id]) return this.nextDate(step, { ...state, fromText: false }, index);
      const question = milestone.dates[index];
      const text = `${lead}${question.question}\n\n${this.say('date.example', { example: question.example })}`;
      const choices = (state.choices ?? []).map((iso) => ({ title: formatLong(fromIso(iso)) }));
      prompt = withOptions(channelId, text, [...choices, ...(question.optional ? [{ title: this.say('date.skipButton') }] : [])]);
    } else if (state.stage === 'letter') {
      const labels = [...this.letters(state).map((o) => o.letter.button), this.say('letters.no')];
      const numbered = BUTTON_CHANNELS.has(channelId);
      prompt = withOptions(channelId, lead + this.say('letters.offer'), labels.map((label, i) => ({ title: numbered ? `${i + 1}. ${label}` : label, value: label })));
    } else {
      const upcoming = this.compute(state).deadlines.some((d) => d.date && d.status !== 'passed');
      prompt = withOptions(channelId, lead + this.say(upcoming ? 'calendar.offer' : 'calendar.offerRecord'), [{ title: this.say('calendar.yes') }, { title: this.say('calendar.no') }]);
    }
    prompt.textFormat = 'markdown';
    return step.prompt(PROMPT, { prompt });
  }

  private async handle(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = { ...this.state(step), fromText: false, choices: undefined };
    const offered = this.state(step).choices ?? [];
    const said = String(step.result ?? '').trim();
    if (state.stage === 'milestone') return this.handleMilestone(step, state, said);
    if (state.stage === 'date') {
      // "1" or "the second one" where two dates were offered as buttons: that date.
      const place = offered.length ? positionFromWords(said) : undefined;
      const picked = place !== undefined ? offered[place - 1] : undefined;
      // The button after the dates is Skip, where the question has one.
      const skip = place !== undefined && place === offered.length + 1 ? this.say('date.skipButton') : undefined;
      return this.handleDate(step, state, picked ? formatLong(fromIso(picked)) : skip ?? said);
    }
    if (state.stage === 'letter') return this.handleLetter(step, state, said);
    return this.handleCalendar(step, state, said);
  }

  private async handleMilestone(step: WaterfallStepContext, state: DeadlinesState, said: string): Promise<DialogTurnResult> {
    const milestones = this.rules!.milestones;
    // "We asked for an assessment on 3 March 2026": the milestone and its date at once.
    const withDates = deadlinesStartFromText(said, milestones, this.today(), allMilestoneWords(this.deps, milestones));
    if (withDates) return step.replaceDialog(LOOP, withDates);
    const shown = this.shownMilestones(state);
    // "3. Final plan" (a numbered button title typed out) reads as its label.
    const simple = simplify(said.replace(/^\s*\d{1,2}[.)]\s+/, ''));
    // "2", "two", "the second one", "option 2": the one shown at that place.
    const number = positionFromWords(simple);
    const wantsMore = !state.more && (number === shown.length + 1 || simple === simplify(this.say('milestone.more')) || this.words('milestone.moreWords').includes(simple));
    if (wantsMore) return step.replaceDialog(LOOP, { stage: 'milestone', more: true, dateText: state.dateText } satisfies DeadlinesState);
    const byNumber = number !== undefined ? shown[number - 1] : undefined;
    // A button, its first words, or the parent's own words (see core pickOption); a number means one on screen.
    const picked = number === undefined ? pickOption(said, milestones.map((m) => ({ title: m.label, value: m.id, words: this.milestoneWords(m.id) }))) : undefined;
    const chosen = byNumber ??
      milestones.find((m) => m.id === picked?.value || m.id === simple.replace(/ /g, '-')) ??
      (looksLikeQuestion(said) ? undefined : milestoneFromWords(milestones, simple));
    if (chosen) {
      // "We sent the request in September": the point reached is clear, the day is not, so ask for it.
      const month = number === undefined ? monthNamed(said) : undefined;
      const lead = month ? this.say('date.monthOnly', { month }) : undefined;
      // A date typed on its own first is offered as a button at the first date question, when it can answer it
      // (a past day for a past event). Offered, not assumed: "agreed to assess" asks first for the request's date.
      const first = chosen.dates[0];
      const typed = state.dateText !== undefined ? parseDateInput(state.dateText, { today: this.today(), expect: first.expect, allowMonthOnly: first.monthOnly }) : undefined;
      const choices = typed?.ok ? [toIso(typed.date)] : undefined;
      return step.replaceDialog(LOOP, { stage: 'date', milestoneId: chosen.id, dateIndex: 0, dates: {}, lead, choices } satisfies DeadlinesState);
    }
    if ((looksLikeQuestion(said) || said.split(/\s+/).length >= 3) && await this.answeredAQuestion(step.context, said)) {
      return step.replaceDialog(LOOP, { ...state, lead: this.say('carryOn') });
    }
    return step.replaceDialog(LOOP, { ...state, lead: this.say('milestone.retry') });
  }

  /** A milestone's words in the parent's own terms ("they refused to assess"), from `milestone.words.<id>`. */
  private milestoneWords(id: string): string[] {
    return milestoneWordsFor(this.deps, id);
  }

  /** The milestones on screen: the first five, or the rest once "Something else" is chosen. */
  private shownMilestones(state: DeadlinesState): Milestone[] {
    const all = this.rules!.milestones;
    return state.more ? all.slice(MILESTONES_ON_SCREEN) : all.slice(0, MILESTONES_ON_SCREEN);
  }

  private async handleDate(step: WaterfallStepContext, state: DeadlinesState, said: string): Promise<DialogTurnResult> {
    const milestone = this.milestone(state);
    const index = state.dateIndex ?? 0;
    const question = milestone.dates[index];
    const dates = { ...(state.dates ?? {}) };

    // "1" is the number shown next to the only button (Skip) where buttons are listed as text.
    const unknown = this.words('date.skipWords').includes(simplify(said));
    if (question.optional && (unknown || [simplify(this.say('date.skipButton')), '1'].includes(simplify(said)))) {
      if (question.ifSkipped) await step.context.sendActivity(question.ifSkipped);
      return this.nextDate(step, { ...state, dates }, index);
    }
    // "idk" where the date is needed: say why it is needed and how to leave, never "I couldn't read that".
    if (unknown) return step.replaceDialog(LOOP, { ...state, lead: this.say('problem.unknown') });

    const parsed = parseDateInput(said, {
      today: this.today(), expect: question.expect, allowMonthOnly: question.monthOnly,
    });
    if (!parsed.ok && parsed.problem === 'ambiguous' && parsed.choices) {
      // "last Tuesday" on a Wednesday: yesterday, or the week before? Ask, with both as buttons.
      const [recent, earlier] = parsed.choices;
      const lead = this.say('problem.ambiguous', { recent: formatLong(recent), earlier: formatLong(earlier) });
      return step.replaceDialog(LOOP, { ...state, lead, choices: parsed.choices.map(toIso) });
    }
    if (!parsed.ok) {
      // Not a date: it may be a question ("what if they're late?"). Answer it, then ask again.
      // One or two words ("soon", "next month-ish") are a try at a date, so they are re-asked, not matched.
      const isQuestion = looksLikeQuestion(said) || (parsed.problem === 'unrecognised' && said.split(/\s+/).length >= 3);
      if ((parsed.problem === 'unrecognised' || parsed.problem === 'vague') && isQuestion && await this.answeredAQuestion(step.context, said)) {
        return step.replaceDialog(LOOP, { ...state, lead: this.say('carryOn') });
      }
      return step.replaceDialog(LOOP, { ...state, lead: this.say(`problem.${parsed.problem}`, parsed.details) });
    }

    dates[question.id] = toIso(parsed.date);
    const understood = parsed.monthOnly
      ? this.say('date.understoodMonth', { month: `${monthName(parsed.date.m)} ${parsed.date.y}` })
      : this.say(parsed.yearAssumed ? 'date.understoodYearAssumed' : 'date.understood', { date: formatLong(parsed.date) });
    await step.context.sendActivity({ type: 'message', text: understood, textFormat: 'markdown' });
    return this.nextDate(step, { ...state, dates }, index);
  }

  private async nextDate(step: WaterfallStepContext, state: DeadlinesState, index: number): Promise<DialogTurnResult> {
    const milestone = this.milestone(state);
    if (index + 1 < milestone.dates.length) {
      return step.replaceDialog(LOOP, { stage: 'date', milestoneId: milestone.id, dateIndex: index + 1, dates: state.dates } satisfies DeadlinesState);
    }
    await this.sendResults(step.context, state);
    // Offered whenever there is a date, missed ones included: a record helps a parent who is already late.
    // Teams takes files only as links, so there it needs a download address.
    const teamsWithoutLinks = step.context.activity.channelId === 'msteams' && !(this.deps.files && publicBaseUrl(step.context, this.deps.config));
    if (this.calendarEvents(state).length === 0 || teamsWithoutLinks) return this.offerLetters(step, state);
    return step.replaceDialog(LOOP, { stage: 'calendar', milestoneId: milestone.id, dates: state.dates } satisfies DeadlinesState);
  }

  private async handleCalendar(step: WaterfallStepContext, state: DeadlinesState, said: string): Promise<DialogTurnResult> {
    // The two buttons, their numbers ("1", "the second one"), or a whole reply ("yes pls", "nah").
    const picked = pickOption(said, [
      { title: this.say('calendar.yes'), value: 'yes', replies: this.words('calendar.yesWords') },
      { title: this.say('calendar.no'), value: 'no', replies: this.words('calendar.noWords') },
    ]);
    if (picked?.value === 'yes') {
      const ics = buildIcs(this.calendarEvents(state), { now: this.deps.now?.() ?? new Date(), name: this.say('calendar.name') });
      await offerFile(step.context, this.deps, {
        file: { name: CALENDAR_FILE_NAME, contentType: ICS_CONTENT_TYPE, body: ics },
        text: this.say('calendar.sent'),
        linkText: this.say('calendar.link'),
      });
      return this.offerLetters(step, state);
    }
    if (!picked) {
      // Anything else may be a question; answer it rather than lose it, then the journey ends.
      if (await this.answeredAQuestion(step.context, said)) return step.endDialog();
      // Neither yes nor no: ask again rather than take it as "no".
      return step.replaceDialog(LOOP, { ...state, lead: this.say('calendar.retry') });
    }
    await step.context.sendActivity(this.say('calendar.skipped'));
    return this.offerLetters(step, state);
  }

  // --- the next step, written for you -----------------------------------------------------------

  /** What the journey knows, for the letters (src/core/letters.ts): the dates given and the deadlines. */
  private situation(state: DeadlinesState): LetterSituation {
    const { deadlines } = this.compute(state);
    const dates: Record<string, string> = {};
    for (const [id, iso] of Object.entries(state.dates ?? {})) dates[id] = formatLong(fromIso(iso));
    return { milestoneId: state.milestoneId!, dates, deadlines: deadlines.map((d) => ({ id: d.id, status: d.status, formatted: d.formatted })) };
  }

  private letters(state: DeadlinesState): OfferedLetter[] {
    return lettersFor(this.situation(state), this.deps.knowledge.letters);
  }

  /** When a deadline has passed or a decision has arrived, offers the letter for the next step; else the journey ends. */
  private async offerLetters(step: WaterfallStepContext, state: DeadlinesState): Promise<DialogTurnResult> {
    if (this.letters(state).length === 0) return step.endDialog();
    return step.replaceDialog(LOOP, { stage: 'letter', milestoneId: state.milestoneId, dates: state.dates } satisfies DeadlinesState);
  }

  private async handleLetter(step: WaterfallStepContext, state: DeadlinesState, said: string): Promise<DialogTurnResult> {
    const offered = this.letters(state);
    const simple = simplify(said.replace(/^\s*\d{1,2}[.)]\s+/, ''));
    const number = positionFromWords(simple);
    if (number === offered.length + 1 || simple === simplify(this.say('letters.no')) || this.words('letters.noWords').includes(simple)) {
      await step.context.sendActivity(this.say('calendar.skipped'));
      return step.endDialog();
    }
    const chosen = (number !== undefined ? offered[number - 1] : undefined) ?? offered.find((o) => simplify(o.letter.button) === simple || simplify(o.letter.title) === simple);
    if (!chosen) {
      if (looksLikeQuestion(said) && await this.answeredAQuestion(step.context, said)) {
        return step.replaceDialog(LOOP, { ...state, lead: this.say('carryOn') });
      }
      return step.replaceDialog(LOOP, { ...state, lead: this.say('letters.retry') });
    }
    const rules = this.deps.knowledge.letters!;
    // Made now from the dates in this journey, sent, and not kept in the conversation: the journey ends here.
    const letter = nextStepLetter(chosen, rules, { situation: this.situation(state) }, this.deps.now?.() ?? new Date());
    const { context } = step;
    await context.sendActivity({ type: 'message', text: this.say('letters.ready', { title: chosen.letter.title }), textFormat: 'markdown' });
    // Plain text: nothing in a letter is read as Markdown or HTML.
    await context.sendActivity({ type: 'message', text: letter, textFormat: 'plain' });
    await offerFile(context, this.deps, {
      file: { name: chosen.letter.fileName, contentType: 'text/plain; charset=utf-8', body: letter },
      text: this.say('letters.download'),
      linkText: this.say('letters.downloadLink'),
      printText: this.say('letters.print'),
      printLinkText: this.say('letters.printLink'),
    });
    await context.sendActivity({ type: 'message', text: this.say('letters.cites', { cites: chosen.letter.cites.join('; ') }), textFormat: 'markdown' });
    return step.endDialog();
  }

  /**
   * Answers free text from the knowledge base if it is a question we can answer, or says honestly that it has
   * no clear answer to a SEND question and names a person to ask; true if it replied.
   */
  private async answeredAQuestion(context: TurnContext, said: string): Promise<boolean> {
    if (!said) return false;
    const outcome = this.deps.matcher.match(said);
    const unansweredSendQuestion = outcome.kind === 'noAnswer' && outcome.reason === 'outOfScope' && looksLikeQuestion(said);
    if (outcome.kind !== 'answer' && outcome.kind !== 'glossary' && !unansweredSendQuestion) return false;
    await answerQuestion(context, this.deps, said, { duringPrompt: true, area: await this.memory?.get(context) });
    return true;
  }

  // --- results --------------------------------------------------------------------------------

  private compute(state: DeadlinesState) {
    const dates: Record<string, CalendarDate> = {};
    for (const [id, iso] of Object.entries(state.dates ?? {})) dates[id] = fromIso(iso);
    return computeDeadlines(this.rules!, state.milestoneId!, dates, this.today());
  }

  private async sendResults(context: TurnContext, state: DeadlinesState): Promise<void> {
    const rules = this.rules!;
    const { milestone, deadlines } = this.compute(state);
    const send = (text: string) => context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
    // The short list first, each date named by what is due; the detail after it.
    await send(`${this.say('results.intro', { today: formatLong(this.today()) })}\n\n${deadlineSummary(deadlines, this.say)}`);
    await send(milestone.note ? `${this.say('results.detailsIntro')}\n\n${milestone.note}` : this.say('results.detailsIntro'));
    for (const deadline of deadlines) await send(deadlineText(deadline, this.say));
    const exceptions = [...new Map(deadlines.flatMap((d) => d.exceptions).map((e) => [e.id, e])).values()];
    if (exceptions.length) {
      const sources = [...new Set(exceptions.flatMap((e) => e.sources.map((s) => (typeof s === 'string' ? s : `[${s.title}](${s.url})`))))];
      await send([
        rules.exceptionsIntro,
        exceptions.map((e) => `- ${e.text}`).join('\n'),
        this.say('results.sources', { sources: sources.join('; ') }),
      ].join('\n\n'));
    }
    await send(this.say('results.checkLetters', { reviewed: formatShort(fromIso(rules.reviewed)) }));
  }

  private calendarEvents(state: DeadlinesState): CalendarEvent[] {
    return deadlineEvents(this.compute(state), this.say);
  }
}
