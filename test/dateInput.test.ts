import { describe, expect, it } from 'vitest';
import { monthNamed, parseDateInput, type DateInputOptions } from '../src/core/dateInput';
import fc from 'fast-check';
import { addYears, fromDayNumber, fromIso, monthName, toDayNumber, toIso, weekdayName } from '../src/core/dates';

// Monday 23 November 2026.
const today = fromIso('2026-11-23');
const past: DateInputOptions = { today };
const future: DateInputOptions = { today, expect: 'future' };

function parsed(text: string, options: DateInputOptions = past): string {
  const result = parseDateInput(text, options);
  if (!result.ok) throw new Error(`"${text}" was refused: ${result.problem}`);
  return toIso(result.date);
}
function problem(text: string, options: DateInputOptions = past): string {
  const result = parseDateInput(text, options);
  if (result.ok) throw new Error(`"${text}" was accepted as ${toIso(result.date)}`);
  return result.problem;
}

describe('numeric UK dates (day first, always)', () => {
  it.each([
    ['3/3/26', '2026-03-03'],
    ['03/03/2026', '2026-03-03'],
    ['3.3.26', '2026-03-03'],
    ['3-3-2026', '2026-03-03'],
    ['3 / 3 / 2026', '2026-03-03'],
    ['3/4/26', '2026-04-03'],
    ['03/04/2026', '2026-04-03'],
    ['12/1/26', '2026-01-12'],
    ['29/2/24', '2024-02-29'],
    ['31/10/2026', '2026-10-31'],
  ])('%s -> %s', (text, iso) => expect(parsed(text)).toBe(iso));

  it('3/4 is 3 April, never 4 March', () => {
    expect(parsed('3/4/2026')).toBe('2026-04-03');
    expect(parsed('3/4')).toBe('2026-04-03');
  });
  it('ISO dates', () => {
    expect(parsed('2026-03-03')).toBe('2026-03-03');
    expect(parsed('2026/3/3')).toBe('2026-03-03');
  });
});

describe('dates with month names', () => {
  it.each([
    ['3 March', '2026-03-03'],
    ['3 March 2026', '2026-03-03'],
    ['3rd of March 2026', '2026-03-03'],
    ['3rd March', '2026-03-03'],
    ['March 3rd', '2026-03-03'],
    ['March 3rd, 2026', '2026-03-03'],
    ['march 3', '2026-03-03'],
    ['mar 3', '2026-03-03'],
    ['3 mar 26', '2026-03-03'],
    ['3mar', '2026-03-03'],
    ['on the 3rd of March', '2026-03-03'],
    ['1 Sept 2026', '2026-09-01'],
    ['  21ST   OCTOBER  2026. ', '2026-10-21'],
    ['Tuesday 3 March 2026', '2026-03-03'],
    ['tues 3/3/26', '2026-03-03'],
    ['it was 2nd November', '2026-11-02'],
    ['22 Febuary 2026', '2026-02-22'],
  ])('%s -> %s', (text, iso) => expect(parsed(text)).toBe(iso));
});

describe('a date without a year is the most recent one (today included)', () => {
  it('a day earlier this year stays this year', () => expect(parsed('1 November')).toBe('2026-11-01'));
  it('today counts', () => expect(parsed('23 November')).toBe('2026-11-23'));
  it('a day later in the year means last year', () => {
    expect(parsed('24 November')).toBe('2025-11-24');
    expect(parsed('25/12')).toBe('2025-12-25');
  });
  it('29 February without a year is the last leap day', () => expect(parsed('29 Feb')).toBe('2024-02-29'));
  it('marks the year as assumed', () => {
    const result = parseDateInput('3 March', past);
    expect(result.ok && result.yearAssumed).toBe(true);
    const explicit = parseDateInput('3 March 2026', past);
    expect(explicit.ok && explicit.yearAssumed).toBe(false);
  });
  it('for a future date it is the next one', () => {
    expect(parsed('3 March', future)).toBe('2027-03-03');
    expect(parsed('30 November', future)).toBe('2026-11-30');
    expect(parsed('29 Feb', future)).toBe('2028-02-29');
  });
});

describe('relative dates, from an injected today (Monday 23 November 2026)', () => {
  it.each([
    ['today', '2026-11-23'],
    ['Today.', '2026-11-23'],
    ['yesterday', '2026-11-22'],
    ['the day before yesterday', '2026-11-21'],
    ['last Tuesday', '2026-11-17'],
    ['on Tuesday', '2026-11-17'],
    ['tuesday', '2026-11-17'],
    ['last Monday', '2026-11-16'],
    ['on Sunday', '2026-11-22'],
    ['2 weeks ago', '2026-11-09'],
    ['two weeks ago', '2026-11-09'],
    ['a fortnight ago', '2026-11-09'],
    ['a week ago', '2026-11-16'],
    ['10 days ago', '2026-11-13'],
    ['a month ago', '2026-10-23'],
    ['3 months ago', '2026-08-23'],
    ['a year ago', '2025-11-23'],
  ])('%s -> %s', (text, iso) => expect(parsed(text)).toBe(iso));

  it.each([
    'a few weeks ago', 'a couple of weeks ago', 'about a month ago', 'recently', 'a while back', 'early October',
    'mid October', 'mid-October', 'late October', 'last month', 'end of October', 'in October', 'a few days ago',
    'several weeks ago', 'a week or so ago', 'over a month ago', 'the other day',
  ])('a vague time never becomes an exact date: "%s" is vague', (text) => {
    expect(problem(text)).toBe('vague');
  });

  it('"in September 2027" is a month where a month is allowed', () => {
    expect(parsed('in September 2027', { today, expect: 'future', allowMonthOnly: true })).toBe('2027-09-01');
  });

  it('"last Tuesday" on a Wednesday may be yesterday or the week before: both are offered, most recent first', () => {
    const wednesday = fromIso('2026-12-02');
    const result = parseDateInput('last Tuesday', { today: wednesday });
    expect(result).toEqual({ ok: false, problem: 'ambiguous', details: {}, choices: [fromIso('2026-12-01'), fromIso('2026-11-24')] });
    expect(parseDateInput('last Monday', { today: wednesday })).toMatchObject({ problem: 'ambiguous', choices: [fromIso('2026-11-30'), fromIso('2026-11-23')] });
    // Last week's days are not in doubt, nor is "Tuesday" or "on Tuesday", nor the same weekday as today.
    expect(parsed('last Thursday', { today: wednesday })).toBe('2026-11-26');
    expect(parsed('last Sunday', { today: wednesday })).toBe('2026-11-29');
    expect(parsed('last Wednesday', { today: wednesday })).toBe('2026-11-25');
    expect(parsed('on Tuesday', { today: wednesday })).toBe('2026-12-01');
    // Each choice, typed back with its weekday as the button sends it, is read as that day.
    expect(parsed('Tuesday 24 November 2026', { today: wednesday })).toBe('2026-11-24');
  });

  it('"a month ago" on 31 March is the last day of February', () => {
    expect(parsed('a month ago', { today: fromIso('2026-03-31') })).toBe('2026-02-28');
  });
  it('future words when a future date is expected', () => {
    expect(parsed('tomorrow', future)).toBe('2026-11-24');
    expect(parsed('next Tuesday', future)).toBe('2026-11-24');
    expect(parsed('Monday', future)).toBe('2026-11-30');
    expect(parsed('in 3 weeks', future)).toBe('2026-12-14');
  });
});

describe('month and year only', () => {
  it('is accepted as the 1st when allowed (e.g. when a child will move school)', () => {
    const result = parseDateInput('September 2027', { today, expect: 'future', allowMonthOnly: true });
    expect(result).toEqual({ ok: true, date: fromIso('2027-09-01'), yearAssumed: false, monthOnly: true });
    expect(parsed('November 2026', { today, expect: 'future', allowMonthOnly: true })).toBe('2026-11-01');
  });
  it('is vague otherwise', () => expect(problem('September 2026')).toBe('vague'));
});

describe('refusals say why', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['soon', 'vague'],
    ['next month-ish', 'vague'],
    ['last week', 'vague'],
    ['about 3 weeks ago', 'vague'],
    ['early March', 'vague'],
    ['March', 'vague'],
    ["can't remember", 'vague'],
    ['31/2/26', 'impossible'],
    ['30 February 2026', 'impossible'],
    ['29/2/26', 'impossible'],
    ['13/13', 'impossible'],
    ['0/3/26', 'impossible'],
    ['31 April', 'impossible'],
    ['32 March', 'impossible'],
    ['banana', 'unrecognised'],
    ['3/3/202', 'unrecognised'],
    ['1/2/3/4', 'unrecognised'],
    ['the 3rd', 'unrecognised'],
    ['3/3/1999', 'tooLongAgo'],
    ['3/3/99', 'tooLongAgo'],
    ['3 March 2040', 'tooFarAhead'],
    ['tomorrow', 'inFuture'],
    ['25/12/2026', 'inFuture'],
    ['Wednesday 3 March 2026', 'weekdayMismatch'],
  ])('%j -> %s', (text, why) => expect(problem(text)).toBe(why));

  it('a future question refuses past dates', () => {
    expect(problem('yesterday', future)).toBe('inPast');
    expect(problem('3/3/26', future)).toBe('inPast');
  });
  it('gives the details a kind re-ask needs', () => {
    expect(parseDateInput('31/2/26', past)).toEqual({
      ok: false, problem: 'impossible', details: { day: '31', month: 'February', year: '2026' },
    });
    expect(parseDateInput('Wednesday 3 March 2026', past)).toEqual({
      ok: false, problem: 'weekdayMismatch', details: { typed: 'Wednesday', actual: 'Tuesday', date: '3 March 2026' },
    });
    expect(parseDateInput('3/3/1999', past)).toMatchObject({ details: { year: '1999' } });
  });
  it('accepts a 29 February that exists and "any" direction', () => {
    expect(parsed('29/02/2028', { today, expect: 'any' })).toBe('2028-02-29');
  });
});

describe('every real date in range reads back in every UK format (fast-check)', () => {
  const earliest = toDayNumber(addYears(today, -10)) + 1;
  const latest = toDayNumber(addYears(today, 5)) - 1;
  it('d/m/yy, dd/mm/yyyy, d.m.yyyy, d-m-yyyy, ISO, "d Month yyyy", "Month dth, yyyy", "dth of Mon yy"', () => {
    fc.assert(fc.property(fc.integer({ min: earliest, max: latest }).map(fromDayNumber), (date) => {
      const { y, m, d } = date;
      const yy = String(y).slice(2);
      const dd = String(d).padStart(2, '0');
      const mm = String(m).padStart(2, '0');
      const month = monthName(m);
      const th = d % 10 === 1 && d !== 11 ? 'st' : d % 10 === 2 && d !== 12 ? 'nd' : d % 10 === 3 && d !== 13 ? 'rd' : 'th';
      const forms = [
        `${d}/${m}/${yy}`, `${dd}/${mm}/${y}`, `${d}.${m}.${y}`, `${d}-${m}-${y}`, toIso(date),
        `${d} ${month} ${y}`, `${month} ${d}${th}, ${y}`, `${d}${th} of ${month.slice(0, 3)} ${yy}`,
        `${weekdayName(date)} ${d} ${month} ${y}`,
      ];
      for (const form of forms) {
        const result = parseDateInput(form, { today, expect: 'any' });
        expect(result.ok ? toIso(result.date) : `${form}: ${result.problem}`).toBe(toIso(date));
      }
    }));
  });
  it('never throws, whatever is typed', () => {
    fc.assert(fc.property(fc.string({ maxLength: 40 }), (text) => {
      const result = parseDateInput(text, { today });
      expect(typeof result.ok).toBe('boolean');
    }));
  });
});

describe('the month a message names', () => {
  it.each([
    ['we sent the request in september', 'September'],
    ['back in Sept', 'September'],
    ['in may', 'May'],
    ['around oct I think', 'October'],
  ])('"%s" names %s', (text, month) => expect(monthNamed(text)).toBe(month));
  it.each(['they may refuse', 'the decision came', 'we sent the request'])('"%s" names no month', (text) => expect(monthNamed(text)).toBeUndefined());
});
