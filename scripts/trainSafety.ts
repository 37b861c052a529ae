/**
 * npm run train:safety [-- --dry-run]
 *
 * Learns the safety screen's second layer (src/core/safetyModel.ts) from knowledge/safety-training.yaml and
 * the entries' questions (ordinary messages), and writes knowledge/safety-model.yaml: the features and their
 * weights, the cut-offs, and the fingerprint of the training messages. Start-up reads the file and never
 * trains. test/safety.model.test.ts fails when the committed model no longer matches what this script learns.
 */
import fs from 'node:fs';
import path from 'node:path';
import { defaultKnowledgeDir, loadKnowledge } from '../src/knowledge';
import { SAFETY_MODEL_FILE, safetyTrainingFingerprint } from '../src/knowledge/safetyModelFile';
import { SAFETY_CUTOFFS, SAFETY_MODEL_OPTIONS, safetyTrainingSet } from '../src/core/safety';
import { learnSafetyWeights, type SafetyCutoffs, type SafetyWeights } from '../src/core/safetyModel';
import type { Knowledge } from '../src/core/model';

/** Six decimals: far finer than any decision needs (the committed model decides as the unrounded one does). */
export const weightText = (w: number) => {
  const t = w.toFixed(6).replace(/\.?0+$/, '');
  return t === '-0' || t === '' ? '0' : t;
};

/** The file's text: a few fields, then one "feature weight" line per feature. */
export function safetyModelYaml(learned: SafetyWeights, cutoffs: SafetyCutoffs, fingerprint: string, trained: Record<string, string | number | boolean>, notes: string[] = []): string {
  return [
    '# The safety screen\'s second layer (src/core/safetyModel.ts). Written by npm run train:safety from',
    '# knowledge/safety-training.yaml and the entries\' questions; do not edit by hand. Start-up reads it and never trains.',
    ...notes.map((n) => `# ${n}`),
    `fingerprint: "${fingerprint}"`,
    `charGrams: ${learned.charGrams}`,
    `idioms: ${learned.idioms}`,
    'cutoffs:',
    ...Object.entries(cutoffs).map(([k, v]) => `  ${k}: ${v}`),
    'trained:',
    ...Object.entries(trained).map(([k, v]) => `  ${k}: ${typeof v === 'string' ? JSON.stringify(v) : v}`),
    `bias: ${weightText(learned.bias)}`,
    'weights: |',
    ...learned.features.map((f, i) => `  ${f} ${weightText(learned.weights[i])}`),
    '',
  ].join('\n');
}

/** Learns the weights from this knowledge with the bot's options. */
export function learnFrom(knowledge: Knowledge, options = SAFETY_MODEL_OPTIONS): SafetyWeights {
  return learnSafetyWeights(safetyTrainingSet(knowledge), { ...options, spellings: knowledge.synonyms.spellings });
}

if (require.main === module) {
  const dryRun = process.argv.includes('--dry-run');
  const knowledge = loadKnowledge(undefined, { safetyModel: false });
  const t = knowledge.safety.training;
  if (!t) {
    console.error('No knowledge/safety-training.yaml.');
    process.exit(1);
  }
  const t0 = performance.now();
  const learned = learnFrom(knowledge);
  console.log(`${t.risk.length} risk and ${t.ordinary.length} ordinary messages (and ${safetyTrainingSet(knowledge).ordinary.length - t.ordinary.length} entry questions): ` +
    `${learned.features.length} features, learned in ${Math.round(performance.now() - t0)} ms`);
  const cutoffs = SAFETY_CUTOFFS;
  const yaml = safetyModelYaml(learned, cutoffs, safetyTrainingFingerprint(t), { risk: t.risk.length, ordinary: t.ordinary.length, ...SAFETY_MODEL_OPTIONS });
  const out = path.join(defaultKnowledgeDir(), SAFETY_MODEL_FILE);
  if (dryRun) console.log(`(dry run: ${out} left as it is)`);
  else {
    fs.writeFileSync(out, yaml);
    console.log(`wrote ${path.relative(process.cwd(), out)} (${Math.round(yaml.length / 1024)} KB)`);
  }
}
