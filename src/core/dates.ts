/**
 * Calendar-date arithmetic for statutory deadlines in England.
 *
 * Pure module: no botbuilder, no I/O. Dates are plain calendar dates ({y, m, d}, month 1–12),
 * never a JS Date at "midnight somewhere", so a British Summer Time change can never move a
 * deadline by a day. Arithmetic goes through a day number (days since 1970-01-01) computed with
 * Date.UTC, which has no time zone and no clock changes.
 *
 * Conventions (why):
 * - "N weeks after X" is X + 7N days: 6 weeks after Monday 2 March is Monday 13 April.
 *   This is how the SEND Regulations' "within 6 weeks of receiving the request" is read by
 *   councils, IPSEA and the Tribunal: the deadline falls on the same weekday.
 * - "N months after X" uses the corresponding-date rule: the same day number N months later,
 *   or the last day of that month when it has no such day (31 January + 1 month = 28 February,
 *   or 29 February in a leap year). This is the usual rule for calendar months in English law;
 *   the fact sheet does not say the Tribunal rules count differently.
 * - "Today" is the date in Europe/London, not UTC: at 00:30 BST on 30 March it is already
 *   30 March in England although UTC still says 29 March.
 */

export interface CalendarDate {
  /** Full year, e.g. 2026. */
  y: number;
  /** Month 1–12. */
  m: number;
  /** Day of month 1–31. */
  d: number;
}

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

const MS_PER_DAY = 86_400_000;

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return [4, 6, 9, 11].includes(m) ? 30 : 31;
}

export function isValidDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
  );
}

/** A checked calendar date; throws on impossible dates such as 31 February. */
export function makeDate(y: number, m: number, d: number): CalendarDate {
  if (!isValidDate(y, m, d)) throw new RangeError(`Not a real date: ${y}-${m}-${d}`);
  return { y, m, d };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** "2026-03-06" */
export function toIso(date: CalendarDate): string {
  return `${pad(date.y, 4)}-${pad(date.m, 2)}-${pad(date.d, 2)}`;
}

/** Parses a strict ISO calendar date "YYYY-MM-DD"; throws if it is not a real date. */
export function fromIso(iso: string): CalendarDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${iso}`);
  return makeDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** Days since 1970-01-01 (negative before). */
export function toDayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(date.y, date.m - 1, date.d) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): CalendarDate {
  const utc = new Date(dayNumber * MS_PER_DAY);
  return { y: utc.getUTCFullYear(), m: utc.getUTCMonth() + 1, d: utc.getUTCDate() };
}

export function addDays(date: CalendarDate, days: number): CalendarDate {
  return fromDayNumber(toDayNumber(date) + days);
}

export function addWeeks(date: CalendarDate, weeks: number): CalendarDate {
  return addDays(date, weeks * 7);
}

/** Corresponding date N calendar months later (or earlier), clamped to the month's last day. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.y * 12 + (date.m - 1) + months;
  const y = Math.floor(index / 12);
  const m = (index - y * 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

export function addYears(date: CalendarDate, years: number): CalendarDate {
  return addMonths(date, years * 12);
}

/** Negative if a is before b, 0 if the same day, positive if after. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

export function sameDate(a: CalendarDate, b: CalendarDate): boolean {
  return compareDates(a, b) === 0;
}

/** Whole days from a to b (positive when b is later). */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: CalendarDate): number {
  // 1 January 1970 was a Thursday (4).
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

export function weekdayName(date: CalendarDate): string {
  return WEEKDAY_NAMES[weekday(date)];
}

export function monthName(m: number): string {
  const name = MONTH_NAMES[m - 1];
  if (!name) throw new RangeError(`No month ${m}`);
  return name;
}

/** "Friday 6 March 2026" — the form parents read in letters from the council. */
export function formatLong(date: CalendarDate): string {
  return `${weekdayName(date)} ${date.d} ${monthName(date.m)} ${date.y}`;
}

/** "6 March 2026" */
export function formatShort(date: CalendarDate): string {
  return `${date.d} ${monthName(date.m)} ${date.y}`;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: 'numeric', day: 'numeric',
});

let lastLondonDay: { minute: number; date: CalendarDate } = { minute: Number.NaN, date: { y: 0, m: 0, d: 0 } };

/** The calendar date in England at the instant `now` (defaults to the real clock). */
export function todayInLondon(now: Date = new Date()): CalendarDate {
  // formatToParts is costly and several steps of a turn ask; England's offset from UTC is whole hours, so
  // every instant in one UTC minute has the same date there, and the last minute's answer is reused.
  const minute = Math.floor(now.getTime() / 60_000);
  if (minute !== lastLondonDay.minute || Number.isNaN(minute)) {
    const parts = londonParts.formatToParts(now);
    const get = (type: string): number => Number(parts.find((p) => p.type === type)?.value);
    lastLondonDay = { minute, date: { y: get('year'), m: get('month'), d: get('day') } };
  }
  return { ...lastLondonDay.date };
}

/** Easter Sunday (Gregorian), anonymous algorithm — needed for Good Friday and Easter Monday. */
export function easterSunday(y: number): CalendarDate {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

function firstWeekdayOnOrAfter(date: CalendarDate, wd: number): CalendarDate {
  return addDays(date, (wd - weekday(date) + 7) % 7);
}

function lastWeekdayOfMonth(y: number, m: number, wd: number): CalendarDate {
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

/**
 * The regular bank holidays in England and Wales for a year, with weekend substitutes.
 * One-off holidays (jubilees, coronations, state funerals) cannot be computed and are not
 * included; a deadline that lands on one is shown as the statutory date, which errs early.
 */
export function englandBankHolidays(y: number): CalendarDate[] {
  const easter = easterSunday(y);
  const holidays: CalendarDate[] = [];
  const newYear = { y, m: 1, d: 1 };
  holidays.push(weekday(newYear) === 0 || weekday(newYear) === 6 ? firstWeekdayOnOrAfter(newYear, 1) : newYear);
  holidays.push(addDays(easter, -2), addDays(easter, 1));
  holidays.push(firstWeekdayOnOrAfter({ y, m: 5, d: 1 }, 1));
  holidays.push(lastWeekdayOfMonth(y, 5, 1));
  holidays.push(lastWeekdayOfMonth(y, 8, 1));
  // Christmas and Boxing Day: a weekend day moves to the next free weekday.
  const christmas = { y, m: 12, d: 25 };
  const wdChristmas = weekday(christmas);
  if (wdChristmas === 5) holidays.push(christmas, { y, m: 12, d: 28 });            // Fri -> Boxing Mon 28
  else if (wdChristmas === 6) holidays.push({ y, m: 12, d: 27 }, { y, m: 12, d: 28 }); // Sat -> Mon 27, Tue 28
  else if (wdChristmas === 0) holidays.push({ y, m: 12, d: 26 }, { y, m: 12, d: 27 }); // Sun -> Mon 26 (Boxing), Tue 27
  else holidays.push(christmas, { y, m: 12, d: 26 });
  return holidays.sort(compareDates);
}

export function isBankHoliday(date: CalendarDate): boolean {
  return englandBankHolidays(date.y).some((h) => sameDate(h, date));
}

/** Monday–Friday and not a bank holiday in England. */
export function isWorkingDay(date: CalendarDate): boolean {
  const wd = weekday(date);
  return wd !== 0 && wd !== 6 && !isBankHoliday(date);
}

export function nextWorkingDayOnOrAfter(date: CalendarDate): CalendarDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * SEND Tribunal appeal deadlines that land between 25 December and 1 January move to the next
 * working day in January; those in August move to the first working day in September
 * (fact sheet §5, IPSEA). Applies to SEN appeals, not disability discrimination claims.
 */
export function tribunalHolidayExtension(deadline: CalendarDate): CalendarDate {
  if (deadline.m === 12 && deadline.d >= 25) return nextWorkingDayOnOrAfter({ y: deadline.y + 1, m: 1, d: 2 });
  if (deadline.m === 1 && deadline.d === 1) return nextWorkingDayOnOrAfter({ y: deadline.y, m: 1, d: 2 });
  if (deadline.m === 8) return nextWorkingDayOnOrAfter({ y: deadline.y, m: 9, d: 1 });
  return deadline;
}

/** Why a Tribunal time limit was moved: over Christmas or in August (r.12(3)), or off a weekend or bank holiday (r.12(2)). */
export type TribunalMove = 'christmas-august' | 'not-working-day';

/**
 * The last day an appeal can actually reach the SEND Tribunal, under the Tribunal Procedure (First-tier
 * Tribunal) (Health, Education and Social Care Chamber) Rules 2008 r.12: a time limit ending between
 * 25 December and 1 January or in August runs to the first working day after 1 January or 31 August
 * (r.12(3)(a), SEN appeals); one ending on any other day that is not a working day runs to the next
 * working day (r.12(2)). The appeal must arrive by 5pm on that day (r.12(1)).
 */
export function tribunalLastDay(deadline: CalendarDate): { date: CalendarDate; moved: TribunalMove | null } {
  const holidays = tribunalHolidayExtension(deadline);
  if (!sameDate(holidays, deadline)) return { date: holidays, moved: 'christmas-august' };
  if (!isWorkingDay(deadline)) return { date: nextWorkingDayOnOrAfter(deadline), moved: 'not-working-day' };
  return { date: deadline, moved: null };
}
