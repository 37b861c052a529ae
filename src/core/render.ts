import type { SafetyHit } from './safety';
import type { Contact, Entry, Service, Source } from './model';
import { formatShort, fromIso } from './dates';
import type { Wording } from './wording';

/**
 * Pure text for what the bot shows. No botbuilder imports: used by the bot, the reference page and scripts.
 * Every sentence and label comes from the wording lookup (knowledge/messages.yaml), passed in as `text`.
 */

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

/**
 * The answer (or `body`: the part of it behind "More detail"), then answer.source ("Source: …") and, when a
 * source was checked, answer.lastChecked with the date.
 */
export function answerText(entry: Entry, text: Wording, body = entry.answer.trim()): string {
  const { sources, checked } = answerFootnotes(entry);
  const parts = [body];
  if (sources) parts.push(text('answer.source', { sources }));
  if (checked) parts.push(text('answer.lastChecked', { date: checked }));
  return parts.filter(Boolean).join('\n\n');
}

/**
 * How the lines under an answer begin (answer.source, answer.lastChecked without their placeholders:
 * "Source:", "Last checked against its source:"), so a card can show them smaller than the answer.
 */
export function footnotePrefixes(text: Wording): string[] {
  return [text('answer.source', { sources: '' }), text('answer.lastChecked', { date: '' })].map((p) => p.trim()).filter(Boolean);
}

/** A summary (the answer's lead) may run to about this many words: one to three lines on a desktop, a few on a phone. */
export const SUMMARY_MAX_WORDS = 55;
/** A lead that introduces a short list ("You must appeal by the later of:") keeps the list while both fit in this many words. */
export const SUMMARY_WITH_LIST_MAX_WORDS = 75;
/** An answer this short is sent whole: splitting it would leave almost nothing behind "More detail". */
export const SHORT_ANSWER_WORDS = 70;

/** An answer split for a small screen: the summary first, the rest behind "More detail" ('' when there is none). */
export interface AnswerSplit {
  summary: string;
  rest: string;
}

const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const isList = (paragraph: string): boolean => /^\s*(?:[-*]|\d+\.)\s/.test(paragraph);
/** Sentences of a paragraph: a split after . ! or ? followed by a space and a capital, a quote, a bracket or bold. */
const sentences = (paragraph: string): string[] => paragraph.split(/(?<=[.!?])\s+(?=[A-Z"\u201c(*])/);

/**
 * The answer's summary and the rest. The summary is the first paragraph; a first paragraph that ends by
 * introducing a list (":") keeps the list when both are short, else it stops before that sentence; a first
 * paragraph longer than SUMMARY_MAX_WORDS stops after the last whole sentence that fits. A short answer
 * (SHORT_ANSWER_WORDS, or nothing left over) is all summary.
 */
export function splitAnswer(answer: string): AnswerSplit {
  const paragraphs = answer.trim().split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const whole = paragraphs.join('\n\n');
  if (paragraphs.length <= 1 || wordCount(whole) <= SHORT_ANSWER_WORDS) return { summary: whole, rest: '' };
  let [first, ...rest] = paragraphs as [string, ...string[]];
  if (/:$/.test(first) && rest[0] && isList(rest[0])) {
    const lead = sentences(first);
    if (wordCount(`${first} ${rest[0]}`) <= SUMMARY_WITH_LIST_MAX_WORDS || lead.length === 1) {
      first = `${first}\n\n${rest[0]}`;
      rest = rest.slice(1);
    } else {
      // "The council must decide within 4 weeks. It can:" → the decision leads; "It can:" goes with its list.
      rest = [lead.at(-1)!, ...rest];
      first = lead.slice(0, -1).join(' ');
    }
  } else if (wordCount(first) > SUMMARY_MAX_WORDS) {
    const lead = sentences(first);
    let kept = 1;
    while (kept < lead.length && wordCount(lead.slice(0, kept + 1).join(' ')) <= SUMMARY_MAX_WORDS) kept += 1;
    if (kept < lead.length) {
      rest = [lead.slice(kept).join(' '), ...rest];
      first = lead.slice(0, kept).join(' ');
    }
  }
  return { summary: first, rest: rest.join('\n\n') };
}

/** An entry's sources as one line's worth ("[Title](url); reg. 4"), and the day it was last checked, written out. */
export function answerFootnotes(entry: Pick<Entry, 'sources'>): { sources: string; checked?: string } {
  const checked = lastChecked(entry.sources);
  return { sources: entry.sources.map(sourceText).filter(Boolean).join('; '), checked: checked ? longDate(checked) : undefined };
}

const PHONE = /^\+?[0-9][0-9 ()-]*[0-9]$/;
const EMAIL = /^[^\s@()[\]<>]+@[^\s@()[\]<>]+\.[^\s@()[\]<>]+$/;

/** A website written without its scheme ("childline.org.uk", "www.x.org/help"): no chat links it for certain. */
const BARE_DOMAIN = /^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/[^\s()]*)?$/i;

/**
 * A phone number, email or website as a link a parent can tap: "[01305 228558](tel:01305228558)",
 * "[x@y.org](mailto:x@y.org)", "[childline.org.uk](https://childline.org.uk)". A full address stays as
 * written (every chat links it); so does anything else ("Text SHOUT to 85258": Web Chat strips sms: links).
 */
export function contactValue(c: Pick<Contact, 'kind' | 'value'>): string {
  const value = c.value.trim();
  if (c.kind === 'phone' && PHONE.test(value)) return `[${value}](tel:${value.replace(/[^0-9+]/g, '')})`;
  if (c.kind === 'email' && EMAIL.test(value)) return `[${value}](mailto:${value})`;
  if ((c.kind === 'website' || c.kind === 'webchat') && BARE_DOMAIN.test(value)) return `[${value}](https://${value})`;
  return value;
}

/** "- Phone (textphone): 0800 … — 9am to 5pm (source: [Title](url))", its labels from contact.* in messages.yaml. */
function contactLine(c: Contact, text: Wording): string {
  const kind = text(`contact.kind.${c.kind}`);
  const label = c.label ? text('contact.labelled', { kind, label: c.label }) : kind;
  const hours = c.hours ? ` — ${c.hours}` : '';
  return `- ${label}: ${contactValue(c)}${hours} ${text('contact.source', { title: c.source.title, url: c.source.url })}`;
}

export function serviceText(service: Service, text: Wording): string {
  const lines = [`**${service.name}**`, service.what, text('service.who', { who: service.who })];
  if (service.contacts.length) lines.push(service.contacts.map((c) => contactLine(c, text)).join('\n'));
  return lines.join('\n\n');
}

/** A phone number as a Markdown tel: link: "0808 2000 247" → [0808 2000 247](tel:08082000247). */
export function telLink(number: string): string {
  const digits = number.replace(/[^\d+]/g, '');
  return digits ? `[${number}](tel:${digits})` : number;
}

/** One line per service for the first screen: its name and how to reach it, phone numbers tappable. */
export function quickContactLine(service: Service, text: Wording): string {
  const ways = service.contacts
    .filter((c) => !c.label || c.kind !== 'phone' || !/textphone/i.test(c.label))
    .slice(0, 2)
    .map((c) => (c.kind === 'phone' ? telLink(c.value) : c.kind === 'website' || c.kind === 'webchat' ? `[${c.label ?? text('contact.websiteLink')}](${/^https?:/.test(c.value) ? c.value : `https://${c.value}`})` : c.value));
  return `- **${service.name}**${ways.length ? `: ${ways.join(' · ')}` : ''}`;
}

/** How many services go on the first screen, before "More help". */
export const QUICK_SERVICES = 3;

/** The crisis reply in two parts: what fits one phone screen, and everything under "More help" ('' when nothing). */
export interface SafetyParts {
  first: string;
  more: string;
}

/** A category's own "call 999" with the number tappable, as the general emergency line has it. */
function emergencyNumberLinked(paragraph: string): string {
  return paragraph.replace(/(?<![[\w(:/])999(?![\]\w)])/g, '[999](tel:999)');
}

/** The phone numbers a text already links ("tel:999" → "999"). */
const linkedNumbers = (text: string): Set<string> => new Set([...text.matchAll(/\(tel:([0-9+]+)\)/g)].map((m) => m[1]!));

/**
 * The crisis reply, its first part short enough for one phone screen: the emergency line, the first
 * category's message, and its first services as tappable numbers. 999 leads once: when the category's own
 * message opens by saying when to call 999 ("If your child is seriously ill or injured… call 999 now"),
 * that sentence leads instead of the general emergency line, and a service that is only 999 is not listed
 * again under it. Everything else (other categories' messages, every service in full with sources) is the
 * second part, under "More help".
 */
export function safetyParts(hit: SafetyHit, text: Wording): SafetyParts {
  const [first, ...rest] = hit.categories;
  if (!first) return { first: hit.emergency.trim(), more: '' };
  const paragraphs = first.message.trim().split(/\n\s*\n/);
  const ownLead = /\b999\b/.test(paragraphs[0] ?? '');
  const lead = ownLead ? emergencyNumberLinked(paragraphs[0]!) : hit.emergency.trim();
  const message = (ownLead ? paragraphs.slice(1) : paragraphs).join('\n\n');
  const all: Service[] = [];
  for (const c of hit.categories) for (const s of c.services) if (!all.some((x) => x.id === s.id)) all.push(s);
  const onlyLinkedNumbers = (s: Service) => s.contacts.every((c) => c.kind === 'phone' && linkedNumbers(lead).has(c.value.replace(/[^0-9+]/g, '')));
  const quick = all.filter((s) => s.contacts.length > 0 && !onlyLinkedNumbers(s)).slice(0, QUICK_SERVICES);
  const firstPart = [lead, message, quick.map((s) => quickContactLine(s, text)).join('\n')].filter(Boolean).join('\n\n');
  const more = [...rest.map((c) => c.message.trim()), ...all.map((s) => serviceText(s, text))].filter(Boolean).join('\n\n');
  return { first: firstPart, more };
}

/** The crisis reply as one Markdown text: the first screen, then "More help" and the rest. */
export function safetyText(hit: SafetyHit, text: Wording): string {
  const { first, more } = safetyParts(hit, text);
  return more ? [first, text('safety.moreHelp'), more].join('\n\n') : first;
}

/** The first paragraph of an entry's answer: what a staff card shows before "Open in the reference". */
export function shortAnswer(entry: Pick<Entry, 'answer'>): string {
  return entry.answer.trim().split(/\n\s*\n/)[0]!.trim();
}

/**
 * The Markdown the knowledge uses, as plain text for an email or a case note: **bold** and *emphasis*
 * lose their stars, a link keeps its address ("text (https://…)", or the bare address of a tel:/mailto:
 * link's text), list items keep their "- " and "1. ".
 */
export function plainText(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]+)\]\(((?:tel|mailto):[^)\s]+)\)/g, '$1')
    .replace(/\[([^\]\n]+)\]\(([^)\s]+)\)/g, (_m, text: string, url: string) => (text === url ? url : `${text} (${url})`))
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|[^*\w])\*([^*\s][^*\n]*)\*/g, '$1$2')
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A source as one plain line: "Title (https://…)", or the citation. */
export function sourcePlain(s: Source): string {
  const name = s.title ?? s.citation ?? '';
  if (s.url) return name && name !== s.url ? `${name} (${s.url})` : s.url;
  return s.citation ?? name;
}

/**
 * "Copy answer": the entry as plain text ready to paste into an email or a case note. The title, the
 * whole answer, its sources, when it was last checked, and where to read it (the reference page's
 * absolute address, when known). Used by the reference page and the Teams staff card alike.
 */
export function copyAnswerText(entry: Entry, text: Wording, referenceUrl?: string): string {
  const sources = entry.sources.map(sourcePlain).filter(Boolean).map((s) => `- ${s}`);
  const checked = lastChecked(entry.sources);
  const parts = [entry.title, plainText(entry.answer)];
  if (sources.length) parts.push(`${text(sources.length === 1 ? 'copy.source' : 'copy.sources')}\n${sources.join('\n')}`);
  parts.push(checked ? text('answer.lastChecked', { date: longDate(checked) }) : text('answer.notChecked'));
  if (referenceUrl) parts.push(text('copy.more', { url: referenceUrl }));
  parts.push(text('copy.notAdvice'));
  return parts.join('\n\n');
}
