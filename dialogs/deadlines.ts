import type { Activity, Attachment, TurnContext } from 'botbuilder';
import { ComponentDialog, DialogTurnResult, TextPrompt, WaterfallDialog, WaterfallStepContext } from 'botbuilder-dialogs';
import { buildIcs, icsDataUrl, ICS_CONTENT_TYPE, type CalendarEvent } from '../src/core/calendar';
import { parseDateInput } from '../src/core/dateInput';
import { type CalendarDate, formatLong, formatShort, fromIso, monthName, todayInLondon, toIso } from '../src/core/dates';
import {
  computeDeadlines, type DeadlinesFile, type Milestone,
} from '../src/core/deadlineRules';
import { withOptions } from '../src/bot/choices';
import { answerQuestion } from '../src/bot/replies';
import type { SignpostDeps } from '../src/deps';
import { wordingFrom, type Wording } from '../src/core/wording';
import { deadlineEvents, deadlineText, milestoneFromWords } from '../src/core/deadlineText';
import { looksLikeQuestion, simplify, wordList } from '../src/core/text';

const LOOP = 'deadlinesLoop';
const PROMPT = 'deadlinesPrompt';

/** Where the journey is. Kept in dialog state, so only JSON-safe values (dates as ISO strings). */
interface DeadlinesState {
  stage: 'milestone' | 'date' | 'calendar';
  milestoneId?: string;
  /** Index into the milestone's `dates` being asked. */
  dateIndex?: number;
  dates?: Record<string, string>;
  /** Text sent in front of the question when re-asking (a kind reason, or "shall we carry on"). */
  lead?: string;
}

/**
 * "Timescales & deadlines": asks which point the family has reached and the date(s) it happened,
 * then lists every statutory deadline as a real date with its weekday, whether it has passed,
 * what to do if it is missed, the exceptions and the sources, and offers them as a calendar file.
 * All wording: knowledge/deadlines.yaml (rules) and knowledge/dialogs/deadlines.yaml (the bot's words).
 */
export class DeadlinesDialog extends ComponentDialog {
  static readonly id = 'deadlines';

  constructor(private readonly deps: SignpostDeps) {
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
      if (!state.lead) await step.context.sendActivity(this.say('intro'));
      prompt = withOptions(channelId, lead + this.say('milestone.prompt'), rules.milestones.map((m) => ({ title: m.label })));
    } else if (state.stage === 'date') {
      const question = this.milestone(state).dates[state.dateIndex ?? 0];
      const text = `${lead}${question.question}\n\n${this.say('date.example', { example: question.example })}`;
      prompt = withOptions(channelId, text, question.optional ? [{ title: this.say('date.skipButton') }] : []);
    } else {
      prompt = withOptions(channelId, lead + this.say('calendar.offer'), [{ title: this.say('calendar.yes') }, { title: this.say('calendar.no') }]);
    }
    prompt.textFormat = 'markdown';
    return step.prompt(PROMPT, { prompt });
  }

  private async handle(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const state = this.state(step);
    const said = String(step.result ?? '').trim();
    if (state.stage === 'milestone') return this.handleMilestone(step, state, said);
    if (state.stage === 'date') return this.handleDate(step, state, said);
    return this.handleCalendar(step, state, said);
  }

  private async handleMilestone(step: WaterfallStepContext, state: DeadlinesState, said: string): Promise<DialogTurnResult> {
    const milestones = this.rules!.milestones;
    const simple = simplify(said);
    const byNumber = /^\d{1,2}$/.test(simple) ? milestones[Number(simple) - 1] : undefined;
    const chosen = byNumber ??
      milestones.find((m) => simplify(m.label) === simple || m.id === simple.replace(/ /g, '-')) ??
      (looksLikeQuestion(said) ? undefined : milestoneFromWords(milestones, simple));
    if (chosen) {
      return step.replaceDialog(LOOP, { stage: 'date', milestoneId: chosen.id, dateIndex: 0, dates: {} } satisfies DeadlinesState);
    }
    if ((looksLikeQuestion(said) || said.split(/\s+/).length >= 3) && await this.answeredAQuestion(step.context, said)) {
      return step.replaceDialog(LOOP, { ...state, lead: this.say('carryOn') });
    }
    return step.replaceDialog(LOOP, { ...state, lead: this.say('milestone.retry') });
  }

  private async handleDate(step: WaterfallStepContext, state: DeadlinesState, said: string): Promise<DialogTurnResult> {
    const milestone = this.milestone(state);
    const index = state.dateIndex ?? 0;
    const question = milestone.dates[index];
    const dates = { ...(state.dates ?? {}) };

    // "1" is the number shown next to the only button (Skip) where buttons are listed as text.
    if (question.optional && this.words('date.skipWords').concat(simplify(this.say('date.skipButton')), '1').includes(simplify(said))) {
      if (question.ifSkipped) await step.context.sendActivity(question.ifSkipped);
      return this.nextDate(step, { ...state, dates }, index);
    }

    const parsed = parseDateInput(said, {
      today: this.today(), expect: question.expect, allowMonthOnly: question.monthOnly,
    });
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
    // A calendar file only helps with dates still to come. Teams does not accept data: files from a bot,
    // so it is not offered there (the dates are already shown above).
    if (this.calendarEvents(state).length === 0 || step.context.activity.channelId === 'msteams') return step.endDialog();
    return step.replaceDialog(LOOP, { stage: 'calendar', milestoneId: milestone.id, dates: state.dates } satisfies DeadlinesState);
  }

  private async handleCalendar(step: WaterfallStepContext, state: DeadlinesState, said: string): Promise<DialogTurnResult> {
    const simple = simplify(said);
    // "1" and "2" are the numbers shown next to the two buttons where buttons are listed as text.
    if (simple === '1' || simple === simplify(this.say('calendar.yes')) || this.words('calendar.yesWords').includes(simple)) {
      await step.context.sendActivity({
        type: 'message',
        text: this.say('calendar.sent'),
        attachments: [this.calendarAttachment(state)],
      });
      return step.endDialog();
    }
    if (simple !== '2' && simple !== simplify(this.say('calendar.no'))) {
      // Anything else may be a question; answer it rather than lose it, then the journey ends.
      if (await this.answeredAQuestion(step.context, said)) return step.endDialog();
    }
    await step.context.sendActivity(this.say('calendar.skipped'));
    return step.endDialog();
  }

  /** Answers free text from the knowledge base if it is a question we can answer; true if it did. */
  private async answeredAQuestion(context: TurnContext, said: string): Promise<boolean> {
    if (!said) return false;
    const outcome = this.deps.matcher.match(said);
    if (outcome.kind !== 'answer' && outcome.kind !== 'glossary') return false;
    await answerQuestion(context, this.deps, said, { duringPrompt: true });
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
    await send(this.say('results.intro', { today: formatLong(this.today()) }));
    if (milestone.note) await send(milestone.note);
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

  /** The deadlines as an .ics file in a data: URL, which Web Chat and the Emulator offer as a download. */
  private calendarAttachment(state: DeadlinesState): Attachment {
    const ics = buildIcs(this.calendarEvents(state), { now: this.deps.now?.() ?? new Date(), name: this.say('calendar.name') });
    return { contentType: ICS_CONTENT_TYPE, contentUrl: icsDataUrl(ics), name: 'send-deadlines.ics' };
  }

  private calendarEvents(state: DeadlinesState): CalendarEvent[] {
    return deadlineEvents(this.compute(state), this.say);
  }
}
