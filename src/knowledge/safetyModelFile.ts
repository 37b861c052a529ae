import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { KnowledgeProblem, SafetyFoldFigures, SafetyModelFile } from '../core/model';
import { displayPath, issuesToProblems, parseYamlText } from './yamlFile';

/**
 * The safety screen's second layer as learned offline (npm run train:safety) from safety-training.yaml:
 * knowledge/safety-model.yaml holds its features and weights, the cut-offs chosen with them, and the
 * fingerprint of the training messages. Start-up reads it and never trains; a broken file stops start-up
 * with file, line and field.
 */
export const SAFETY_MODEL_FILE = 'safety-model.yaml';
export const SAFETY_TRAINING_FILE = 'safety-training.yaml';

const cutoff = z.number({ error: 'must be a number from 0 to 1' }).gt(0, { error: 'must be above 0' }).lt(1, { error: 'must be below 1' });
const count = z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(0, { error: 'must not be below 0' });
export const safetyModelFileSchema = z.strictObject({
  fingerprint: z.string({ error: 'fingerprint must be text' }).regex(/^[0-9a-f]{16}$/, { error: 'fingerprint must be 16 hex digits (npm run train:safety writes it)' }),
  charGrams: z.number({ error: 'charGrams must be a whole number' }).int({ error: 'charGrams must be a whole number' }).min(0).max(8),
  idioms: z.boolean({ error: 'idioms must be true or false' }),
  neighbours: z.strictObject({
    count: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(1, { error: 'must be at least 1' }).max(50, { error: 'must be at most 50' }),
    weight: z.number({ error: 'must be a number' }).min(0, { error: 'must not be below 0' }).max(1000, { error: 'must be at most 1000' }),
  }).optional(),
  cutoffs: z.strictObject({
    whole: cutoff,
    storyMean: cutoff,
    storySentence: cutoff,
    sentence: cutoff,
    storyMinWords: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).min(2, { error: 'must be at least 2' }),
  }),
  bias: z.number({ error: 'bias must be a number' }).refine(Number.isFinite, { error: 'bias must be a finite number' }),
  /** One feature and its weight a line, "feature weight": the last field, read line by line (loadSafetyModel). */
  weights: z.string({ error: 'weights must be a block of "feature weight" lines (weights: |)' }).min(1, { error: 'weights is empty' }),
  trained: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
  validation: z.array(z.strictObject({
    risk: count, caught: count, ordinary: count, alarms: count, patternAlarms: count, leftToLayer: count, caughtByLayer: count,
  } satisfies Record<keyof SafetyFoldFigures, z.ZodNumber>), { error: 'validation must be a list of folds (npm run train:safety writes it)' }).optional(),
});

/** The fingerprint of the training messages: a model learned from other messages is stale. */
export function safetyTrainingFingerprint(training: { risk: string[]; ordinary: string[] }): string {
  const h = createHash('sha256');
  for (const q of training.risk) h.update(`r\u0000${q}\u0001`);
  for (const q of training.ordinary) h.update(`o\u0000${q}\u0001`);
  return h.digest('hex').slice(0, 16);
}

const NUMBER = /^-?\d+(?:\.\d+)?(?:e[-+]?\d+)?$/;

/** The line that opens the weights block, the file's last field (npm run train:safety writes it so). */
const WEIGHTS_OPENING = /^weights: \|\r?\n/m;

/** The weights block, line by line (each indented two spaces); problems name the file line of each bad one. */
function readWeights(file: string, firstLine: number, block: string, problems: KnowledgeProblem[]): { features: string[]; weights: number[] } | undefined {
  const features: string[] = [];
  const weights: number[] = [];
  const seen = new Map<string, number>();
  const before = problems.length;
  const lines = block.split(/\r?\n/);
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  if (!lines.length) problems.push({ file, line: firstLine - 1, field: 'weights', message: 'weights is empty: run npm run train:safety', severity: 'error' });
  lines.forEach((line, i) => {
    if (problems.length - before >= 10) return;
    const at = (message: string) => problems.push({ file, line: firstLine + i, field: 'weights', message, severity: 'error' });
    if (!line.startsWith('  ')) return void at(`"${line.slice(0, 60)}" is not in the weights block: weights must be the last field, each line indented two spaces`);
    // Split by hand, not by a regular expression: this runs for every line at start-up.
    const space = line.indexOf(' ', 2);
    const feature = line.slice(2, space);
    const number = line.slice(space + 1);
    const w = Number(number);
    if (space < 3 || number.includes(' ') || !NUMBER.test(number)) return void at(`"${line.slice(2, 62)}" is not "feature weight" (one feature, one space, one number): run npm run train:safety`);
    if (!Number.isFinite(w)) return void at(`the weight of "${feature}" is not a finite number`);
    const again = seen.get(feature);
    if (again !== undefined) return void at(`"${feature}" is listed twice (also on line ${firstLine + again})`);
    seen.set(feature, i);
    features.push(feature);
    weights.push(w);
  });
  return problems.length > before ? undefined : { features, weights };
}

/**
 * Reads and validates knowledge/safety-model.yaml. The fields before the weights are read as YAML; the
 * weights block (tens of thousands of lines) is read line by line, several times faster than a YAML reader.
 * With safety-training.yaml present, the model must be there too (else the second layer would be silently
 * off); when the training messages have changed since it was learned, a warning says to run
 * npm run train:safety (test/safety.model.test.ts fails on it).
 */
export function loadSafetyModel(dir: string, training: { risk: string[]; ordinary: string[] } | undefined, problems: KnowledgeProblem[]): SafetyModelFile | undefined {
  const file = path.join(dir, SAFETY_MODEL_FILE);
  const shown = displayPath(file);
  if (!fs.existsSync(file)) {
    if (training) problems.push({ file: shown, message: `${SAFETY_TRAINING_FILE} is there but ${SAFETY_MODEL_FILE} is not: run npm run train:safety`, severity: 'error' });
    return undefined;
  }
  let src: string;
  try {
    src = fs.readFileSync(file, 'utf8');
  } catch (err) {
    problems.push({ file: shown, message: `could not read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, severity: 'error' });
    return undefined;
  }
  const open = WEIGHTS_OPENING.exec(src);
  const head = open ? src.slice(0, open.index) : src;
  const y = parseYamlText(shown, head, problems);
  if (!y) return undefined;
  const parsed = (open ? safetyModelFileSchema.omit({ weights: true }) : safetyModelFileSchema).safeParse(y.data ?? {});
  if (!parsed.success) {
    issuesToProblems(y, parsed.error.issues, problems);
    return undefined;
  }
  if (!open) {
    problems.push({ file: shown, line: y.lineOf(['weights']), field: 'weights', message: 'weights must be the last field, a block of "feature weight" lines opened by "weights: |": run npm run train:safety', severity: 'error' });
    return undefined;
  }
  const m = parsed.data;
  // The block's first line follows the "weights: |" line.
  const read = readWeights(shown, head.split('\n').length + 1, src.slice(open.index + open[0].length), problems);
  if (!read) return undefined;
  if (m.neighbours && !training) {
    problems.push({ file: shown, line: y.lineOf([], 'neighbours'), field: 'neighbours', message: `the model reads the nearest messages of ${SAFETY_TRAINING_FILE}, which is not there`, severity: 'error' });
  }
  if (training && safetyTrainingFingerprint(training) !== m.fingerprint) {
    problems.push({ file: shown, line: y.lineOf(['fingerprint']), field: 'fingerprint', message: `${SAFETY_TRAINING_FILE} has changed since the model was learned: run npm run train:safety`, severity: 'warning' });
  }
  return { ...read, bias: m.bias, charGrams: m.charGrams, idioms: m.idioms, cutoffs: { ...m.cutoffs }, fingerprint: m.fingerprint, ...(m.neighbours ? { neighbours: { ...m.neighbours } } : {}), ...(m.validation ? { validation: m.validation.map((f) => ({ ...f })) } : {}) };
}
