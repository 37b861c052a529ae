/**
 * Statutory deadline rules (knowledge/deadlines.yaml) and the pure function that turns a
 * milestone and its date(s) into real calendar deadlines. No botbuilder, no clock, no I/O:
 * the knowledge loader reads and validates the YAML with `deadlinesFileSchema`; the dialog
 * passes "today" in.
 *
 * How a deadline is worked out (each `when` item), see src/dates.ts for the calendar conventions:
 * - `from` + `add` {weeks|days|months}: e.g. 6 weeks after the council received the request.
 *   `add.days` with `countStartDay: true` counts the start day as day 1 ("15 days beginning with
 *   the day the draft was served" ends on start + 14).
 * - `from` + `fixed` {month, day}: that day in the calendar year of the `from` date
 *   (15 February in the year of a school phase transfer).
 * - several `when` items: the LATEST wins ("2 months after the decision or 1 month after the
 *   mediation certificate, whichever is later"). If a date for one of them was not given, the
 *   result is still shown but flagged `atLeast`: the real deadline can only be the same or later.
 * - `adjust: tribunal-holidays`: SEND Tribunal rule moving 25 Dec–1 Jan and August deadlines.
 */
import { z } from 'zod';
import {
  type CalendarDate, addDays, addMonths, addWeeks, compareDates, daysBetween, formatLong, toIso,
  tribunalHolidayExtension, weekdayName,
} from './dates';

/** The exact citation forms the project uses (BRIEF "Knowledge format"). */
export const CITATION_PATTERN =
  /^(Children and Families Act 2014 s\.\d+[A-Z]*(\(\d+\))*(\([a-z]\))*|SEND Regulations 2014 reg\.\d+(\(\d+\))*(\([a-z]\))*|SEND Code of Practice \d+\.\d+|Children Act 1989 s\.\d+[A-Z]*|Equality Act 2010 s\.\d+)$/;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. final-plan');
const text = z.string().trim().min(1, 'must not be empty');

const sourceSchema = z.union([
  z.string().regex(CITATION_PATTERN, 'a legal citation must look like "SEND Regulations 2014 reg.13(2)" or "SEND Code of Practice 9.41"'),
  z.object({ title: text, url: z.url({ protocol: /^https?$/ }) }).strict(),
]);

const addSchema = z.object({
  weeks: z.number().int().optional(),
  days: z.number().int().optional(),
  months: z.number().int().optional(),
}).strict().refine((a) => [a.weeks, a.days, a.months].filter((v) => v !== undefined).length === 1,
  'give exactly one of weeks, days or months');

const whenSchema = z.object({
  from: kebab,
  add: addSchema.optional(),
  countStartDay: z.boolean().optional(),
  fixed: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict().optional(),
}).strict().refine((w) => (w.add === undefined) !== (w.fixed === undefined), 'give either "add" or "fixed", not both');

const dateQuestionSchema = z.object({
  id: kebab,
  question: text,
  example: text,
  /** 'past': something that happened (default); 'future': something still to come. */
  expect: z.enum(['past', 'future']).default('past'),
  /** Month and year are enough (e.g. when a child will move school). */
  monthOnly: z.boolean().default(false),
  /** The parent may skip this date; deadlines needing it then explain what is missing. */
  optional: z.boolean().default(false),
  /** Said when an optional date is skipped. */
  ifSkipped: text.optional(),
}).strict();

const deadlineSchema = z.object({
  id: kebab,
  title: text,
  /** Who has to act by the date. */
  who: z.enum(['council', 'school', 'you']),
  when: z.array(whenSchema).min(1),
  adjust: z.enum(['tribunal-holidays']).optional(),
  /** Plain English: how the date is counted and what has to happen. */
  explain: text,
  ifMissed: text,
  exceptions: z.array(kebab).default([]),
  sources: z.array(sourceSchema).min(1, 'every deadline needs at least one source'),
}).strict();

const milestoneSchema = z.object({
  id: kebab,
  /** The choice a parent picks: the point they have reached. */
  label: text,
  dates: z.array(dateQuestionSchema).min(1),
  /** Optional extra information shown once above the deadlines. */
  note: text.optional(),
  deadlines: z.array(deadlineSchema).min(1),
}).strict();

const exceptionSchema = z.object({
  id: kebab,
  text,
  sources: z.array(sourceSchema).min(1),
}).strict();

export const deadlinesFileSchema = z.object({
  reviewed: z.iso.date('reviewed must be a date written YYYY-MM-DD'),
  exceptionsIntro: text,
  exceptions: z.array(exceptionSchema).min(1),
  milestones: z.array(milestoneSchema).min(1),
}).strict().superRefine((file, ctx) => {
  const exceptionIds = new Set<string>();
  file.exceptions.forEach((e, i) => {
    if (exceptionIds.has(e.id)) ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'id'], message: `exception id "${e.id}" is used twice` });
    exceptionIds.add(e.id);
  });
  const milestoneIds = new Set<string>();
  file.milestones.forEach((m, mi) => {
    if (milestoneIds.has(m.id)) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'id'], message: `milestone id "${m.id}" is used twice` });
    milestoneIds.add(m.id);
    const dateIds = new Set(m.dates.map((d) => d.id));
    if (dateIds.size !== m.dates.length) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'dates'], message: 'two dates have the same id' });
    if (m.dates[0].optional) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'dates', 0, 'optional'], message: 'the first date of a milestone cannot be optional' });
    const deadlineIds = new Set<string>();
    m.deadlines.forEach((d, di) => {
      if (deadlineIds.has(d.id)) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'deadlines', di, 'id'], message: `deadline id "${d.id}" is used twice in this milestone` });
      deadlineIds.add(d.id);
      d.when.forEach((w, wi) => {
        if (!dateIds.has(w.from)) {
          ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'deadlines', di, 'when', wi, 'from'], message: `"${w.from}" is not one of this milestone's dates (${[...dateIds].join(', ')})` });
        }
      });
      d.exceptions.forEach((x, xi) => {
        if (!exceptionIds.has(x)) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'deadlines', di, 'exceptions', xi], message: `no exception with id "${x}"` });
      });
    });
  });
});

export type DeadlinesFile = z.infer<typeof deadlinesFileSchema>;
export type Milestone = DeadlinesFile['milestones'][number];
export type DeadlineRule = Milestone['deadlines'][number];
export type DateQuestion = Milestone['dates'][number];
export type DeadlineException = DeadlinesFile['exceptions'][number];

/** Same normalised shape as the knowledge base's Source. */
export interface DeadlineSource { citation?: string; title?: string; url?: string }

export interface ComputedDeadline {
  id: string;
  title: string;
  who: DeadlineRule['who'];
  /** null when a date it needs was not given (see missingDates). */
  date: CalendarDate | null;
  iso: string | null;
  weekday: string | null;
  /** "Friday 6 March 2026" */
  formatted: string | null;
  /** The date before a Tribunal holiday move, when one applied. */
  movedFrom: CalendarDate | null;
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
    const base: Omit<ComputedDeadline, 'date' | 'iso' | 'weekday' | 'formatted' | 'movedFrom' | 'atLeast' | 'status' | 'daysFromToday'> = {
      id: rule.id, title: rule.title, who: rule.who, missingDates,
      explain: rule.explain, ifMissed: rule.ifMissed,
      exceptions: rule.exceptions.map((id) => exceptionsById.get(id)!),
      sources: rule.sources.map(normaliseSource),
    };
    if (candidates.length === 0) {
      return { ...base, date: null, iso: null, weekday: null, formatted: null, movedFrom: null, atLeast: false, status: 'unknown', daysFromToday: null };
    }
    const latest = candidates.reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));
    const adjusted = rule.adjust === 'tribunal-holidays' ? tribunalHolidayExtension(latest) : latest;
    const moved = compareDates(adjusted, latest) !== 0;
    const daysFromToday = daysBetween(today, adjusted);
    return {
      ...base,
      date: adjusted,
      iso: toIso(adjusted),
      weekday: weekdayName(adjusted),
      formatted: formatLong(adjusted),
      movedFrom: moved ? latest : null,
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
