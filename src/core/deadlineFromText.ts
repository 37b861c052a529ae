/**
 * A milestone and its dates found in a parent's own sentence ("the council got our request on 3/3/26";
 * "decision letter dated 1 Oct, mediation certificate 29 Nov, when's my deadline?"), so the deadlines
 * can be worked out without asking again.
 */
import type { CalendarDate } from './dates';
import type { Milestone } from './deadlineRules';
import { parseDateInput } from './dateInput';
import { milestoneFromWords } from './deadlineText';
import { simplify } from './text';
import { pickOption } from './choice';

export interface DeadlineDetails {
  milestoneId: string;
  /** Date question id → the date given. */
  dates: Record<string, CalendarDate>;
}

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
/** "3/3/26", "3.3.2026", "3 March 2026", "1st Oct", "October 1st, 2026". */
const DATE = new RegExp(
  `\\b(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}(?:\\s+\\d{4})?|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?)\\b`,
  'gi',
);
/** Words too common to tie a phrase to one date question. */
const COMMON = new Set(['what', 'when', 'date', 'your', 'with', 'that', 'this', 'there', 'have', 'from', 'will', 'were', 'they', 'their', 'email', 'sent', 'used', 'the', 'and', 'for', 'day', 'our', 'use']);
const meaning = (text: string) => new Set(simplify(text).split(' ').filter((w) => w.length >= 4 && !COMMON.has(w)));

interface Mention { milestone: Milestone; dateId: string; text: string }
/** Milestone id → words in a parent's own terms that name it ("they refused to assess" is the decision letter). */
export type MilestoneWords = Record<string, string[] | undefined>;

/** Which milestone's date a phrase is about: a milestone named in it (in the parent's words), or the date question it echoes. */
function mentionIn(phrase: string, milestones: Milestone[], wordsFor: MilestoneWords): Omit<Mention, 'text'> | undefined {
  const clause = simplify(phrase.split(/[,;.!?]|\band\b/i).filter((p) => p.trim()).pop() ?? '');
  if (!clause) return undefined;
  const picked = pickOption(clause, milestones.map((m) => ({ title: m.label, value: m.id, words: wordsFor[m.id] })));
  const named = milestones.find((m) => m.id === picked?.value) ?? milestoneFromWords(milestones, clause);
  if (named) return { milestone: named, dateId: named.dates[0].id };
  const words = meaning(clause);
  let best: (Omit<Mention, 'text'> & { score: number }) | undefined;
  for (const milestone of milestones) {
    for (const date of milestone.dates) {
      const shared = [...meaning(date.question)].filter((w) => words.has(w)).length;
      // A question that is asked first (not an optional extra) wins a tie, then the earlier milestone.
      const score = shared * 2 + (date.optional ? 0 : 1);
      if (shared >= 2 && (!best || score > best.score)) best = { milestone, dateId: date.id, score };
    }
  }
  return best && { milestone: best.milestone, dateId: best.dateId };
}

/**
 * The milestone and dates a message gives, or undefined when it gives no date or no milestone.
 * Each date is tied to the words just before it (or, failing that, just after); the milestone chosen
 * is the one that asks for the most of the dates found.
 */
export function deadlineDetailsFromText(text: string, milestones: Milestone[], today: CalendarDate, words: MilestoneWords = {}): DeadlineDetails | undefined {
  const found = [...text.matchAll(DATE)];
  if (found.length === 0) return undefined;
  const mentions: Mention[] = [];
  found.forEach((m, i) => {
    const start = m.index ?? 0;
    const before = text.slice(i === 0 ? 0 : (found[i - 1].index ?? 0) + found[i - 1][0].length, start);
    const after = text.slice(start + m[0].length, i + 1 < found.length ? found[i + 1].index : text.length);
    const mention = mentionIn(before, milestones, words) ?? mentionIn(after.split(/[,;.!?]/)[0], milestones, words);
    if (mention) mentions.push({ ...mention, text: m[0] });
  });
  if (mentions.length === 0) return undefined;
  const scored = milestones
    .map((milestone) => ({ milestone, asks: new Set(mentions.map((x) => x.dateId).filter((id) => milestone.dates.some((d) => d.id === id))).size }))
    .filter((x) => x.asks > 0);
  const mentioned = new Set(mentions.map((x) => x.milestone.id));
  scored.sort((a, b) => b.asks - a.asks || Number(mentioned.has(b.milestone.id)) - Number(mentioned.has(a.milestone.id)));
  const milestone = scored[0]?.milestone;
  if (!milestone) return undefined;
  const dates: Record<string, CalendarDate> = {};
  for (const mention of mentions) {
    const question = milestone.dates.find((d) => d.id === mention.dateId);
    if (!question || dates[question.id]) continue;
    const parsed = parseDateInput(mention.text, { today, expect: question.expect, allowMonthOnly: question.monthOnly });
    if (parsed.ok) dates[question.id] = parsed.date;
  }
  return Object.keys(dates).length ? { milestoneId: milestone.id, dates } : undefined;
}

/** Words around a date that say nothing more ("on 3 March", "it was 3/3/26", "3/3/26 please"). */
const AROUND_A_DATE = /^(?:(?:it was|its|on the|on|dated|date)\s+)?|\s*(?:please|pls|thanks|thank you)?[.!]*$/g;

/**
 * The date, when a message is a date and nothing else ("3/3/26", "on 3 March 2026"): a parent who types
 * only a date is most likely asking what it means for their deadlines. A bare number ("3") is no date.
 */
export function dateAlone(text: string, today: CalendarDate): CalendarDate | undefined {
  const bare = text.trim().toLowerCase().replace(AROUND_A_DATE, '').trim();
  const match = bare.match(DATE);
  if (!match || match.length !== 1 || match[0].length !== bare.length) return undefined;
  const parsed = parseDateInput(bare, { today, expect: 'past' });
  return parsed.ok ? parsed.date : undefined;
}
