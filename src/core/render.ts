import type { SafetyHit } from './safety';
import type { Contact, Entry, Service, Source } from './model';

/** Pure text for what the bot shows. No botbuilder imports: used by the bot, the reference page and scripts. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2026-11-23 → "23 November 2026" (the date is a calendar date, so no time zone applies). */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

export function sourceText(s: Source): string {
  if (s.citation) return s.citation;
  if (s.title && s.url) return `[${s.title}](${s.url})`;
  return s.title ?? s.url ?? '';
}

/** The answer, then "Source: …" and "Last checked: 23 November 2026". */
export function answerText(entry: Entry): string {
  const sources = entry.sources.map(sourceText).filter(Boolean).join('; ');
  return `${entry.answer.trim()}\n\nSource: ${sources}\n\nLast checked: ${longDate(entry.reviewed)}`;
}

const KIND_LABEL: Record<string, string> = {
  phone: 'Phone', email: 'Email', website: 'Website', address: 'Address', text: 'Text', webchat: 'Web chat',
};

const PHONE = /^\+?[0-9][0-9 ()-]*[0-9]$/;
const EMAIL = /^[^\s@()[\]<>]+@[^\s@()[\]<>]+\.[^\s@()[\]<>]+$/;

/**
 * A phone number or email as a link a parent can tap: "[01305 228558](tel:01305228558)",
 * "[x@y.org](mailto:x@y.org)". Anything else (a website, "Text SHOUT to 85258") stays as written.
 */
export function contactValue(c: Pick<Contact, 'kind' | 'value'>): string {
  const value = c.value.trim();
  if (c.kind === 'phone' && PHONE.test(value)) return `[${value}](tel:${value.replace(/[^0-9+]/g, '')})`;
  if (c.kind === 'email' && EMAIL.test(value)) return `[${value}](mailto:${value})`;
  return value;
}

function contactLine(c: Contact): string {
  const label = c.label ? `${KIND_LABEL[c.kind] ?? c.kind} (${c.label})` : KIND_LABEL[c.kind] ?? c.kind;
  return `- ${label}: ${contactValue(c)}${c.hours ? ` — ${c.hours}` : ''} (source: [${c.source.title}](${c.source.url}))`;
}

export function serviceText(service: Service): string {
  const lines = [`**${service.name}**`, service.what, `Who it is for: ${service.who}`];
  if (service.contacts.length) lines.push(service.contacts.map(contactLine).join('\n'));
  return lines.join('\n\n');
}

/** Emergency line first, then each category's message and its services' sourced contacts. */
export function safetyText(hit: SafetyHit): string {
  const parts = [hit.emergency.trim()];
  const shown = new Set<string>();
  for (const c of hit.categories) {
    parts.push(c.message.trim());
    for (const s of c.services) {
      if (shown.has(s.id)) continue;
      shown.add(s.id);
      parts.push(serviceText(s));
    }
  }
  return parts.filter(Boolean).join('\n\n');
}
