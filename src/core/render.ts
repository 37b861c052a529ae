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

function contactLine(c: Contact): string {
  const label = c.label ? `${KIND_LABEL[c.kind] ?? c.kind} (${c.label})` : KIND_LABEL[c.kind] ?? c.kind;
  const value = c.kind === 'website' || c.kind === 'webchat' ? c.value : c.value;
  return `- ${label}: ${value}${c.hours ? ` — ${c.hours}` : ''} (source: [${c.source.title}](${c.source.url}))`;
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
