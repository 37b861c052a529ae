import { describe, expect, it } from 'vitest';
import { buildIcs, escapeText, foldLine, icsDataUrl, parseIcs, type CalendarEvent } from '../src/core/calendar';
import { fromIso } from '../src/core/dates';

const now = new Date('2026-11-23T14:05:09.123Z');
const events: CalendarEvent[] = [
  {
    uid: 'decision-letter/appeal-deadline/2026-11-23@send-signpost',
    date: fromIso('2027-01-23'),
    summary: 'Last day to appeal to the SEND Tribunal',
    description: 'Source: SEND Regulations 2014 reg.33; IPSEA.\nIf it is missed: ask the Tribunal, it can still accept late appeals, \\ sometimes.',
  },
  {
    uid: 'x y/z',
    date: fromIso('2028-02-29'),
    summary: 'Leap day, with a comma; and a semicolon',
    description: 'é'.repeat(100),
  },
];

describe('escaping and folding', () => {
  it('escapes backslash, semicolon, comma and newlines', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });
  it('leaves short lines alone and folds long ones at 75 octets', () => {
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
    const folded = foldLine('X:' + 'a'.repeat(200));
    const parts = folded.split('\r\n');
    expect(parts[0]).toHaveLength(75);
    expect(parts.slice(1).every((p) => p.startsWith(' ') && Buffer.byteLength(p) <= 75)).toBe(true);
    expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe('X:' + 'a'.repeat(200));
  });
  it('never splits a multi-byte character', () => {
    const folded = foldLine('DESCRIPTION:' + '€'.repeat(60));
    for (const part of folded.split('\r\n')) {
      expect(Buffer.byteLength(part)).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.split('\r\n').map((p, i) => (i ? p.slice(1) : p)).join('')).toBe('DESCRIPTION:' + '€'.repeat(60));
  });
});

describe('the .ics file, checked line by line', () => {
  const ics = buildIcs(events, { now, name: 'SEND deadlines' });
  const lines = ics.split('\r\n');

  it('uses CRLF everywhere, ends with CRLF and has no bare LF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
  it('no physical line is over 75 octets', () => {
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
  it('has the calendar envelope and one all-day VEVENT per deadline', () => {
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines.some((l) => l.startsWith('PRODID:'))).toBe(true);
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'END:VEVENT')).toHaveLength(2);
    expect(lines).toContain('DTSTART;VALUE=DATE:20270123');
    expect(lines).toContain('DTEND;VALUE=DATE:20270124');
    expect(lines).toContain('DTSTART;VALUE=DATE:20280229');
    expect(lines).toContain('DTEND;VALUE=DATE:20280301');
    expect(lines.filter((l) => l === 'DTSTAMP:20261123T140509Z')).toHaveLength(2);
    expect(lines[lines.length - 2]).toBe('END:VCALENDAR');
    expect(lines[lines.length - 1]).toBe('');
  });
  it('escapes text values', () => {
    expect(lines).toContain('SUMMARY:Leap day\\, with a comma\\; and a semicolon');
    expect(ics).toContain('SUMMARY:Last day to appeal to the SEND Tribunal');
  });
  it('keeps UIDs stable and free of characters needing escapes', () => {
    expect(buildIcs(events, { now: new Date('2030-01-01T00:00:00Z') }).match(/^UID:.*$/gm))
      .toEqual(ics.match(/^UID:.*$/gm));
    expect(lines).toContain('UID:x-y-z');
  });
});

describe('a strict parser accepts what we build', () => {
  it('round-trips summaries and descriptions exactly', () => {
    const parsed = parseIcs(buildIcs(events, { now, name: 'SEND, deadlines' }));
    expect(parsed.properties['X-WR-CALNAME']).toBe('SEND, deadlines');
    expect(parsed.events).toHaveLength(2);
    expect(parsed.events[0]).toEqual({
      uid: 'decision-letter-appeal-deadline-2026-11-23@send-signpost',
      dtstart: '20270123', dtend: '20270124', dtstamp: '20261123T140509Z',
      summary: events[0].summary, description: events[0].description, alarms: [],
    });
    expect(parsed.events[1].description).toBe('é'.repeat(100));
    expect(parsed.events[1].summary).toBe(events[1].summary);
  });
  it('an empty calendar is still valid', () => {
    expect(parseIcs(buildIcs([], { now })).events).toEqual([]);
  });
});

describe('the strict parser refuses broken files (so it can catch a regression)', () => {
  const good = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//y//EN\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTAMP:20261123T000000Z\r\nDTSTART;VALUE=DATE:20261123\r\nSUMMARY:ok\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
  it('accepts a hand-written minimal file', () => expect(parseIcs(good).events).toHaveLength(1));
  it.each([
    ['LF line endings', good.replace(/\r\n/g, '\n')],
    ['a line over 75 octets', good.replace('SUMMARY:ok', 'SUMMARY:' + 'x'.repeat(80))],
    ['an unescaped comma', good.replace('SUMMARY:ok', 'SUMMARY:a,b')],
    ['an escaped backslash then a bare semicolon', good.replace('SUMMARY:ok', 'SUMMARY:a\\\\;b')],
    ['an unknown escape', good.replace('SUMMARY:ok', 'SUMMARY:a\\qb')],
    ['a missing UID', good.replace('UID:a\r\n', '')],
    ['a missing DTSTAMP', good.replace('DTSTAMP:20261123T000000Z\r\n', '')],
    ['a local-time DTSTAMP', good.replace('20261123T000000Z', '20261123T000000')],
    ['a date-time in a VALUE=DATE', good.replace('DATE:20261123', 'DATE:20261123T000000')],
    ['unbalanced END', good.replace('END:VEVENT\r\n', '')],
    ['no VERSION', good.replace('VERSION:2.0\r\n', '')],
    ['no final CRLF', good.slice(0, -2)],
  ])('%s', (_, text) => expect(() => parseIcs(text)).toThrow());
});

describe('data: URL for the chat attachment', () => {
  it('is base64 text/calendar that decodes to the same file', () => {
    const ics = buildIcs(events, { now });
    const url = icsDataUrl(ics);
    expect(url.startsWith('data:text/calendar;base64,')).toBe(true);
    expect(Buffer.from(url.split(',')[1], 'base64').toString('utf8')).toBe(ics);
  });
});

describe('reminders (VALARM)', () => {
  it('adds a display alarm 7 days and 1 day before, inside the event, that a strict reader accepts', () => {
    const ics = buildIcs([{ ...events[0], reminders: [{ daysBefore: 7, text: 'In a week: appeal, by 5pm' }, { daysBefore: 1, text: 'Tomorrow: appeal' }] }], { now });
    const { events: parsed } = parseIcs(ics);
    expect(parsed[0].alarms).toEqual([
      { action: 'DISPLAY', trigger: '-P7D', description: 'In a week: appeal, by 5pm' },
      { action: 'DISPLAY', trigger: '-P1D', description: 'Tomorrow: appeal' },
    ]);
    // The event's own description is not overwritten by the alarm's.
    expect(parsed[0].description).toBe(events[0].description);
    expect(ics.indexOf('BEGIN:VALARM')).toBeGreaterThan(ics.indexOf('BEGIN:VEVENT'));
    expect(ics.lastIndexOf('END:VALARM')).toBeLessThan(ics.indexOf('END:VEVENT'));
  });

  it('an event with no reminders has no alarm', () => {
    expect(parseIcs(buildIcs([events[1]], { now })).events[0].alarms).toEqual([]);
  });

  it('the reader refuses an alarm outside an event, or without a trigger', () => {
    const base = buildIcs([events[1]], { now });
    expect(() => parseIcs(base.replace('BEGIN:VEVENT', 'BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nTRIGGER:-P1D\r\nEND:VALARM\r\nBEGIN:VEVENT'))).toThrow(/VALARM outside/);
    expect(() => parseIcs(base.replace('END:VEVENT', 'BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:x\r\nEND:VALARM\r\nEND:VEVENT'))).toThrow(/TRIGGER/);
  });
});
