/**
 * Statutory deadline rules (knowledge/deadlines.yaml) and the pure function that turns a
 * milestone and its date(s) into real calendar deadlines. No botbuilder, no clock, no I/O:
 * the knowledge loader reads and validates the YAML (src/knowledge/deadlinesSchema.ts); the
 * dialog passes "today" in.
 *
 * How a deadline is worked out (each `when` item), see src/core/dates.ts for the calendar conventions:
 * - `from` + `add` {weeks|days|months}: e.g. 6 weeks after the council received the request.
 *   `add.days` with `countStartDay: true` counts the start day as day 1 ("15 days beginning with
 *   the day the draft was served" ends on start + 14).
 * - `from` + `fixed` {month, day}: that day in the calendar year of the `from` date
 *   (15 February in the year of a school phase transfer).
 * - several `when` items: the LATEST wins ("2 months after the decision or 1 month after the
 *   mediation certificate, whichever is later"). If a date for one of them was not given, the
 *   result is still shown but flagged `atLeast`: the real deadline can only be the same or later.
 * - `adjust: tribunal-holidays`: the SEND Tribunal's rule 12 (HESC Rules 2008): a deadline between
 *   25 Dec and 1 Jan or in August moves to the first working day after; one on a weekend or bank
 *   holiday moves to the next working day; and the appeal must arrive by 5pm (`by5pm`).
 * - a `fixed` date on or after the date it counts from (a move that starts in January) is flagged
 *   `afterStart`: the law's date comes after the move itself.
 */
import {
  type CalendarDate, addDays, addMonths, addWeeks, compareDates, daysBetween, formatLong, toIso,
  tribunalLastDay, type TribunalMove, weekdayName,
} from './dates';

/** How a date is counted from another: exactly one of weeks, days or months. */
export interface DeadlineAdd { weeks?: number; days?: number; months?: number }
export interface DeadlineWhen { from: string; add?: DeadlineAdd; countStartDay?: boolean; fixed?: { month: number; day: number } }
/** A citation ("SEND Regulations 2014 reg.13(2)") or a web page. */
export type RuleSource = string | { title: string; url: string };

export interface DateQuestion {
  id: string; question: string; example: string;
  /** 'past': something that happened; 'future': something still to come. */
  expect: 'past' | 'future';
  /** Month and year are enough (e.g. when a child will move school). */
  monthOnly: boolean;
  /** The parent may skip this date; deadlines needing it then explain what is missing. */
  optional: boolean;
  /** Said when an optional date is skipped. */
  ifSkipped?: string;
}

export interface DeadlineRule {
  id: string; title: string;
  /** What is due, in a few words, for the one-line list ("Decision on assessment"); the title when absent. */
  due?: string;
  /** Who has to act by the date. */
  who: 'council' | 'school' | 'you';
  when: DeadlineWhen[];
  adjust?: 'tribunal-holidays';
  /** Plain English: how the date is counted and what has to happen. */
  explain: string;
  ifMissed: string;
  exceptions: string[];
  sources: RuleSource[];
}

export interface Milestone {
  id: string;
  /** The choice a parent picks: the point they have reached. */
  label: string;
  dates: DateQuestion[];
  /** Optional extra information shown once above the deadlines. */
  note?: string;
  deadlines: DeadlineRule[];
}

export interface DeadlineException { id: string; text: string; sources: RuleSource[] }

/** knowledge/deadlines.yaml once validated (src/knowledge/deadlinesSchema.ts checks it has this shape). */
export interface DeadlinesFile { reviewed: string; exceptionsIntro: string; exceptions: DeadlineException[]; milestones: Milestone[] }

/** Same normalised shape as the knowledge base's Source. */
export interface DeadlineSource { citation?: string; title?: string; url?: string }

export interface ComputedDeadline {
  id: string;
  title: string;
  /** What is due, in a few words ("Final plan"). */
  due: string;
  who: DeadlineRule['who'];
  /** null when a date it needs was not given (see missingDates). */
  date: CalendarDate | null;
  iso: string | null;
  weekday: string | null;
  /** "Friday 6 March 2026" */
  formatted: string | null;
  /** The date before a Tribunal move (Christmas, August, weekend or bank holiday), when one applied. */
  movedFrom: CalendarDate | null;
  /** Why it was moved (null when it was not). */
  movedBecause: TribunalMove | null;
  /** Tribunal time limits end at 5pm on the day (HESC Rules 2008 r.12(1)). */
  by5pm: boolean;
  /** A fixed date ("before 15 February") that falls on or after the date it counts from (the move). */
  afterStart: boolean;
  /** Some "whichever is later" dates were not given: the real deadline is this date or later. */
  atLeast: boolean;
  missingDates: string[];
  status: 'passed' | 'today' | 'upcoming' | 'unknown';
  /** Days from today (negative when passed); null when unknown. */
  daysFromToday: number | null;
  explain: string;
  ifMissed: string;
  exceptions: DeadlineException[];
  sources: DeadlineSource[];
}

export interface ComputedMilestone {
  milestone: Milestone;
  dates: Record<string, CalendarDate>;
  deadlines: ComputedDeadline[];
}

function normaliseSource(source: DeadlineRule['sources'][number]): DeadlineSource {
  return typeof source === 'string' ? { citation: source } : { title: source.title, url: source.url };
}

function applyWhen(when: DeadlineRule['when'][number], start: CalendarDate): CalendarDate {
  if (when.fixed) return { y: start.y, m: when.fixed.month, d: when.fixed.day };
  const add = when.add!;
  if (add.weeks !== undefined) return addWeeks(start, add.weeks);
  if (add.months !== undefined) return addMonths(start, add.months);
  const days = add.days!;
  return addDays(start, when.countStartDay ? days - Math.sign(days) : days);
}

export function findMilestone(rules: DeadlinesFile, milestoneId: string): Milestone {
  const milestone = rules.milestones.find((m) => m.id === milestoneId);
  if (!milestone) throw new RangeError(`No milestone "${milestoneId}" in deadlines.yaml`);
  return milestone;
}

/**
 * Every deadline for a milestone. `date` is either the milestone's first date (most milestones
 * need only one) or a map of date id -> date for milestones that ask for more than one.
 */
export function computeDeadlines(
  rules: DeadlinesFile,
  milestoneId: string,
  date: CalendarDate | Record<string, CalendarDate>,
  today: CalendarDate,
): ComputedMilestone {
  const milestone = findMilestone(rules, milestoneId);
  const dates: Record<string, CalendarDate> = isCalendarDate(date) ? { [milestone.dates[0].id]: date } : { ...date };
  const exceptionsById = new Map(rules.exceptions.map((e) => [e.id, e]));

  const deadlines = milestone.deadlines.map((rule): ComputedDeadline => {
    const candidates: CalendarDate[] = [];
    const missingDates: string[] = [];
    for (const when of rule.when) {
      const start = dates[when.from];
      if (start) candidates.push(applyWhen(when, start));
      else missingDates.push(when.from);
    }
    const base: Omit<ComputedDeadline, 'date' | 'iso' | 'weekday' | 'formatted' | 'movedFrom' | 'movedBecause' | 'afterStart' | 'atLeast' | 'status' | 'daysFromToday'> = {
      id: rule.id, title: rule.title, due: rule.due ?? rule.title, who: rule.who, missingDates, by5pm: rule.adjust === 'tribunal-holidays',
      explain: rule.explain, ifMissed: rule.ifMissed,
      exceptions: rule.exceptions.map((id) => exceptionsById.get(id)!),
      sources: rule.sources.map(normaliseSource),
    };
    if (candidates.length === 0) {
      return {
        ...base, date: null, iso: null, weekday: null, formatted: null, movedFrom: null, movedBecause: null,
        afterStart: false, atLeast: false, status: 'unknown', daysFromToday: null,
      };
    }
    const latest = candidates.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
    const tribunal = rule.adjust === 'tribunal-holidays' ? tribunalLastDay(latest) : { date: latest, moved: null };
    const adjusted = tribunal.date;
    const afterStart = rule.when.some((w) => w.fixed !== undefined && dates[w.from] !== undefined && compareDates(latest, dates[w.from]) >= 0);
    const daysFromToday = daysBetween(today, adjusted);
    return {
      ...base,
      date: adjusted,
      iso: toIso(adjusted),
      weekday: weekdayName(adjusted),
      formatted: formatLong(adjusted),
      movedFrom: tribunal.moved ? latest : null,
      movedBecause: tribunal.moved,
      afterStart,
      atLeast: missingDates.length > 0,
      status: daysFromToday < 0 ? 'passed' : daysFromToday === 0 ? 'today' : 'upcoming',
      daysFromToday,
    };
  });
  return { milestone, dates, deadlines };
}

function isCalendarDate(value: unknown): value is CalendarDate {
  return typeof value === 'object' && value !== null && 'y' in value && 'm' in value && 'd' in value &&
    typeof (value as CalendarDate).y === 'number';
}
