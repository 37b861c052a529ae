import { basicNormalise, STOPWORDS, stem, TEXT_SPEAK } from '../core/normalise';

/**
 * Groups unanswered questions by what they are about, so an editor reads "12 questions about school
 * transport" rather than 12 lines. Pure, no botbuilder. Deliberately simple: content words after
 * stemming, a few parent-word concepts (bus/taxi → transport), weighted overlap, greedy average linkage.
 */

/** Everyday words that mean the same thing for grouping; the first word names the concept. */
export const CONCEPTS: string[][] = [
  ['transport', 'bus', 'buses', 'taxi', 'taxis', 'minibus', 'travel', 'escort', 'lift', 'lifts', 'driver', 'coach'],
  ['money', 'cost', 'costs', 'pay', 'paid', 'paying', 'payment', 'fund', 'funding', 'funded', 'afford', 'price', 'charge', 'fee', 'fees'],
  ['benefits', 'benefit', 'dla', 'pip', 'allowance', 'universal', 'credit', 'motability', 'grant'],
  ['exclusion', 'exclude', 'excluded', 'exclusions', 'suspend', 'suspended', 'suspension', 'expel', 'expelled'],
  ['sleep', 'sleeping', 'insomnia', 'bedtime', 'melatonin', 'night', 'nights'],
  ['medication', 'medicine', 'medicines', 'meds', 'tablets', 'prescription', 'prescribed'],
  ['toileting', 'toilet', 'toilets', 'potty', 'nappy', 'nappies', 'continence', 'wetting'],
  ['bullying', 'bully', 'bullied', 'bullies'],
  ['holiday', 'holidays', 'summer', 'playscheme', 'clubs', 'club', 'activities', 'activity'],
  ['uniform', 'uniforms', 'shoes', 'clothes'],
  ['parking', 'badge', 'blue'],
  ['housing', 'adaptation', 'adaptations', 'bathroom', 'stairlift', 'downstairs'],
];

/** Words nearly every question has; they count a little, never enough to join two questions alone. */
const GENERIC = new Set(
  ['son', 'daughter', 'child', 'children', 'boy', 'girl', 'lad', 'school', 'year', 'years', 'old', 'age', 'aged', 'parent',
    'mum', 'dad', 'family', 'council', 'send', 'sen', 'special', 'needs', 'get', 'can', 'could', 'help', 'support', 'there',
    'anyone', 'someone', 'where', 'find', 'start', 'autistic', 'autism', 'adhd', 'disabled', 'disability', 'dorset'].map(stem),
);

/** Placeholders left by redaction are not content. */
const REDACTION_TAG = /\[(?:name|email|phone|nhs-number|number|postcode|date|redacted)\]/gi;

const conceptOf = new Map<string, string>();
for (const [name, ...words] of CONCEPTS) for (const w of [name, ...words]) conceptOf.set(stem(w), name);

/** Each content word of a question: its term (stem or concept), weight (concepts 2, ordinary 1, generic 0.25) and the word itself. */
function termWords(question: string): Array<{ term: string; weight: number; word: string }> {
  return basicNormalise(question.replace(REDACTION_TAG, ' '))
    .split(' ')
    .flatMap((w) => (TEXT_SPEAK[w] ?? w).split(' '))
    .filter((w) => w.length > 1 && !STOPWORDS.has(w) && !/^\d+$/.test(w))
    .map((word) => {
      const s = stem(word);
      const concept = conceptOf.get(s);
      return { term: concept ?? s, weight: concept ? 2 : GENERIC.has(s) ? 0.25 : 1, word: concept ?? word };
    });
}

/** Content terms of a question with their weights. */
export function terms(question: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const { term, weight } of termWords(question)) out.set(term, Math.max(out.get(term) ?? 0, weight));
  return out;
}

/** Weighted Jaccard overlap of two term sets, 0..1. */
export function similarity(a: Map<string, number>, b: Map<string, number>): number {
  let shared = 0;
  let all = 0;
  for (const [t, w] of a) {
    const v = b.get(t);
    if (v !== undefined) shared += Math.min(w, v);
    all += Math.max(w, v ?? 0);
  }
  for (const [t, w] of b) if (!a.has(t)) all += w;
  return all === 0 ? 0 : shared / all;
}

export interface QuestionGroup {
  /** How many questions (with repeats) the group holds. */
  size: number;
  /** Words that describe the group, most telling first, e.g. ["transport", "school"]. */
  keywords: string[];
  /** The most typical question, to show first. */
  representative: string;
  /** Each distinct question (as stored, already redacted) and how many times it was asked, most asked first. */
  questions: Array<{ text: string; count: number }>;
}

export interface GroupOptions {
  /** How similar a question must be to a group (on average) to join it. */
  threshold?: number;
}

/** Groups questions; biggest groups first. Identical questions (after normalising) always share a group. */
export function groupQuestions(questions: string[], options: GroupOptions = {}): QuestionGroup[] {
  const threshold = options.threshold ?? 0.3;
  // Count repeats first so 12 identical questions cost one comparison.
  const distinct = new Map<string, { text: string; count: number; terms: Map<string, number> }>();
  for (const q of questions) {
    const text = q.trim();
    if (!text) continue;
    const key = basicNormalise(text.replace(REDACTION_TAG, ' ')) || text;
    const seen = distinct.get(key);
    if (seen) seen.count++;
    else distinct.set(key, { text, count: 1, terms: terms(text) });
  }
  const items = [...distinct.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
  const groups: Array<typeof items> = [];
  for (const item of items) {
    let best: (typeof items) | undefined;
    let bestScore = 0;
    for (const group of groups) {
      const score = group.reduce((sum, member) => sum + similarity(item.terms, member.terms), 0) / group.length;
      if (score > bestScore) {
        bestScore = score;
        best = group;
      }
    }
    if (best && bestScore >= threshold) best.push(item);
    else groups.push([item]);
  }
  return groups
    .map((members) => describe(members))
    .sort((a, b) => b.size - a.size || b.questions.length - a.questions.length || a.representative.localeCompare(b.representative));
}

function describe(members: Array<{ text: string; count: number; terms: Map<string, number> }>): QuestionGroup {
  const weight = new Map<string, number>();
  for (const m of members) for (const [t, w] of m.terms) weight.set(t, (weight.get(t) ?? 0) + w * m.count);
  // Show words as parents wrote them ("arranges"), not stems ("arrang"): the most used spelling of each term.
  const spelling = new Map<string, Map<string, number>>();
  for (const m of members) {
    for (const { term, word } of termWords(m.text)) {
      const forms = spelling.get(term) ?? new Map<string, number>();
      forms.set(word, (forms.get(word) ?? 0) + m.count);
      spelling.set(term, forms);
    }
  }
  const shown = (term: string) => [...(spelling.get(term) ?? new Map([[term, 1]])).entries()].sort((a, b) => b[1] - a[1] || a[0].length - b[0].length)[0][0];
  const keywords = [...weight.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 3)
    .map(([t]) => shown(t));
  let representative = members[0];
  let bestScore = -1;
  for (const m of members) {
    const score = members.reduce((sum, o) => sum + (o === m ? 0 : similarity(m.terms, o.terms) * o.count), 0) + m.count * 0.01;
    if (score > bestScore) {
      bestScore = score;
      representative = m;
    }
  }
  return {
    size: members.reduce((n, m) => n + m.count, 0),
    keywords,
    representative: representative.text,
    questions: members.map((m) => ({ text: m.text, count: m.count })).sort((a, b) => b.count - a.count || a.text.localeCompare(b.text)),
  };
}
