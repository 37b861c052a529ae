import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addDays, addMonths, addWeeks, addYears, compareDates, daysBetween, daysInMonth, easterSunday,
  englandBankHolidays, formatLong, formatShort, fromDayNumber, fromIso, isBankHoliday, isLeapYear,
  isValidDate, isWorkingDay, makeDate, monthName, nextWorkingDayOnOrAfter, toDayNumber, todayInLondon,
  toIso, tribunalHolidayExtension, weekday, weekdayName,
} from '../src/core/dates';

const d = (iso: string) => fromIso(iso);
const iso = toIso;

describe('leap years and month lengths', () => {
  it('knows the Gregorian leap-year rule', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2026)).toBe(false);
    expect(isLeapYear(2028)).toBe(true);
    expect(isLeapYear(2100)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });
  it('gives month lengths', () => {
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2028, 2)).toBe(29);
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2026, m)))
      .toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
  it('accepts 29 February 2028 but not 29 February 2026 or 31 April', () => {
    expect(isValidDate(2028, 2, 29)).toBe(true);
    expect(isValidDate(2026, 2, 29)).toBe(false);
    expect(isValidDate(2026, 4, 31)).toBe(false);
    expect(isValidDate(2026, 13, 1)).toBe(false);
    expect(isValidDate(2026, 0, 1)).toBe(false);
    expect(isValidDate(2026, 1, 0)).toBe(false);
    expect(() => makeDate(2026, 2, 29)).toThrow(RangeError);
    expect(makeDate(2028, 2, 29)).toEqual({ y: 2028, m: 2, d: 29 });
  });
});

describe('ISO conversion', () => {
  it('round-trips and pads', () => {
    expect(iso({ y: 2026, m: 3, d: 6 })).toBe('2026-03-06');
    expect(d('2026-03-06')).toEqual({ y: 2026, m: 3, d: 6 });
  });
  it('rejects malformed or impossible ISO strings', () => {
    expect(() => fromIso('2026-3-6')).toThrow();
    expect(() => fromIso('2026-02-30')).toThrow();
    expect(() => fromIso('06/03/2026')).toThrow();
  });
  it('day numbers are continuous across years', () => {
    expect(toDayNumber(d('1970-01-01'))).toBe(0);
    expect(fromDayNumber(toDayNumber(d('2028-02-29')) + 1)).toEqual(d('2028-03-01'));
    expect(daysBetween(d('2026-01-01'), d('2027-01-01'))).toBe(365);
    expect(daysBetween(d('2028-01-01'), d('2029-01-01'))).toBe(366);
  });
});

describe('adding days and weeks', () => {
  it('adds days across month and year ends', () => {
    expect(iso(addDays(d('2026-12-31'), 1))).toBe('2027-01-01');
    expect(iso(addDays(d('2028-02-28'), 1))).toBe('2028-02-29');
    expect(iso(addDays(d('2026-02-28'), 1))).toBe('2026-03-01');
    expect(iso(addDays(d('2026-03-01'), -1))).toBe('2026-02-28');
    expect(iso(addDays(d('2026-03-06'), 14))).toBe('2026-03-20');
  });
  it('6, 16 and 20 weeks land on the same weekday', () => {
    const request = d('2026-03-02'); // Monday
    expect(formatLong(addWeeks(request, 6))).toBe('Monday 13 April 2026');
    expect(formatLong(addWeeks(request, 16))).toBe('Monday 22 June 2026');
    expect(formatLong(addWeeks(request, 20))).toBe('Monday 20 July 2026');
  });
  it('weeks across the spring clock change (29 March 2026) do not shift the date', () => {
    expect(formatLong(addWeeks(d('2026-03-23'), 1))).toBe('Monday 30 March 2026');
    expect(formatLong(addWeeks(d('2026-03-28'), 1))).toBe('Saturday 4 April 2026');
    expect(formatLong(addDays(d('2026-03-29'), 1))).toBe('Monday 30 March 2026');
    expect(formatLong(addWeeks(d('2026-02-16'), 6))).toBe('Monday 30 March 2026');
  });
  it('weeks across the autumn clock change (25 October 2026) do not shift the date', () => {
    expect(formatLong(addWeeks(d('2026-10-20'), 1))).toBe('Tuesday 27 October 2026');
    expect(formatLong(addDays(d('2026-10-25'), 1))).toBe('Monday 26 October 2026');
    expect(formatLong(addWeeks(d('2026-09-14'), 6))).toBe('Monday 26 October 2026');
    expect(formatLong(addWeeks(d('2026-10-24'), -1))).toBe('Saturday 17 October 2026');
  });
});

describe('adding calendar months (corresponding date, else last day of month)', () => {
  it('keeps the day number when it exists', () => {
    expect(iso(addMonths(d('2026-10-01'), 2))).toBe('2026-12-01');
    expect(iso(addMonths(d('2026-11-23'), 2))).toBe('2027-01-23');
    expect(iso(addMonths(d('2026-03-15'), -1))).toBe('2026-02-15');
  });
  it('31 January + 1 month is the last day of February', () => {
    expect(iso(addMonths(d('2026-01-31'), 1))).toBe('2026-02-28');
    expect(iso(addMonths(d('2028-01-31'), 1))).toBe('2028-02-29');
    expect(iso(addMonths(d('2026-01-29'), 1))).toBe('2026-02-28');
    expect(iso(addMonths(d('2026-01-28'), 1))).toBe('2026-02-28');
  });
  it('month ends in 30-day months and across the year end', () => {
    expect(iso(addMonths(d('2026-08-31'), 1))).toBe('2026-09-30');
    expect(iso(addMonths(d('2026-12-31'), 2))).toBe('2027-02-28');
    expect(iso(addMonths(d('2027-12-31'), 2))).toBe('2028-02-29');
    expect(iso(addMonths(d('2026-03-31'), -1))).toBe('2026-02-28');
    expect(iso(addMonths(d('2026-07-31'), -5))).toBe('2026-02-28');
  });
  it('29 February 2028 plus a year is 28 February 2029', () => {
    expect(iso(addYears(d('2028-02-29'), 1))).toBe('2029-02-28');
    expect(iso(addYears(d('2028-02-29'), 4))).toBe('2032-02-29');
    expect(iso(addMonths(d('2028-02-29'), 1))).toBe('2028-03-29');
  });
});

describe('weekdays and formatting', () => {
  it('names weekdays and months', () => {
    expect(weekday(d('1970-01-01'))).toBe(4);
    expect(weekdayName(d('2026-03-06'))).toBe('Friday');
    expect(weekdayName(d('2026-11-23'))).toBe('Monday');
    expect(weekdayName(d('2028-02-29'))).toBe('Tuesday');
    expect(weekdayName(d('1969-12-31'))).toBe('Wednesday');
    expect(monthName(9)).toBe('September');
    expect(() => monthName(13)).toThrow();
  });
  it('formats the long and short forms', () => {
    expect(formatLong(d('2026-03-06'))).toBe('Friday 6 March 2026');
    expect(formatShort(d('2026-11-23'))).toBe('23 November 2026');
  });
  it('compares dates', () => {
    expect(compareDates(d('2026-01-01'), d('2026-01-02'))).toBeLessThan(0);
    expect(compareDates(d('2026-01-02'), d('2026-01-02'))).toBe(0);
    expect(compareDates(d('2027-01-01'), d('2026-12-31'))).toBeGreaterThan(0);
  });
});

describe('today in England (Europe/London), with an injected clock', () => {
  it('asked twice in one minute, and again a minute later, each answer is right and the caller\'s own copy', () => {
    const first = todayInLondon(new Date('2026-10-24T22:59:10Z')); // 23:59 BST on the 24th
    first.d = 1;
    expect(iso(todayInLondon(new Date('2026-10-24T22:59:50Z')))).toBe('2026-10-24');
    expect(iso(todayInLondon(new Date('2026-10-24T23:00:05Z')))).toBe('2026-10-25'); // 00:00 BST
    expect(iso(todayInLondon(new Date('2026-10-24T22:59:50Z')))).toBe('2026-10-24'); // back again
  });
  it('00:30 BST on 30 March 2026 is 30 March although UTC says 29 March', () => {
    expect(iso(todayInLondon(new Date('2026-03-29T23:30:00Z')))).toBe('2026-03-30');
  });
  it('on the spring clock-change night itself', () => {
    expect(iso(todayInLondon(new Date('2026-03-28T23:59:59Z')))).toBe('2026-03-28'); // 23:59 GMT
    expect(iso(todayInLondon(new Date('2026-03-29T00:00:00Z')))).toBe('2026-03-29'); // 00:00 GMT
    expect(iso(todayInLondon(new Date('2026-03-29T00:59:59Z')))).toBe('2026-03-29');
    expect(iso(todayInLondon(new Date('2026-03-29T01:00:00Z')))).toBe('2026-03-29'); // 02:00 BST
    expect(iso(todayInLondon(new Date('2026-03-29T22:59:59Z')))).toBe('2026-03-29'); // 23:59 BST
    expect(iso(todayInLondon(new Date('2026-03-29T23:00:00Z')))).toBe('2026-03-30'); // 00:00 BST
  });
  it('on the autumn clock-change night (25 October 2026)', () => {
    expect(iso(todayInLondon(new Date('2026-10-24T22:59:59Z')))).toBe('2026-10-24'); // 23:59 BST
    expect(iso(todayInLondon(new Date('2026-10-24T23:00:00Z')))).toBe('2026-10-25'); // 00:00 BST
    expect(iso(todayInLondon(new Date('2026-10-25T00:30:00Z')))).toBe('2026-10-25'); // 01:30 BST
    expect(iso(todayInLondon(new Date('2026-10-25T01:30:00Z')))).toBe('2026-10-25'); // 01:30 GMT (again)
    expect(iso(todayInLondon(new Date('2026-10-25T23:59:59Z')))).toBe('2026-10-25'); // 23:59 GMT
    expect(iso(todayInLondon(new Date('2026-10-26T00:00:00Z')))).toBe('2026-10-26');
  });
  it('in winter London and UTC agree; in summer London is an hour ahead', () => {
    expect(iso(todayInLondon(new Date('2026-11-23T23:59:00Z')))).toBe('2026-11-23');
    expect(iso(todayInLondon(new Date('2026-07-01T23:30:00Z')))).toBe('2026-07-02');
  });
});

describe('bank holidays and working days (England)', () => {
  it('computes Easter', () => {
    expect(iso(easterSunday(2026))).toBe('2026-04-05');
    expect(iso(easterSunday(2027))).toBe('2027-03-28');
    expect(iso(easterSunday(2025))).toBe('2025-04-20');
  });
  it('lists the 2026 bank holidays as published', () => {
    expect(englandBankHolidays(2026).map(iso)).toEqual([
      '2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28',
    ]);
  });
  it('moves Christmas and New Year off weekends', () => {
    expect(englandBankHolidays(2021).map(iso).slice(-2)).toEqual(['2021-12-27', '2021-12-28']);
    expect(englandBankHolidays(2022).map(iso)[0]).toBe('2022-01-03');
    expect(englandBankHolidays(2022).map(iso).slice(-2)).toEqual(['2022-12-26', '2022-12-27']);
    expect(englandBankHolidays(2023).map(iso)[0]).toBe('2023-01-02');
  });
  it('knows working days', () => {
    expect(isWorkingDay(d('2026-11-23'))).toBe(true);
    expect(isWorkingDay(d('2026-11-22'))).toBe(false);
    expect(isBankHoliday(d('2026-08-31'))).toBe(true);
    expect(iso(nextWorkingDayOnOrAfter(d('2026-12-25')))).toBe('2026-12-29');
  });
});

describe('SEND Tribunal Christmas and August extension', () => {
  it('a deadline between 25 December and 1 January moves to the next working day in January', () => {
    expect(iso(tribunalHolidayExtension(d('2026-12-29')))).toBe('2027-01-04'); // 2 Jan 2027 is a Saturday
    expect(iso(tribunalHolidayExtension(d('2026-12-25')))).toBe('2027-01-04');
    expect(iso(tribunalHolidayExtension(d('2027-01-01')))).toBe('2027-01-04');
    expect(iso(tribunalHolidayExtension(d('2025-12-31')))).toBe('2026-01-02'); // Friday
    expect(iso(tribunalHolidayExtension(d('2021-12-30')))).toBe('2022-01-04'); // Mon 3 Jan 2022 was the holiday
  });
  it('an August deadline moves to the first working day in September', () => {
    expect(iso(tribunalHolidayExtension(d('2026-08-14')))).toBe('2026-09-01');
    expect(iso(tribunalHolidayExtension(d('2027-08-01')))).toBe('2027-09-01');
    expect(iso(tribunalHolidayExtension(d('2029-08-20')))).toBe('2029-09-03'); // 1 Sept 2029 is a Saturday
  });
  it('leaves other dates alone', () => {
    expect(iso(tribunalHolidayExtension(d('2026-12-24')))).toBe('2026-12-24');
    expect(iso(tribunalHolidayExtension(d('2027-01-02')))).toBe('2027-01-02');
    expect(iso(tribunalHolidayExtension(d('2026-07-31')))).toBe('2026-07-31');
    expect(iso(tribunalHolidayExtension(d('2026-09-01')))).toBe('2026-09-01');
  });
});

describe('properties over many dates (fast-check)', () => {
  // Any real date from 1990 to 2099, as a day number so every generated value is valid.
  const anyDate = fc.integer({ min: toDayNumber(d('1990-01-01')), max: toDayNumber(d('2099-12-31')) }).map(fromDayNumber);

  it('addDays(n) then addDays(-n) returns the same date; addWeeks keeps the weekday', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
      expect(addDays(addDays(date, n), -n)).toEqual(date);
      expect(daysBetween(date, addDays(date, n))).toBe(n);
      expect(weekday(addWeeks(date, n))).toBe(weekday(date));
    }));
  });
  it('addMonths gives a real date in the right month, the same day or the last day of a shorter month', () => {
    fc.assert(fc.property(anyDate, fc.integer({ min: -36, max: 36 }), (date, n) => {
      const later = addMonths(date, n);
      expect(isValidDate(later.y, later.m, later.d)).toBe(true);
      expect(later.y * 12 + later.m - (date.y * 12 + date.m)).toBe(n);
      expect(later.d === date.d || (later.d < date.d && later.d === daysInMonth(later.y, later.m))).toBe(true);
    }));
  });
  it('ISO round-trips and the long format names the right weekday', () => {
    fc.assert(fc.property(anyDate, (date) => {
      expect(fromIso(toIso(date))).toEqual(date);
      expect(formatLong(date).startsWith(weekdayName(date))).toBe(true);
      // Cross-check the weekday with the platform's own calendar (UTC, so no clock changes).
      expect(weekday(date)).toBe(new Date(Date.UTC(date.y, date.m - 1, date.d)).getUTCDay());
    }));
  });
  it('todayInLondon never differs from the UTC date by more than one day, and matches it in winter at noon', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) }), (ms) => {
      const now = new Date(ms);
      const utc = { y: now.getUTCFullYear(), m: now.getUTCMonth() + 1, d: now.getUTCDate() };
      const diff = daysBetween(utc, todayInLondon(now));
      expect(diff === 0 || diff === 1).toBe(true);
      if (now.getUTCHours() < 22) expect(diff).toBe(0);
    }));
  });
});
