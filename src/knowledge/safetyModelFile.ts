import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { KnowledgeProblem, SafetyModelFile } from '../core/model';
import { displayPath, issuesToProblems, readYamlFile, type YamlFile } from './yamlFile';

/**
 * The safety screen's second layer as learned offline (npm run train:safety) from safety-training.yaml:
 * knowledge/safety-model.yaml holds its features and weights, the cut-offs chosen with them, and the
 * fingerprint of the training messages. Start-up reads it and never trains; a broken file stops start-up
 * with file, line and field.
 */
export const SAFETY_MODEL_FILE = 'safety-model.yaml';
export const SAFETY_TRAINING_FILE = 'safety-training.yaml';

const cutoff = z.number({ error: 'must be a number from 0 to 1' }).gt(0, { error: 'must be above 0' }).lt(1, { error: 'must be below 1' });
export const safetyModelFileSchema = z.strictObject({
  fingerprint: z.string({ error: 'fingerprint must be text' }).regex(/^[0-9a-f]{16}$/, { error: 'fingerprint must be 16 hex digits (npm run train:safety writes it)' }),
  charGrams: z.number({ error: 'charGrams must be a whole number' }).int({ error: 'charGrams must be a whole number' }).min(0).max(8),
  idioms: z.boolean({ error: 'idioms must be true or false' }),
  cutoffs: z.strictObject({
    whole: cutoff,
    storyMean: cutoff,
    storySentence: cutoff,
    sentence: cutoff,
    storyMinWords: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(2, { error: 'must be at least 2' }),
  }),
  bias: z.number({ error: 'bias must be a number' }).refine(Number.isFinite, { error: 'bias must be a finite number' }),
  /** One feature and its weight a line, "feature weight": a block of text, read far faster than a YAML list. */
  weights: z.string({ error: 'weights must be a block of "feature weight" lines (weights: |)' }).min(1, { error: 'weights is empty' }),
  trained: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
});

/** The fingerprint of the training messages: a model learned from other messages is stale. */
export function safetyTrainingFingerprint(training: { risk: string[]; ordinary: string[] }): string {
  const h = createHash('sha256');
  for (const q of training.risk) h.update(`r\u0000${q}\u0001`);
  for (const q of training.ordinary) h.update(`o\u0000${q}\u0001`);
  return h.digest('hex').slice(0, 16);
}

const WEIGHT_LINE = /^(\S+) (-?\d+(?:\.\d+)?(?:e[-+]?\d+)?)$/;

/** The weights block, line by line; problems name the file line of each bad one. */
function readWeights(y: YamlFile, block: string, problems: KnowledgeProblem[]): { features: string[]; weights: number[] } | undefined {
  // The block's first line follows the "weights: |" line.
  const first = (y.lineOf(['weights']) ?? 1) + 1;
  const features: string[] = [];
  const weights: number[] = [];
  const seen = new Map<string, number>();
  const before = problems.length;
  const lines = block.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  lines.forEach((line, i) => {
    if (problems.length - before >= 10) return;
    const m = WEIGHT_LINE.exec(line);
    const at = (message: string) => problems.push({ file: y.file, line: first + i, field: 'weights', message, severity: 'error' });
    if (!m) return void at(`"${line.slice(0, 60)}" is not "feature weight" (one feature, one space, one number): run npm run train:safety`);
    const w = Number(m[2]);
    if (!Number.isFinite(w)) return void at(`the weight of "${m[1]}" is not a finite number`);
    const again = seen.get(m[1]);
    if (again !== undefined) return void at(`"${m[1]}" is listed twice (also on line ${first + again})`);
    seen.set(m[1], i);
    features.push(m[1]);
    weights.push(w);
  });
  return problems.length > before ? undefined : { features, weights };
}

/**
 * Reads and validates knowledge/safety-model.yaml. With safety-training.yaml present, the model must be
 * there too (else the second layer would be silently off); when the training messages have changed since
 * it was learned, a warning says to run npm run train:safety (test/safety.model.test.ts fails on it).
 */
export function loadSafetyModel(dir: string, training: { risk: string[]; ordinary: string[] } | undefined, problems: KnowledgeProblem[]): SafetyModelFile | undefined {
  const file = path.join(dir, SAFETY_MODEL_FILE);
  if (!fs.existsSync(file)) {
    if (training) problems.push({ file: displayPath(file), message: `${SAFETY_TRAINING_FILE} is there but ${SAFETY_MODEL_FILE} is not: run npm run train:safety`, severity: 'error' });
    return undefined;
  }
  const y = readYamlFile(file, problems);
  if (!y) return undefined;
  const parsed = safetyModelFileSchema.safeParse(y.data ?? {});
  if (!parsed.success) {
    issuesToProblems(y, parsed.error.issues, problems);
    return undefined;
  }
  const m = parsed.data;
  const read = readWeights(y, m.weights, problems);
  if (!read) return undefined;
  if (training && safetyTrainingFingerprint(training) !== m.fingerprint) {
    problems.push({ file: y.file, line: y.lineOf(['fingerprint']), field: 'fingerprint', message: `${SAFETY_TRAINING_FILE} has changed since the model was learned: run npm run train:safety`, severity: 'warning' });
  }
  return { ...read, bias: m.bias, charGrams: m.charGrams, idioms: m.idioms, cutoffs: { ...m.cutoffs }, fingerprint: m.fingerprint };
}
