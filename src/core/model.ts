import type { Places } from './places';
import type { DeadlinesFile } from './deadlineRules';
import type { LettersFile } from './letters';
import type { Wording } from './wording';
import type { RerankModel } from './rerank';

/**
 * The domain model: what the knowledge base holds once it is loaded and validated (src/knowledge reads
 * the YAML into these shapes). Everything else reads these types, never the YAML.
 */

/** Where an entry or service applies: all of England, or one council area. */
export const REGIONS = ['england', 'dorset', 'bcp'] as const;
export type Region = (typeof REGIONS)[number];
/** A council area the bot can name services for. */
export type Area = Exclude<Region, 'england'>;

/** A problem found in the knowledge files, named by file, line and field. */
export interface KnowledgeProblem {
  file: string;
  line?: number;
  field?: string;
  message: string;
  severity: 'error' | 'warning';
}

export interface Source { citation?: string; title?: string; url?: string; checked?: string }
export interface Entry {
  id: string; title: string; questions: string[]; answer: string; topics: string[];
  region: Region; sources: Source[]; reviewed: string;
  followUps: string[]; services: string[]; file: string;
}
export interface GlossaryTerm { term: string; standsFor?: string; meaning: string; also: string[] }
export interface Contact { kind: string; value: string; label?: string; hours?: string; source: { title: string; url: string; checked?: string } }
export interface Service {
  id: string; name: string; what: string; who: string; area: Region;
  /** Other council areas it serves too (an NHS Dorset service also serves BCP families). */
  alsoCovers: Area[];
  helpsWith: string[]; contacts: Contact[]; reviewed: string;
}
export interface SynonymGroup { canonical: string; variants: string[] }
export interface Synonyms {
  /** Each variant is rewritten to its canonical phrase before matching. */
  groups: SynonymGroup[];
  /** British/American spellings and common typos → the spelling used in the knowledge (lower-case). */
  spellings: Record<string, string>;
}
export interface SafetyCategory { id: string; label: string; patterns: string[]; message: string; services: string[] }
export interface SafetyConfig {
  emergency: string;
  categories: SafetyCategory[];
  /** Services shown with the check-in when only the second layer sees a risk. */
  checkInServices?: string[];
  /** Labelled messages the second layer learns from (knowledge/safety-training.yaml). */
  training?: { risk: string[]; ordinary: string[] };
  /** The second layer as learned by npm run train:safety (knowledge/safety-model.yaml); absent → patterns alone. */
  model?: SafetyModelFile;
}

/** The second layer's cut-offs (src/core/safety.ts secondLayerScore), chosen with the weights by npm run train:safety. */
export interface SafetyCutoffs {
  /** The whole text, and the scale every other path is moved onto. */
  whole: number;
  /** A story: the mean of the whole text and its riskiest sentence. */
  storyMean: number;
  /** A story: its riskiest sentence alone. */
  storySentence: number;
  /** A shorter message of several sentences: its riskiest sentence. */
  sentence: number;
  /** From this many words, a message of several sentences is a story. */
  storyMinWords: number;
}

/**
 * A learned second layer as plain data: what knowledge/safety-model.yaml holds and start-up reads.
 * `features[i]` has weight `weights[i]`; how the text is read into features (letter grams, idioms) is
 * part of the model, since the weights only mean something with the same features.
 */
export interface SafetyWeights {
  features: string[];
  weights: number[];
  bias: number;
  charGrams: number;
  idioms: boolean;
  /** With the nearest training messages (src/core/safetyNeighbours.ts): how many of each kind, and their weight. */
  neighbours?: SafetyNeighbourOptions;
}

export interface SafetyNeighbourOptions { count: number; weight: number }

/** knowledge/safety-model.yaml: the learned weights, the cut-offs chosen with them, and what they were learned from. */
export interface SafetyModelFile extends SafetyWeights {
  cutoffs: SafetyCutoffs;
  /** The fingerprint of safety-training.yaml's messages the weights were learned from. */
  fingerprint: string;
  /** The cross-validation npm run train:safety ran, fold by fold, at these cut-offs (the tests check one fold again). */
  validation?: SafetyFoldFigures[];
}

/** One fold of the cross-validation on safety-training.yaml (whole batches left out), read at the chosen cut-offs. */
export interface SafetyFoldFigures {
  risk: number; caught: number;
  ordinary: number; alarms: number;
  /** The left-out ordinary messages a pattern flags (part of `alarms`). */
  patternAlarms: number;
  /** The left-out risk messages no pattern flags, and those of them the second layer catches. */
  leftToLayer: number; caughtByLayer: number;
}

/** One labelled message: the entries that answer it, or that no entry does (unanswered) or it is not about SEND. */
export interface MatcherTrainingMessage { q: string; expect: string[] | 'unanswered' | 'out-of-scope'; file: string; /** The public thread it was written from. */ from?: string }

export interface Knowledge {
  entries: Entry[];
  glossary: GlossaryTerm[];
  services: Service[];
  synonyms: Synonyms;
  safety: SafetyConfig;
  messages: Record<string, string>;
  dialogText: Record<string, Record<string, string>>;
  /** Towns, villages and postcode areas by council (knowledge/places.yaml); absent when the file is missing. */
  places?: Places;
  /** Absent when knowledge/deadlines.yaml is missing: the deadlines journey then says it is unavailable. */
  deadlines?: DeadlinesFile;
  /** Next-step letters (knowledge/letters.yaml); absent → none are offered. */
  letters?: LettersFile;
  /** The matcher's re-ranking model for long messages (knowledge/matcher-model.yaml); absent → thresholds alone. */
  matcherModel?: RerankModel;
  /** Labelled long messages the re-ranking model learns from (knowledge/matcher-training/*.yaml). */
  matcherTraining?: MatcherTrainingMessage[];
  warnings: KnowledgeProblem[];
  entry(id: string): Entry | undefined;
  service(id: string): Service | undefined;
  /** messages.yaml by key, {placeholders} filled in (src/core/wording.ts). */
  text: Wording;
}
