import type { SafetyHit } from './safety';
import type { Contact, Entry, Service, Source } from './model';
import { formatShort, fromIso } from './dates';

/** Pure text for what the bot shows. No botbuilder imports: used by the bot, the reference page and scripts. */

/** 2026-11-23 → "23 November 2026" (the date is a calendar date, so no time zone applies). */
export function longDate(iso: string): string {
  return formatShort(fromIso(iso));
}

/**
 * The latest day someone read one of the entry's sources and confirmed the answer against it, or
 * undefined if none is recorded. "Last checked" is only ever this: never the day an entry was written.
 */
export function lastChecked(sources: Source[]): string | undefined {
  return sources.map((s) => s.checked).filter((d): d is string => !!d).sort().at(-1);
}

export function sourceText(s: Source): string {
  if (s.citation) return s.citation;
  if (s.title && s.url) return `[${s.title}](${s.url})`;
  return s.title ?? s.url ?? '';
}

/** The answer, then "Source: …" and, when a source was checked, "Last checked against its source: 1 December 2026". */
export function answerText(entry: Entry): string {
  const sources = entry.sources.map(sourceText).filter(Boolean).join('; ');
  const checked = lastChecked(entry.sources);
  return `${entry.answer.trim()}\n\nSource: ${sources}${checked ? `\n\nLast checked against its source: ${longDate(checked)}` : ''}`;
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

/** A phone number as a Markdown tel: link: "0808 2000 247" → [0808 2000 247](tel:08082000247). */
export function telLink(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return digits ? `[${number}](tel:${digits})` : number;
}

/** One line per service for the first screen: its name and how to reach it, phone numbers tappable. */
export function quickContactLine(service: Service): string {
  const ways = service.contacts
    .filter((c) => !c.label || c.kind !== 'phone' || !/textphone/i.test(c.label))
    .slice(0, 2)
    .map((c) => (c.kind === 'phone' ? telLink(c.value) : c.kind === 'website' || c.kind === 'webchat' ? `[${c.label ?? 'website'}](${/^https?:/.test(c.value) ? c.value : `https://${c.value}`})` : c.value));
  return `- **${service.name}**${ways.length ? `: ${ways.join(' · ')}` : ''}`;
}

/** How many services go on the first screen, before "More help". */
export const QUICK_SERVICES = 3;

/**
 * The crisis reply, short enough for one phone screen: the emergency line, the first category's
 * message, and its first services as tappable numbers. Everything else (other categories' messages,
 * every service in full with sources) follows under "More help".
 */
export function safetyText(hit: SafetyHit): string {
  const [first, ...rest] = hit.categories;
  if (!first) return hit.emergency.trim();
  const all: Service[] = [];
  for (const c of hit.categories) for (const s of c.services) if (!all.some((x) => x.id === s.id)) all.push(s);
  const quick = all.filter((s) => s.contacts.length > 0).slice(0, QUICK_SERVICES);
  const parts = [hit.emergency.trim(), first.message.trim(), quick.map(quickContactLine).join('\n')];
  const more = [...rest.map((c) => c.message.trim()), ...all.map(serviceText)].filter(Boolean);
  if (more.length) parts.push('**More help**', ...more);
  return parts.filter(Boolean).join('\n\n');
}
