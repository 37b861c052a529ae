import { type CalendarEvent } from './calendar';
import { type CalendarDate, formatLong, toIso } from './dates';
import type { ComputedDeadline, ComputedMilestone, DeadlineSource, Milestone } from './deadlineRules';
import { simplify } from './text';
import type { Wording } from './wording';

/** Deadlines in words: which milestone a parent means, each deadline as a message, and calendar events. */

/**
 * Label words too common, or too easily misread, to pick a milestone on their own: "secondary" is
 * also in "primary to secondary" (a school phase, not post-16), "assess" in "refused to assess".
 */
const COMMON_WORDS = new Set([
  'i', 'a', 'an', 'the', 'my', 'we', 'have', 'had', 'has', 'got', 'to', 'of', 'for', 'from', 'with', 'and', 'or',
  'it', 'is', 'one', 'new', 'child', 'ehc', 'plan', 'moves', 'move', 'moving', 'school', 'college', 'young',
  'person', 'council', 'received', 'asked', 'need', 'needs', 'assess', 'assessment', 'secondary', 'another', 'form',
]);
/** Words that turn a statement round ("we haven't had the draft yet"): then we don't guess. */
const NEGATIONS = /\b(not|no|never|havent|hasnt|hadnt|didnt|dont|doesnt|wont|isnt|arent|yet|still|waiting|refused|refuse)\b/;

/**
 * A milestone named in the parent's own short words ("we got the draft", "mediation certificate"):
 * chosen only when the words point at exactly one milestone, using words that appear in one label only.
 */
export function milestoneFromWords(milestones: Milestone[], simple: string): Milestone | undefined {
  const words = simple.split(' ').filter(Boolean);
  if (words.length === 0 || words.length > 8 || NEGATIONS.test(simple)) return undefined;
  const labelWords = milestones.map((m) => new Set(simplify(m.label).split(' ').filter((w) => !COMMON_WORDS.has(w))));
  const distinctive = labelWords.map((set, i) => new Set([...set].filter((w) => labelWords.every((other, j) => j === i || !other.has(w)))));
  const hits = distinctive.map((set) => words.some((w) => set.has(w)));
  return hits.filter(Boolean).length === 1 ? milestones[hits.indexOf(true)] : undefined;
}

/**
 * What was understood from a parent's own sentence, each date named by what it is, in the milestone's
 * order ("the date on the mediation certificate: **Sunday 29 November 2026**"), one line each.
 * A date's name is `dateName.<date id>` in the wording; without one, its question is used.
 */
export function givenDatesText(milestone: Milestone, dates: Record<string, CalendarDate>, say: Wording, names: Record<string, string | undefined>): string {
  const lines = milestone.dates
    .filter((d) => dates[d.id])
    .map((d) => say('fromText.date', { name: names[`dateName.${d.id}`] ?? d.question, date: formatLong(dates[d.id]) }));
  return say('fromText.understood', { milestone: milestone.label, dates: lines.join('\n') });
}

function sourcesText(sources: DeadlineSource[]): string {
  return sources.map((s) => s.citation ?? (s.url ? `[${s.title}](${s.url})` : s.title)).join('; ');
}

/** One deadline as a message: the date, whether it has passed, what it means, what to do if missed, sources. */
export function deadlineText(d: ComputedDeadline, say: Wording): string {
  const lines = [`**${d.title}**`];
  if (d.formatted) {
    lines.push(say(d.atLeast ? 'results.dateAtLeast' : 'results.date', { date: d.formatted }));
    if (d.by5pm) lines.push(say('results.by5pm'));
    if (d.movedFrom) {
      const key = d.movedBecause === 'not-working-day' ? 'results.movedFromNotWorkingDay' : 'results.movedFrom';
      lines.push(say(key, { date: formatLong(d.movedFrom) }));
    }
    if (d.afterStart) lines.push(say('results.afterStart'));
    if (d.status === 'passed') lines.push(say('results.passed'));
    else if (d.status === 'today') lines.push(say('results.today'));
    else if (d.daysFromToday === 1) lines.push(say('results.upcomingOne'));
    else lines.push(say('results.upcoming', { days: d.daysFromToday ?? '' }));
  } else {
    lines.push(say('results.unknown'));
  }
  lines.push(d.explain);
  lines.push(say('results.ifMissed', { text: d.ifMissed }));
  lines.push(say('results.sources', { sources: sourcesText(d.sources) }));
  return lines.join('\n\n');
}


/** Days before a date that a calendar reminder rings. */
export const REMINDER_DAYS = [7, 1];

/**
 * The short list shown before any detail: one line per deadline, named by what is due, with its date
 * and whether it has passed ("- Decision on assessment: **Tuesday 14 April 2026** (passed)").
 */
export function deadlineSummary(deadlines: ComputedDeadline[], say: Wording): string {
  return deadlines.map((d) => {
    const when = d.formatted
      ? say(d.atLeast ? 'summary.dateAtLeast' : 'summary.date', { date: d.formatted })
      : say('summary.unknown');
    const status = d.status === 'passed' ? say('summary.passed') : d.status === 'today' ? say('summary.today') : '';
    return `- ${d.due}: ${when}${status ? ` ${status}` : ''}`;
  }).join('\n');
}

/**
 * One all-day event per deadline that has a date, missed ones included (a record of what was due, for a
 * complaint). Dates still to come get reminders 7 days and 1 day before, when those days are still ahead.
 * UIDs are stable for the same answers, so saving the file again updates rather than duplicates.
 */
export function deadlineEvents(result: ComputedMilestone, say: Wording): CalendarEvent[] {
  const { milestone, dates, deadlines } = result;
  const startKey = Object.keys(dates).sort().map((k) => `${k}-${toIso(dates[k])}`).join('-');
  return deadlines
    .filter((d): d is ComputedDeadline & { date: CalendarDate } => d.date !== null)
    .map((d) => {
      const passed = d.status === 'passed';
      return {
        uid: `${milestone.id}-${d.id}-${startKey}@send-signpost`,
        date: d.date,
        summary: passed ? say('calendar.eventPassedSummary', { due: d.due }) : d.due,
        description: [
          ...(passed ? [say('calendar.eventPassed')] : []),
          ...(d.by5pm ? [say('results.by5pm')] : []),
          d.title,
          d.explain,
          say('calendar.eventIfMissed', { text: d.ifMissed }),
          say('calendar.eventSources', {
            sources: d.sources.map((s) => s.citation ?? `${s.title} ${s.url}`).join('; '),
          }),
        ].join('\n\n'),
        reminders: REMINDER_DAYS
          .filter((days) => (d.daysFromToday ?? 0) > days)
          .map((days) => ({ daysBefore: days, text: say(days === 1 ? 'calendar.reminderDay' : 'calendar.reminderDays', { due: d.due, days }) })),
      };
    });
}
