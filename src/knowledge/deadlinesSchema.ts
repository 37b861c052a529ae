import { z } from 'zod';
import { CITATION_EXAMPLES, CITATION_PATTERN } from '../core/citations';
import type { DeadlinesFile } from '../core/deadlineRules';

/** The schema for knowledge/deadlines.yaml: shapes, ids that must exist, and the one citation grammar. */
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. final-plan');
const text = z.string().trim().min(1, 'must not be empty');

const sourceSchema = z.union([
  z.string().regex(CITATION_PATTERN, `a legal citation must look like ${CITATION_EXAMPLES}`),
  z.object({ title: text, url: z.url({ protocol: /^https?$/ }) }).strict(),
]);

const addSchema = z.object({
  weeks: z.number().int().optional(),
  days: z.number().int().optional(),
  months: z.number().int().optional(),
}).strict().refine((a) => [a.weeks, a.days, a.months].filter((v) => v !== undefined).length === 1,
  'give exactly one of weeks, days or months');

const whenSchema = z.object({
  from: kebab,
  add: addSchema.optional(),
  countStartDay: z.boolean().optional(),
  fixed: z.object({ month: z.number().int().min(1).max(12), day: z.number().int().min(1).max(31) }).strict().optional(),
}).strict().refine((w) => (w.add === undefined) !== (w.fixed === undefined), 'give either "add" or "fixed", not both');

const dateQuestionSchema = z.object({
  id: kebab,
  question: text,
  example: text,
  /** 'past': something that happened (default); 'future': something still to come. */
  expect: z.enum(['past', 'future']).default('past'),
  /** Month and year are enough (e.g. when a child will move school). */
  monthOnly: z.boolean().default(false),
  /** The parent may skip this date; deadlines needing it then explain what is missing. */
  optional: z.boolean().default(false),
  /** Said when an optional date is skipped. */
  ifSkipped: text.optional(),
}).strict();

const deadlineSchema = z.object({
  id: kebab,
  title: text,
  /** What is due, in a few words, for the short list shown first ("Decision on assessment"). */
  due: z.string().trim().min(1).max(60, 'keep "due" to a few words (60 characters at most)').optional(),
  /** Who has to act by the date. */
  who: z.enum(['council', 'school', 'you']),
  when: z.array(whenSchema).min(1),
  adjust: z.enum(['tribunal-holidays']).optional(),
  /** Plain English: how the date is counted and what has to happen. */
  explain: text,
  ifMissed: text,
  exceptions: z.array(kebab).default([]),
  sources: z.array(sourceSchema).min(1, 'every deadline needs at least one source'),
}).strict();

const milestoneSchema = z.object({
  id: kebab,
  /** The choice a parent picks: the point they have reached. */
  label: text,
  dates: z.array(dateQuestionSchema).min(1),
  /** Optional extra information shown once above the deadlines. */
  note: text.optional(),
  deadlines: z.array(deadlineSchema).min(1),
}).strict();

const exceptionSchema = z.object({
  id: kebab,
  text,
  sources: z.array(sourceSchema).min(1),
}).strict();

export const deadlinesFileSchema = z.object({
  reviewed: z.iso.date('reviewed must be a date written YYYY-MM-DD'),
  exceptionsIntro: text,
  exceptions: z.array(exceptionSchema).min(1),
  milestones: z.array(milestoneSchema).min(1),
}).strict().superRefine((file, ctx) => {
  const exceptionIds = new Set<string>();
  file.exceptions.forEach((e, i) => {
    if (exceptionIds.has(e.id)) ctx.addIssue({ code: 'custom', path: ['exceptions', i, 'id'], message: `exception id "${e.id}" is used twice` });
    exceptionIds.add(e.id);
  });
  const milestoneIds = new Set<string>();
  file.milestones.forEach((m, mi) => {
    if (milestoneIds.has(m.id)) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'id'], message: `milestone id "${m.id}" is used twice` });
    milestoneIds.add(m.id);
    const dateIds = new Set(m.dates.map((d) => d.id));
    if (dateIds.size !== m.dates.length) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'dates'], message: 'two dates have the same id' });
    if (m.dates[0].optional) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'dates', 0, 'optional'], message: 'the first date of a milestone cannot be optional' });
    const deadlineIds = new Set<string>();
    m.deadlines.forEach((d, di) => {
      if (deadlineIds.has(d.id)) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'deadlines', di, 'id'], message: `deadline id "${d.id}" is used twice in this milestone` });
      deadlineIds.add(d.id);
      d.when.forEach((w, wi) => {
        if (!dateIds.has(w.from)) {
          ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'deadlines', di, 'when', wi, 'from'], message: `"${w.from}" is not one of this milestone's dates (${[...dateIds].join(', ')})` });
        }
      });
      d.exceptions.forEach((x, xi) => {
        if (!exceptionIds.has(x)) ctx.addIssue({ code: 'custom', path: ['milestones', mi, 'deadlines', di, 'exceptions', xi], message: `no exception with id "${x}"` });
      });
    });
  });
});

// The schema's output must be the shape core's deadline rules compute with; this fails to compile if they drift.
const _sameShape: DeadlinesFile = {} as z.infer<typeof deadlinesFileSchema>;
void _sameShape;
