import { z } from 'zod';
import { CITATION_EXAMPLES, CITATION_PATTERN } from '../core/citations';
import type { DeadlinesFile } from '../core/deadlineRules';
import { LETTER_FIELDS, type LettersFile } from '../core/letters';

/** The schema for knowledge/letters.yaml: the next-step letters the deadlines journey offers. */
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use lower-case words joined by hyphens, e.g. missed-final-plan');
const text = z.string().trim().min(1, 'must not be empty');

/** Text whose {placeholders} must all be ones the letter code fills in. */
const template = text.superRefine((value, ctx) => {
  for (const [, name] of value.matchAll(/\{(\w+)\}/g)) {
    if (!(LETTER_FIELDS as readonly string[]).includes(name)) {
      ctx.addIssue({ code: 'custom', message: `{${name}} is not a placeholder letters can fill (use ${LETTER_FIELDS.map((f) => `{${f}}`).join(', ')})` });
    }
  }
});

const letterSchema = z.object({
  id: kebab,
  button: text.max(40, 'keep the button to 40 characters so it is never cut'),
  title: text,
  fileName: z.string().regex(/^[a-z0-9-]+\.txt$/, 'a file name like complaint-final-plan-late.txt'),
  offerWhen: z.array(z.object({ milestone: kebab, deadline: kebab.optional() }).strict()).min(1),
  cites: z.array(z.string().regex(CITATION_PATTERN, `a legal citation must look like ${CITATION_EXAMPLES}`)).min(1, 'every letter cites what it relies on'),
  subject: template,
  body: template,
}).strict();

export const lettersFileSchema = z.object({
  blanks: z.object(Object.fromEntries(LETTER_FIELDS.filter((f) => f !== 'today').map((f) => [f, text])) as Record<Exclude<(typeof LETTER_FIELDS)[number], 'today'>, typeof text>).strict(),
  letters: z.array(letterSchema).min(1),
}).strict().superRefine((file, ctx) => {
  const ids = new Set<string>();
  file.letters.forEach((l, i) => {
    if (ids.has(l.id)) ctx.addIssue({ code: 'custom', path: ['letters', i, 'id'], message: `letter id "${l.id}" is used twice` });
    ids.add(l.id);
  });
});

/** Cross-file check: every trigger names a milestone, and a deadline of it, that knowledge/deadlines.yaml has. */
export function letterTriggerProblems(letters: LettersFile, deadlines: DeadlinesFile | undefined): Array<{ path: Array<string | number>; message: string }> {
  const problems: Array<{ path: Array<string | number>; message: string }> = [];
  letters.letters.forEach((letter, li) => letter.offerWhen.forEach((trigger, ti) => {
    const milestone = deadlines?.milestones.find((m) => m.id === trigger.milestone);
    if (!milestone) problems.push({ path: ['letters', li, 'offerWhen', ti, 'milestone'], message: `no milestone "${trigger.milestone}" in deadlines.yaml` });
    else if (trigger.deadline && !milestone.deadlines.some((d) => d.id === trigger.deadline)) {
      problems.push({ path: ['letters', li, 'offerWhen', ti, 'deadline'], message: `milestone "${trigger.milestone}" has no deadline "${trigger.deadline}"` });
    }
  }));
  return problems;
}

// Compile-time check that the schema and the core type agree.
const _sameShape: LettersFile = {} as z.infer<typeof lettersFileSchema>;
void _sameShape;
