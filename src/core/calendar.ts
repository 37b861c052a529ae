/**
 * Builds an RFC 5545 iCalendar (.ics) file with one all-day event per deadline, so a parent can
 * put the dates in their phone's calendar. Pure module: no botbuilder, no clock (DTSTAMP is passed in).
 *
 * RFC 5545 points that calendar apps are strict about: CRLF line endings (3.1), lines folded at
 * 75 octets with CRLF + space (3.1, counted in UTF-8 bytes, never splitting a character),
 * TEXT values escaping backslash, semicolon, comma and newline (3.3.11), all-day events as
 * DTSTART;VALUE=DATE with DTEND the next day (3.6.1), and UID + DTSTAMP in every VEVENT.
 */
import { type CalendarDate, addDays } from './dates';

export interface CalendarEvent {
  /** Stable id, so importing the same deadlines twice updates rather than duplicates them. */
  uid: string;
  date: CalendarDate;
  summary: string;
  description: string;
  /** Reminders before the day (RFC 5545 3.6.6 VALARM, ACTION:DISPLAY), e.g. 7 and 1 days before. */
  reminders?: Array<{ daysBefore: number; text: string }>;
}

export interface CalendarOptions {
  /** When the file was made (DTSTAMP). */
  now: Date;
  /** Calendar name shown by some apps. */
  name?: string;
}

export const ICS_CONTENT_TYPE = 'text/calendar';
const PRODID = '-//SEND Signpost//Deadlines//EN';

/** Escapes a TEXT value (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line to at most 75 octets per physical line (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let currentBytes = 0;
  let limit = 75;
  for (const char of line) {
    const bytes = Buffer.byteLength(char, 'utf8');
    if (currentBytes + bytes > limit) {
      out.push(current);
      current = '';
      currentBytes = 0;
      limit = 74; // continuation lines start with one space, which counts towards the 75
    }
    current += char;
    currentBytes += bytes;
  }
  out.push(current);
  return out.join('\r\n ');
}

function dateValue(date: CalendarDate): string {
  return `${String(date.y).padStart(4, '0')}${String(date.m).padStart(2, '0')}${String(date.d).padStart(2, '0')}`;
}

function utcStamp(now: Date): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

/** UIDs must not contain characters that need escaping; keep them to a safe set. */
function safeUid(uid: string): string {
  return uid.replace(/[^A-Za-z0-9@._-]/g, '-');
}

export function buildIcs(events: CalendarEvent[], options: CalendarOptions): string {
  const stamp = utcStamp(options.now);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${safeUid(event.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${dateValue(event.date)}`,
      `DTEND;VALUE=DATE:${dateValue(addDays(event.date, 1))}`,
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(event.description)}`,
      'TRANSP:TRANSPARENT',
    );
    for (const reminder of event.reminders ?? []) {
      // An all-day event starts at midnight, so -P7D rings at midnight a week before; apps show it that morning.
      lines.push('BEGIN:VALARM', 'ACTION:DISPLAY', `DESCRIPTION:${escapeText(reminder.text)}`, `TRIGGER:-P${Math.max(0, Math.trunc(reminder.daysBefore))}D`, 'END:VALARM');
    }
    lines.push('END:VEVENT');
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** A data: URL for a Bot Framework attachment's contentUrl. */
export function icsDataUrl(ics: string): string {
  return `data:${ICS_CONTENT_TYPE};base64,${Buffer.from(ics, 'utf8').toString('base64')}`;
}

export interface ParsedAlarm { action: string; trigger: string; description: string }
export interface ParsedEvent { uid: string; dtstart: string; dtend?: string; summary: string; description: string; dtstamp: string; alarms: ParsedAlarm[] }

/**
 * A strict reader for the files this module makes (and the tests that check them): it refuses
 * bare LF, lines over 75 octets, unbalanced BEGIN/END, unknown escapes and events missing
 * UID, DTSTAMP or DTSTART. Throws an Error naming the line on the first problem.
 */
export function parseIcs(ics: string): { events: ParsedEvent[]; properties: Record<string, string> } {
  if (!ics.endsWith('\r\n')) throw new Error('file must end with CRLF');
  const physical = ics.slice(0, -2).split('\r\n');
  physical.forEach((line, i) => {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`line ${i + 1}: bare CR or LF`);
    if (Buffer.byteLength(line, 'utf8') > 75) throw new Error(`line ${i + 1}: longer than 75 octets`);
  });
  // Unfold: a line starting with a space or tab continues the previous one.
  const logical: string[] = [];
  for (const line of physical) {
    if (/^[ \t]/.test(line)) {
      if (logical.length === 0) throw new Error('continuation line at start of file');
      logical[logical.length - 1] += line.slice(1);
    } else {
      logical.push(line);
    }
  }
  // TEXT values (RFC 5545 3.3.11): read escapes one character at a time, so a backslash-backslash-comma is caught
  // as an escaped backslash followed by a bare comma.
  const TEXT_PROPERTIES = ['SUMMARY', 'DESCRIPTION', 'X-WR-CALNAME', 'LOCATION', 'COMMENT'];
  const unescape = (name: string, value: string, at: number): string => {
    if (!TEXT_PROPERTIES.includes(name)) return value;
    let out = '';
    for (let i = 0; i < value.length; i++) {
      const c = value[i];
      if (c === '\\') {
        const next = value[++i];
        if (next === 'n' || next === 'N') out += '\n';
        else if (next === '\\' || next === ';' || next === ',') out += next;
        else throw new Error(`line ${at}: unknown escape \\${next ?? ''}`);
      } else if (c === ';' || c === ',') {
        throw new Error(`line ${at}: unescaped ${c} in ${name}`);
      } else {
        out += c;
      }
    }
    return out;
  };
  const stack: string[] = [];
  const events: ParsedEvent[] = [];
  const properties: Record<string, string> = {};
  let current: Record<string, string> | null = null;
  let alarms: ParsedAlarm[] = [];
  let alarm: Record<string, string> | null = null;
  logical.forEach((line, i) => {
    const m = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=[^;:]*)*):(.*)$/.exec(line);
    if (!m) throw new Error(`line ${i + 1}: not NAME[;PARAM=VALUE]:VALUE`);
    const [, name, params, value] = m;
    if (name === 'BEGIN') {
      if (stack.length === 0 && value !== 'VCALENDAR') throw new Error(`line ${i + 1}: file must start with BEGIN:VCALENDAR`);
      if (value === 'VALARM' && stack[stack.length - 1] !== 'VEVENT') throw new Error(`line ${i + 1}: VALARM outside a VEVENT`);
      stack.push(value);
      if (value === 'VEVENT') {
        current = {};
        alarms = [];
      }
      if (value === 'VALARM') alarm = {};
      return;
    }
    if (name === 'END') {
      if (stack.pop() !== value) throw new Error(`line ${i + 1}: END:${value} does not match`);
      if (value === 'VALARM' && alarm) {
        if (!alarm.ACTION || !alarm.TRIGGER) throw new Error(`line ${i + 1}: VALARM needs ACTION and TRIGGER`);
        if (alarm.ACTION === 'DISPLAY' && !alarm.DESCRIPTION) throw new Error(`line ${i + 1}: a DISPLAY VALARM needs DESCRIPTION`);
        if (!/^-?P(\d+W|(\d+D)?(T(\d+H)?(\d+M)?(\d+S)?)?)$/.test(alarm.TRIGGER)) throw new Error(`line ${i + 1}: TRIGGER must be a duration`);
        alarms.push({ action: alarm.ACTION, trigger: alarm.TRIGGER, description: alarm.DESCRIPTION ?? '' });
        alarm = null;
        return;
      }
      if (value === 'VEVENT' && current) {
        for (const required of ['UID', 'DTSTAMP', 'DTSTART']) {
          if (!current[required]) throw new Error(`line ${i + 1}: VEVENT without ${required}`);
        }
        if (!/^\d{8}T\d{6}Z$/.test(current.DTSTAMP)) throw new Error(`line ${i + 1}: DTSTAMP must be UTC date-time`);
        events.push({
          uid: current.UID, dtstart: current.DTSTART, dtend: current.DTEND, dtstamp: current.DTSTAMP,
          summary: current.SUMMARY ?? '', description: current.DESCRIPTION ?? '', alarms,
        });
        current = null;
      }
      return;
    }
    if (stack.length === 0) throw new Error(`line ${i + 1}: property outside VCALENDAR`);
    if ((name === 'DTSTART' || name === 'DTEND') && params.includes('VALUE=DATE') && !/^\d{8}$/.test(value)) {
      throw new Error(`line ${i + 1}: ${name};VALUE=DATE must be YYYYMMDD`);
    }
    const text = unescape(name, value, i + 1);
    if (alarm) {
      if (alarm[name] !== undefined) throw new Error(`line ${i + 1}: ${name} twice in one VALARM`);
      alarm[name] = text;
    } else if (current) {
      if (current[name] !== undefined) throw new Error(`line ${i + 1}: ${name} twice in one VEVENT`);
      current[name] = text;
    } else {
      properties[name] = text;
    }
  });
  if (stack.length) throw new Error(`unclosed ${stack.join(', ')}`);
  if (properties.VERSION !== '2.0' || !properties.PRODID) throw new Error('VCALENDAR needs VERSION:2.0 and PRODID');
  return { events, properties };
}
