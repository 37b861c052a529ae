/**
 * Parses dates the way parents in the UK type them. Pure module: no botbuilder, no clock —
 * "today" is always passed in so answers are testable and follow the UK calendar.
 *
 * Conventions (why):
 * - Day before month, always: 3/4 is 3 April, never 4 March. The bot is for families in England.
 * - Two-digit years are 20xx ("3/3/26" is 2026).
 * - A date without a year is the most recent time that day came round (today included), because
 *   the bot asks when something happened. With `expect: 'future'` it is the next occurrence instead.
 * - "Tuesday", "on Tuesday", "last Tuesday": the most recent Tuesday before today (not today —
 *   people say "today" for today). With `expect: 'future'`, "Tuesday"/"next Tuesday" is the next one
 *   after today. The dialog always repeats the date back with its weekday so a parent can correct it.
 * - "last Tuesday" said on a Wednesday may mean yesterday or the Tuesday of the week before: when the
 *   most recent one falls in this week (weeks start on Monday), it is refused as 'ambiguous' with both
 *   dates as `choices`, so the dialog asks which. A deadline counted from the wrong week is a week out.
 * - Vague answers ("last week", "soon", "a few weeks ago", "a couple of weeks ago", "mid-October") are
 *   refused with reason 'vague' so the dialog can ask for a day; statutory deadlines need a day, and a
 *   vague time must never become an exact legal date. Exact amounts ("3 days ago", "a month ago") are kept.
 * - Years before `today - maxYearsBack` or after `today + maxYearsAhead` are refused as likely typos.
 */
import {
  type CalendarDate, addDays, addMonths, addWeeks, addYears, compareDates, isValidDate, monthName,
  weekday, WEEKDAY_NAMES,
} from './dates';

export type DateProblem =
  | 'empty'           // nothing typed
  | 'unrecognised'    // not a date we can read
  | 'vague'           // a period, not a day ("last week", "soon")
  | 'impossible'      // looks like a date but does not exist (31/2/26, 13/13)
  | 'weekdayMismatch' // "Tuesday 4 March 2026" but 4 March 2026 is a Wednesday
  | 'tooLongAgo'      // year far in the past (probably a typo)
  | 'tooFarAhead'     // year far in the future
  | 'inFuture'        // expected a past date, got a later one
  | 'ambiguous'       // "last Tuesday" on a Wednesday: this week's or the week before's (see `choices`)
  | 'inPast';         // expected a future date, got an earlier one

export type DateInputResult =
  | { ok: true; date: CalendarDate; /** the year was not typed and was worked out */ yearAssumed: boolean;
      /** only a month and year were given (allowed with `allowMonthOnly`) */ monthOnly: boolean }
  | { ok: false; problem: DateProblem; /** values useful in a kind re-ask, e.g. { day: '31', month: 'February' } */
      details: Record<string, string>;
      /** The dates it may mean, most recent first (with 'ambiguous'). */
      choices?: CalendarDate[] };

export interface DateInputOptions {
  /** Today's date in England (see todayInLondon). */
  today: CalendarDate;
  /** 'past' (default): the date something happened; 'future': a date still to come; 'any'. */
  expect?: 'past' | 'future' | 'any';
  /** Accept "September 2027" as 1 September 2027 (for "when will your child move?"). */
  allowMonthOnly?: boolean;
  /** Refuse dates more than this many years before today (default 10). */
  maxYearsBack?: number;
  /** Refuse dates more than this many years after today (default 5). */
  maxYearsAhead?: number;
}

const MONTHS: Record<string, number> = {};
[
  ['january', 'jan'], ['february', 'feb', 'febuary', 'feburary'], ['march', 'mar'], ['april', 'apr'],
  ['may'], ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'],
  ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
].forEach((names, i) => names.forEach((n) => { MONTHS[n] = i + 1; }));

const WEEKDAYS: Record<string, number> = {};
[
  ['sunday', 'sun'], ['monday', 'mon'], ['tuesday', 'tue', 'tues'], ['wednesday', 'wed', 'weds'],
  ['thursday', 'thu', 'thur', 'thurs'], ['friday', 'fri'], ['saturday', 'sat'],
].forEach((names, i) => names.forEach((n) => { WEEKDAYS[n] = i; }));

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12,
};

const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
const WEEKDAY_RE = Object.keys(WEEKDAYS).sort((a, b) => b.length - a.length).join('|');

const VAGUE = /\b(soon|ish|about|around|roughly|approx(imately)?|sometime|some time|early|mid|middle|late|end|start|beginning|last (week|month|year|term)|this (week|month|year|term)|next (week|month|year|term)|ages|a while|while back|while ago|recently|lately|other day|few|couple|several|or so|over|under|more than|less than|nearly|almost|not sure|don'?t know|dunno|can'?t remember)\b/;

function fail(problem: DateProblem, details: Record<string, string> = {}): DateInputResult {
  return { ok: false, problem, details };
}

/** Normalise: lower case, trim, strip ordinal suffixes, "of", commas and trailing full stops. */
function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!?]+$/, '')
    .replace(/^(it was|it's|its|on the|on|the|since|from)\s+/, '')
    .replace(/(\d+)(st|nd|rd|th)\b/g, '$1')
    .replace(/\bof\b/g, ' ')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "26" -> 2026, but "99" -> 1999 so the re-ask names the year the parent meant. */
function expandYear(text: string): number {
  const n = Number(text);
  if (text.length > 2) return n;
  return n >= 70 ? 1900 + n : 2000 + n;
}

export function parseDateInput(text: string, options: DateInputOptions): DateInputResult {
  const { today } = options;
  const expect = options.expect ?? 'past';
  const raw = normalise(text ?? '');
  if (raw === '') return fail('empty');

  const result = parseShape(raw, today, expect, options.allowMonthOnly ?? false);
  if (!result.ok) return result;
  return checkRange(result, options);
}

function checkRange(result: Extract<DateInputResult, { ok: true }>, options: DateInputOptions): DateInputResult {
  const { today } = options;
  const expect = options.expect ?? 'past';
  const earliest = addYears(today, -(options.maxYearsBack ?? 10));
  const latest = addYears(today, options.maxYearsAhead ?? 5);
  const { date } = result;
  if (compareDates(date, earliest) < 0) return fail('tooLongAgo', { year: String(date.y) });
  if (compareDates(date, latest) > 0) return fail('tooFarAhead', { year: String(date.y) });
  // A month-only answer ("September 2027") is about the month, so compare whole months.
  const cmp = result.monthOnly
    ? (date.y * 12 + date.m) - (today.y * 12 + today.m)
    : compareDates(date, today);
  if (expect === 'past' && cmp > 0) return fail('inFuture', {});
  if (expect === 'future' && cmp < 0) return fail('inPast', {});
  return result;
}

function ok(date: CalendarDate, yearAssumed = false, monthOnly = false): DateInputResult {
  return { ok: true, date, yearAssumed, monthOnly };
}

/** A day and month without a year: the latest one not after today (or the next one, for the future). */
function withAssumedYear(day: number, month: number, today: CalendarDate, expect: 'past' | 'future' | 'any'): DateInputResult {
  if (month < 1 || month > 12 || day < 1 || day > 31) return fail('impossible', { day: String(day), month: String(month) });
  if (month === 2 && day === 29) {
    // Only leap years have 29 February: look back (or forward) for the nearest one.
    const step = expect === 'future' ? 1 : -1;
    for (let y = today.y, i = 0; i < 8; y += step, i++) {
      if (!isValidDate(y, 2, 29)) continue;
      const c = compareDates({ y, m: 2, d: 29 }, today);
      if ((step < 0 && c <= 0) || (step > 0 && c >= 0)) return ok({ y, m: 2, d: 29 }, true);
    }
  }
  if (!isValidDate(2028, month, day)) return fail('impossible', { day: String(day), month: monthName(month) });
  let candidate = { y: today.y, m: month, d: day };
  const cmp = compareDates(candidate, today);
  if (expect === 'future') {
    if (cmp < 0) candidate = { ...candidate, y: today.y + 1 };
  } else if (cmp > 0) {
    candidate = { ...candidate, y: today.y - 1 };
  }
  return ok(candidate, true);
}

function exact(day: number, month: number, year: number): DateInputResult {
  if (month < 1 || month > 12) return fail('impossible', { day: String(day), month: String(month), year: String(year) });
  if (!isValidDate(year, month, day)) return fail('impossible', { day: String(day), month: monthName(month), year: String(year) });
  return ok({ y: year, m: month, d: day });
}

function relativeWeekday(target: number, today: CalendarDate, direction: 'past' | 'future'): CalendarDate {
  const diff = direction === 'past'
    ? ((weekday(today) - target + 7) % 7) || 7
    : ((target - weekday(today) + 7) % 7) || 7;
  return addDays(today, direction === 'past' ? -diff : diff);
}

function parseShape(raw: string, today: CalendarDate, expect: 'past' | 'future' | 'any', allowMonthOnly: boolean): DateInputResult {
  let m: RegExpExecArray | null;

  // A weekday in front of a date ("Tuesday 3 March 2026", "tues 3/3/26"): parse the rest, then
  // check the weekday agrees, because a mismatch means one of the two is a typo.
  if ((m = new RegExp(`^(${WEEKDAY_RE})\\s+(.*\\d.*)$`).exec(raw))) {
    const result = parseShape(m[2], today, expect, allowMonthOnly);
    const typed = WEEKDAYS[m[1]];
    if (result.ok && !result.monthOnly && weekday(result.date) !== typed) {
      return fail('weekdayMismatch', {
        typed: WEEKDAY_NAMES[typed], actual: WEEKDAY_NAMES[weekday(result.date)],
        date: `${result.date.d} ${monthName(result.date.m)} ${result.date.y}`,
      });
    }
    return result;
  }

  // Words for days near today.
  if (raw === 'today' || raw === 'now' || raw === 'this morning' || raw === 'this afternoon') return ok(today);
  if (raw === 'yesterday') return ok(addDays(today, -1));
  if (raw === 'day before yesterday') return ok(addDays(today, -2));
  if (raw === 'tomorrow') return ok(addDays(today, 1));
  if (raw === 'day after tomorrow') return ok(addDays(today, 2));

  // ISO: 2026-03-03 (also 2026/03/03).
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(raw))) return exact(Number(m[3]), Number(m[2]), Number(m[1]));

  // Numeric UK: d/m/y, d.m.y, d-m-y, d m y with 2- or 4-digit year; or d/m without a year.
  if ((m = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{2}|\d{4})$/.exec(raw))) {
    return exact(Number(m[1]), Number(m[2]), expandYear(m[3]));
  }
  if ((m = /^(\d{1,2})\s*[/.\-]\s*(\d{1,2})$/.exec(raw))) return withAssumedYear(Number(m[1]), Number(m[2]), today, expect);
  if (/^\d+\s*[/.\-]\s*\d+\s*[/.\-]\s*\d+$/.test(raw)) return fail('unrecognised');

  // Relative amounts: "2 weeks ago", "a month ago", "a fortnight ago", "in 3 weeks".
  const amount = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).sort((a, b) => b.length - a.length).join('|')})`;
  const unit = '(day|days|week|weeks|fortnight|fortnights|month|months|year|years)';
  if ((m = new RegExp(`^${amount}\\s*${unit}\\s+ago$`).exec(raw)) || (m = new RegExp(`^(?:in\\s+)${amount}\\s*${unit}(?:\\s+time)?$`).exec(raw))) {
    const n = /^\d+$/.test(m[1]) ? Number(m[1]) : NUMBER_WORDS[m[1]];
    const sign = raw.endsWith('ago') ? -1 : 1;
    const u = m[2].replace(/s$/, '');
    const date = u === 'day' ? addDays(today, sign * n)
      : u === 'week' ? addWeeks(today, sign * n)
      : u === 'fortnight' ? addWeeks(today, sign * 2 * n)
      : u === 'month' ? addMonths(today, sign * n)
      : addYears(today, sign * n);
    return ok(date);
  }

  // Weekday words: "last tuesday", "on tuesday", "tuesday", "next tuesday", "this tuesday".
  if ((m = new RegExp(`^(last|next|this|)\\s*(${WEEKDAY_RE})$`).exec(raw))) {
    const target = WEEKDAYS[m[2]];
    const qualifier = m[1];
    if (qualifier === 'last') {
      const recent = relativeWeekday(target, today, 'past');
      const daysIntoWeek = (weekday(today) + 6) % 7; // Monday 0 … Sunday 6
      const daysAgo = ((weekday(today) - target + 7) % 7) || 7;
      if (daysAgo > daysIntoWeek) return ok(recent);
      return { ok: false, problem: 'ambiguous', details: {}, choices: [recent, addDays(recent, -7)] };
    }
    if (qualifier === 'next') return ok(relativeWeekday(target, today, 'future'));
    return ok(relativeWeekday(target, today, expect === 'future' ? 'future' : 'past'));
  }

  if (VAGUE.test(raw)) return fail('vague');

  // Named months: "3 march", "3 march 2026", "march 3 2026", "mar 3".
  const dayMonth = new RegExp(`^(\\d{1,2})\\s*(${MONTH_RE})(?:\\s+(\\d{2}|\\d{4}))?$`).exec(raw);
  const monthDay = dayMonth ? null : new RegExp(`^(${MONTH_RE})\\s*(\\d{1,2})(?:\\s+(\\d{4}|'\\d{2}))?$`).exec(raw);
  if (dayMonth || monthDay) {
    const [dayText, monthText, yearText] = dayMonth ? [dayMonth[1], dayMonth[2], dayMonth[3]] : [monthDay![2], monthDay![1], monthDay![3]];
    const day = Number(dayText);
    const month = MONTHS[monthText];
    return yearText ? exact(day, month, expandYear(yearText.replace("'", ''))) : withAssumedYear(day, month, today, expect);
  }

  // Month and year only: "september 2027".
  if ((m = new RegExp(`^(${MONTH_RE})\\s+(\\d{4})$`).exec(raw))) {
    if (!allowMonthOnly) return fail('vague', { month: monthName(MONTHS[m[1]]), year: m[2] });
    return ok({ y: Number(m[2]), m: MONTHS[m[1]], d: 1 }, false, true);
  }
  if (new RegExp(`^(${MONTH_RE})$`).test(raw)) return fail('vague', { month: monthName(MONTHS[raw]) });
  // "in October": a month, not a day.
  if ((m = new RegExp(`^(?:in|during)\\s+(${MONTH_RE})(?:\\s+(\\d{4}))?$`).exec(raw))) {
    if (m[2] && allowMonthOnly) return ok({ y: Number(m[2]), m: MONTHS[m[1]], d: 1 }, false, true);
    return fail('vague', { month: monthName(MONTHS[m[1]]), ...(m[2] ? { year: m[2] } : {}) });
  }

  return fail('unrecognised');
}

/** The month a message names ("in September", "back in sept"), as its name; "may" only after "in" (it is also a verb). */
export function monthNamed(text: string): string | undefined {
  const simple = text.toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const m = /\b(january|february|march|april|june|july|august|september|sept|october|november|december|jan|feb|apr|jun|jul|aug|sep|oct|nov|dec|in may)\b/.exec(simple);
  if (!m) return undefined;
  const word = m[1].replace(/^in /, '');
  return monthName(MONTHS[word]);
}
