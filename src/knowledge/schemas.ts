import { z } from 'zod';
import { REGIONS } from '../core/model';
import { FRAGMENT_NAME } from './safetyFragments';

/**
 * Schemas for the knowledge files. Objects are strict so that a misspelt field
 * (`followups:` instead of `followUps:`) is reported instead of silently ignored.
 * Messages are written for content editors, not programmers.
 */

export const HELPS_WITH = [
  'information-advice',
  'health-diagnosis',
  'mental-health',
  'early-years',
  'short-breaks-social-care',
  'parent-support',
  'disagreement',
  'safety',
] as const;
export const CONTACT_KINDS = ['phone', 'email', 'website', 'address', 'text', 'webchat'] as const;

const text = (what: string) =>
  z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} is empty` });

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD, e.g. 2026-11-23' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written as YYYY-MM-DD, e.g. 2026-11-23' })
  .refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, { error: 'is not a real calendar date' });

const kebabId = z
  .string({ error: 'id must be text' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
    error: 'id must be lower-case words joined by hyphens, e.g. ehc-assessment-decision-6-weeks',
  });

const url = z
  .string({ error: 'url must be text' })
  .regex(/^https?:\/\/\S+$/, { error: 'url must start with http:// or https:// and contain no spaces' });

export const sourceSchema = z.union(
  [
    text('A source'),
    // `checked` is the day someone read this source and confirmed the answer against it. Leave it out
    // rather than guess: "Last checked" is only shown for a check that happened.
    z.strictObject({ title: text('The source title'), url, checked: isoDate.optional() }),
  ],
  { error: 'each source must be a citation (like "SEND Code of Practice 9.14") or a title and url' },
);

export const entrySchema = z.strictObject({
  id: kebabId,
  title: text('The title'),
  questions: z
    .array(text('A question'), { error: 'questions must be a list' })
    .min(4, { error: 'needs at least 4 questions in parents\' own words' }),
  answer: text('The answer'),
  topics: z.array(text('A topic'), { error: 'topics must be a list' }).min(1, { error: 'needs at least one topic' }),
  region: z.enum(REGIONS, { error: `region must be one of: ${REGIONS.join(', ')}` }),
  sources: z
    .array(sourceSchema, { error: 'sources must be a list' })
    .min(1, { error: 'every entry needs at least one source' }),
  reviewed: isoDate,
  followUps: z.array(kebabId, { error: 'followUps must be a list of entry ids' }).optional(),
  services: z.array(kebabId, { error: 'services must be a list of service ids' }).optional(),
});

export const entriesFileSchema = z.strictObject({
  entries: z.array(entrySchema, { error: 'entries must be a list' }).nullable().optional(),
});

export const glossaryFileSchema = z.strictObject({
  glossary: z
    .array(
      z.strictObject({
        term: text('The term'),
        stands_for: text('stands_for').optional(),
        meaning: text('The meaning'),
        also: z.array(text('An alternative spelling'), { error: 'also must be a list' }).optional(),
      }),
      { error: 'glossary must be a list' },
    )
    .nullable()
    .optional(),
});

/** knowledge/places.yaml: towns, villages and postcode areas, and which council each is in. */
export const placesFileSchema = z.strictObject({
  sources: z.array(z.strictObject({ title: text('A source title'), url: z.url({ error: 'url must be a web address' }) }), { error: 'sources must be a list' }).min(1, { error: 'needs at least one source' }),
  postcodes: z.record(
    z.string().regex(/^[A-Z]{1,2}([1-9][0-9]?)?$/, { error: 'a postcode area is one or two capital letters, a district those letters and a number (BH21)' }),
    z.enum(['dorset', 'bcp', 'england', 'ask'], { error: 'a postcode area or district is dorset, bcp, england or ask' }),
  ),
  places: z.strictObject({
    dorset: z.array(text('A place'), { error: 'dorset must be a list' }),
    bcp: z.array(text('A place'), { error: 'bcp must be a list' }),
  }),
  elsewhere: z.array(text('A place'), { error: 'elsewhere must be a list' }).optional(),
  counterparts: z.array(
    z.strictObject({ dorset: text('An entry id'), bcp: text('An entry id') }),
    { error: 'counterparts must be a list of { dorset: entry id, bcp: entry id }' },
  ).optional(),
});
export type PlacesFile = z.infer<typeof placesFileSchema>;

export const synonymsFileSchema = z.strictObject({
  synonyms: z
    .array(
      z.strictObject({
        canonical: text('canonical'),
        variants: z.array(text('A variant'), { error: 'variants must be a list' }).min(1, { error: 'needs at least one variant' }),
      }),
      { error: 'synonyms must be a list' },
    )
    .nullable()
    .optional(),
  spellings: z.record(z.string(), text('A spelling'), { error: 'spellings must be a map of "wrong: right"' }).nullable().optional(),
});

export const contactSchema = z.strictObject({
  kind: z.enum(CONTACT_KINDS, { error: `kind must be one of: ${CONTACT_KINDS.join(', ')}` }),
  value: text('The contact value'),
  label: text('label').optional(),
  hours: text('hours').optional(),
  source: z.strictObject(
    { title: text('The source title'), url, checked: isoDate.optional() },
    { error: 'every contact detail needs a source with a title and url (the page it came from)' },
  ),
});

export const servicesFileSchema = z.strictObject({
  services: z
    .array(
      z.strictObject({
        id: kebabId,
        name: text('The name'),
        what: text('what'),
        who: text('who'),
        area: z.enum(REGIONS, { error: `area must be one of: ${REGIONS.join(', ')}` }),
        // A council-area service that serves the other council's families too (NHS Dorset covers BCP).
        also_covers: z.array(z.enum(['dorset', 'bcp'], { error: 'also_covers items must be dorset or bcp' }), { error: 'also_covers must be a list' }).optional(),
        helps_with: z.array(z.enum(HELPS_WITH, { error: `helps_with items must be from: ${HELPS_WITH.join(', ')}` })).optional(),
        contacts: z.array(contactSchema, { error: 'contacts must be a list' }).optional(),
        reviewed: isoDate,
      }),
      { error: 'services must be a list' },
    )
    .nullable()
    .optional(),
});

export const safetyFileSchema = z.strictObject({
  emergency: text('emergency'),
  categories: z
    .array(
      z.strictObject({
        id: kebabId,
        label: text('The label'),
        patterns: z.array(text('A pattern'), { error: 'patterns must be a list' }).min(1, { error: 'needs at least one pattern' }),
        message: text('The message'),
        services: z.array(kebabId, { error: 'services must be a list of service ids' }).optional(),
      }),
      { error: 'categories must be a list' },
    )
    .min(1, { error: 'needs at least one category' }),
  /**
   * Named pieces of pattern text, used in a pattern as {{name}} (src/knowledge/safetyFragments.ts). Not trimmed:
   * a space at either end is part of what the pattern matches.
   */
  fragments: z
    .record(
      z.string().regex(FRAGMENT_NAME, { error: 'a fragment name must be lower-case letters, digits and hyphens, e.g. happening-now' }),
      z.string({ error: 'A fragment must be text (put it in double quotes)' }).min(1, { error: 'A fragment is empty' }),
      {
        error: (issue) => issue.code === 'invalid_key'
          ? 'a fragment name must be lower-case letters, digits and hyphens, e.g. happening-now'
          : 'fragments must be a list of "name: text" lines',
      },
    )
    .optional(),
  /** The services shown with the gentler check-in, when only the second layer (the classifier) sees a risk. */
  check_in_services: z.array(kebabId, { error: 'check_in_services must be a list of service ids' }).optional(),
});

/** safety-training.yaml: labelled messages the second layer of the safety screen learns from. */
export const safetyTrainingFileSchema = z.strictObject({
  risk: z.array(text('A risk message')).min(1, { error: 'needs at least one risk message' }),
  ordinary: z.array(text('An ordinary message')).min(1, { error: 'needs at least one ordinary message' }),
});

/** messages.yaml and knowledge/dialogs/*.yaml: a flat map of key -> text. */
export const textMapSchema = z.record(
  z.string().regex(/^[A-Za-z0-9_.-]+$/, { error: 'keys must be letters, digits, _ . or -' }),
  z.string({ error: 'each value must be text (put it in quotes if it starts with a special character)' }),
  { error: 'must be a list of "key: text" lines' },
);

export type EntriesFile = z.infer<typeof entriesFileSchema>;
export type GlossaryFile = z.infer<typeof glossaryFileSchema>;
export type SynonymsFile = z.infer<typeof synonymsFileSchema>;
export type ServicesFile = z.infer<typeof servicesFileSchema>;
export type SafetyFile = z.infer<typeof safetyFileSchema>;
export type SafetyTrainingFile = z.infer<typeof safetyTrainingFileSchema>;
