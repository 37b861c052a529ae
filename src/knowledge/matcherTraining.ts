import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { RERANK_FEATURES, SHORT_FEATURES, type RerankModel } from '../core/rerank';
import type { KnowledgeProblem, MatcherTrainingMessage } from '../core/model';
import { fieldInWords, issuesToProblems, readYamlFile, type YamlFile } from './yamlFile';

/**
 * The matcher's re-ranking step (src/core/rerank.ts): the labelled long messages it learns from
 * (knowledge/matcher-training/*.yaml) and the model learned from them (knowledge/matcher-model.yaml,
 * written by `npm run train:matcher`). Both are optional; a broken one stops start-up with file, line and field.
 */
export const MATCHER_TRAINING_DIR = 'matcher-training';
export const MATCHER_MODEL_FILE = 'matcher-model.yaml';

const text = (what: string) => z.string({ error: `${what} must be text` }).trim().min(1, { error: `${what} is empty` });
const entryId = z.string({ error: 'must be an entry id' }).regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be an entry id: lower-case words joined by hyphens' });

export const matcherTrainingFileSchema = z.strictObject({
  messages: z.array(
    z.strictObject({
      q: text('The message'),
      expect: z.union([
        z.literal(['unanswered', 'out-of-scope']),
        entryId,
        z.array(entryId).min(1, { error: 'needs at least one entry id' }),
      ], { error: 'expect must be an entry id, a list of entry ids, "unanswered" or "out-of-scope"' }),
      from: text('from').optional(),
    }),
    { error: 'messages must be a list' },
  ),
});

const probability = z.number({ error: 'must be a number from 0 to 1' }).min(0, { error: 'must be from 0 to 1' }).max(1, { error: 'must be from 0 to 1' });
const modelFields = {
  features: z.array(z.string({ error: 'each feature must be a name' }), { error: 'features must be a list of names' }),
  weights: z.array(z.number({ error: 'each weight must be a number' }).refine(Number.isFinite, { error: 'must be a finite number' }), { error: 'weights must be a list of numbers' }),
  form: z.enum(['pointwise', 'listwise'], { error: 'form must be pointwise or listwise' }).optional(),
  bias: z.number({ error: 'bias must be a number' }),
  k: z.number({ error: 'k must be a whole number' }).int({ error: 'k must be a whole number' }).min(1).max(20),
  extra: z.number({ error: 'extra must be a whole number' }).int({ error: 'extra must be a whole number' }).min(0).max(5).optional(),
  answer: probability,
  options: probability,
  agree: probability.optional(),
  pair: probability.optional(),
  pairRatio: probability.optional(),
};
export const matcherModelFileSchema = z.strictObject({
  ...modelFields,
  /** Short messages' own model (SHORT_FEATURES), optional. */
  short: z.strictObject(modelFields).optional(),
  trained: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

export interface MatcherParts { training?: MatcherTrainingMessage[]; model?: RerankModel }

function problemAt(y: YamlFile, at: Array<string | number>, message: string): KnowledgeProblem {
  return { file: y.file, line: y.lineOf(at), field: fieldInWords(y.data, at) || '(top of file)', message, severity: 'error' };
}

/** Reads and validates both; problems are added to `problems` and nothing half-loads. */
export function loadMatcherParts(dir: string, entryIds: Set<string>, problems: KnowledgeProblem[], withModel = true): MatcherParts {
  const out: MatcherParts = {};
  const trainingDir = path.join(dir, MATCHER_TRAINING_DIR);
  if (fs.existsSync(trainingDir)) {
    const training: MatcherTrainingMessage[] = [];
    let broken = false;
    for (const name of fs.readdirSync(trainingDir).filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.')).sort()) {
      const before = problems.length;
      const y = readYamlFile(path.join(trainingDir, name), problems);
      if (!y) { broken = true; continue; }
      const parsed = matcherTrainingFileSchema.safeParse(y.data ?? {});
      if (!parsed.success) {
        issuesToProblems(y, parsed.error.issues, problems);
        broken = true;
        continue;
      }
      const file = path.posix.join(MATCHER_TRAINING_DIR, name);
      parsed.data.messages.forEach((m, i) => {
        const ids = m.expect === 'unanswered' || m.expect === 'out-of-scope' ? [] : Array.isArray(m.expect) ? m.expect : [m.expect];
        ids.forEach((id, j) => {
          if (!entryIds.has(id)) problems.push(problemAt(y, Array.isArray(m.expect) ? ['messages', i, 'expect', j] : ['messages', i, 'expect'], `"${id}" is not the id of any entry`));
        });
        training.push({ q: m.q, expect: m.expect === 'unanswered' || m.expect === 'out-of-scope' ? m.expect : ids, file, ...(m.from ? { from: m.from } : {}) });
      });
      if (problems.length > before) broken = true;
    }
    if (!broken) out.training = training;
  }
  const modelPath = path.join(dir, MATCHER_MODEL_FILE);
  if (withModel && fs.existsSync(modelPath)) {
    const y = readYamlFile(modelPath, problems);
    const parsed = y ? matcherModelFileSchema.safeParse(y.data ?? {}) : undefined;
    if (y && parsed && !parsed.success) issuesToProblems(y, parsed.error.issues, problems);
    if (y && parsed?.success) {
      const m = parsed.data;
      const before = problems.length;
      const check = (part: typeof m | NonNullable<typeof m.short>, features: readonly string[], at: string[]) => {
        const expected = features.join(', ');
        if (part.features.join(', ') !== expected) problems.push(problemAt(y, [...at, 'features'], `the model was learned for other features than the matcher computes (${expected}): run npm run train:matcher`));
        if (part.weights.length !== part.features.length) problems.push(problemAt(y, [...at, 'weights'], `needs one weight for each of the ${part.features.length} features, has ${part.weights.length}`));
        if (part.options > part.answer) problems.push(problemAt(y, [...at, 'options'], `must not be above answer (${part.answer})`));
      };
      check(m, RERANK_FEATURES, []);
      if (m.short) check(m.short, SHORT_FEATURES, ['short']);
      const modelOf = (p: typeof m | NonNullable<typeof m.short>) => ({ features: p.features, weights: p.weights, form: p.form, bias: p.bias, k: p.k, extra: p.extra, answer: p.answer, options: p.options, agree: p.agree, pair: p.pair, pairRatio: p.pairRatio });
      if (problems.length === before) out.model = { ...modelOf(m), ...(m.short ? { short: modelOf(m.short) } : {}) };
    }
  }
  return out;
}
