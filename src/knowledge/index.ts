import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../projectRoot';
import { withLookups } from './lookups';
import { DIALOGS_DIR, ENTRIES_DIR, KNOWLEDGE_FILES } from './files';
import { KnowledgeError } from './problems';
import type { Entry, GlossaryTerm, Knowledge, KnowledgeProblem, SafetyConfig, Service, Synonyms } from '../core/model';
import type { DeadlinesFile } from '../core/deadlineRules';
import type { LettersFile } from '../core/letters';
import { letterTriggerProblems } from './lettersSchema';
import { entriesFileSchema, type EntriesFile, type GlossaryFile, type PlacesFile, type SafetyFile, type SafetyTrainingFile, type ServicesFile, type SynonymsFile } from './schemas';
import { simplify } from '../core/text';
import type { Places } from '../core/places';
import { fieldInWords, issuesToProblems, readYamlFile, type YamlFile } from './yamlFile';
import { runChecks, type Located } from './validate';
import { loadMatcherParts } from './matcherTraining';
import { loadSafetyModel } from './safetyModelFile';
import { expandFragments } from './safetyFragments';

export { KnowledgeError, formatProblems } from './problems';
export { withLookups, type KnowledgeData } from './lookups';

export interface LoadOptions {
  strict?: boolean; today?: Date;
  /** false: leave knowledge/matcher-model.yaml unread (npm run train:matcher, which writes it anew). */
  matcherModel?: boolean;
  /** false: leave knowledge/safety-model.yaml unread (npm run train:safety, which writes it anew). */
  safetyModel?: boolean;
  /** Filled with the milliseconds each stage took (npm run bench prints them). */
  timings?: LoadTimings;
}

/** Where loading the knowledge spends its time, in milliseconds. */
export interface LoadTimings {
  /** Reading and parsing the YAML files (all but the matcher's training files). */
  parse: number;
  /** The schemas (zod), file by file. */
  schemas: number;
  /** The matcher's training messages and model: read, parsed and checked. */
  matcherFiles: number;
  /** The checks across fields and files: ids, sources, dates, readability, one-word questions. */
  checks: number;
  /** Everything else: building the entries, services and places from the files. */
  other: number;
}

export function emptyTimings(): LoadTimings {
  return { parse: 0, schemas: 0, matcherFiles: 0, checks: 0, other: 0 };
}

/** `knowledge/` next to the project's package.json (works from src/ under tsx and from dist/). */
export function defaultKnowledgeDir(): string {
  if (process.env.KNOWLEDGE_DIR) return path.resolve(process.env.KNOWLEDGE_DIR);
  return path.join(PROJECT_ROOT, 'knowledge');
}

export interface CheckResult { knowledge?: Knowledge; problems: KnowledgeProblem[] }

/**
 * Reads and validates everything under `dir`. Returns all problems (errors and warnings);
 * `knowledge` is only set when there are no errors, so nothing ever half-loads.
 */
export function checkKnowledge(dir: string = defaultKnowledgeDir(), options: LoadOptions = {}): CheckResult {
  const started = performance.now();
  const timings = options.timings ?? emptyTimings();
  const stagesBefore = timings.parse + timings.schemas + timings.matcherFiles + timings.checks;
  const timed = <T>(stage: Exclude<keyof LoadTimings, 'other'>, fn: () => T): T => {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      timings[stage] += performance.now() - t0;
    }
  };
  const result = checkKnowledgeTimed(dir, options, timed);
  timings.other += performance.now() - started - (timings.parse + timings.schemas + timings.matcherFiles + timings.checks - stagesBefore);
  return result;
}

type Timed = <T>(stage: Exclude<keyof LoadTimings, 'other'>, fn: () => T) => T;

function checkKnowledgeTimed(dir: string, options: LoadOptions, timed: Timed): CheckResult {
  const problems: KnowledgeProblem[] = [];
  const rel = (p: string) => path.join(dir, p);

  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    problems.push({ file: dir, message: 'the knowledge folder does not exist', severity: 'error' });
    return { problems };
  }

  function readValidated<S extends z.ZodType>(file: string, schema: S): { y: YamlFile; data: z.infer<S> } | undefined {
    const y = timed('parse', () => readYamlFile(file, problems));
    if (!y) return undefined;
    const parsed = timed('schemas', () => schema.safeParse(y.data ?? {}));
    if (!parsed.success) {
      issuesToProblems(y, parsed.error.issues, problems);
      return undefined;
    }
    return { y, data: parsed.data as z.infer<S> };
  }

  const optionalFile = <S extends z.ZodType>(spec: { path: string; schema: S }) =>
    fs.existsSync(rel(spec.path)) ? readValidated(rel(spec.path), spec.schema) : undefined;

  // Entries: every knowledge/entries/*.yaml file.
  const entries: Array<Located<Entry>> = [];
  const entriesDir = rel(ENTRIES_DIR);
  if (fs.existsSync(entriesDir)) {
    for (const name of yamlFilesIn(entriesDir)) {
      const r = readValidated(path.join(entriesDir, name), entriesFileSchema);
      if (!r) continue;
      const data = r.data as EntriesFile;
      (data.entries ?? []).forEach((e, i) => {
        entries.push({
          value: {
            id: e.id,
            title: e.title.trim(),
            questions: e.questions.map((q) => q.trim()),
            answer: e.answer.trim(),
            topics: e.topics.map((t) => t.trim()),
            region: e.region,
            sources: e.sources.map((s) => (typeof s === 'string' ? { citation: s.trim() } : { title: s.title.trim(), url: s.url, checked: s.checked })),
            reviewed: e.reviewed,
            followUps: e.followUps ?? [],
            services: e.services ?? [],
            file: path.posix.join(ENTRIES_DIR, name),
          },
          y: r.y,
          at: ['entries', i],
          where: fieldInWords(r.y.data, ['entries', i]),
        });
      });
    }
  }

  const g = optionalFile(KNOWLEDGE_FILES.glossary);
  const glossary: Array<Located<GlossaryTerm>> = ((g?.data as GlossaryFile | undefined)?.glossary ?? []).map((t, i) => ({
    value: { term: t.term.trim(), standsFor: t.stands_for?.trim(), meaning: t.meaning.trim(), also: (t.also ?? []).map((a) => a.trim()) },
    y: g!.y,
    at: ['glossary', i],
    where: fieldInWords(g!.y.data, ['glossary', i]),
  }));

  const syn = optionalFile(KNOWLEDGE_FILES.synonyms);
  const synData = syn?.data as SynonymsFile | undefined;
  const synonyms: Synonyms = {
    groups: (synData?.synonyms ?? []).map((s) => ({ canonical: s.canonical.trim().toLowerCase(), variants: s.variants.map((v) => v.trim().toLowerCase()) })),
    // No prototype: looked up by whatever word a parent types, "constructor" must find nothing.
    spellings: Object.assign(Object.create(null) as Record<string, string>,
      Object.fromEntries(Object.entries(synData?.spellings ?? {}).map(([k, v]) => [k.trim().toLowerCase(), v.trim().toLowerCase()]))),
  };

  const s = optionalFile(KNOWLEDGE_FILES.services);
  const services: Array<Located<Service>> = ((s?.data as ServicesFile | undefined)?.services ?? []).map((sv, i) => ({
    value: {
      id: sv.id, name: sv.name.trim(), what: sv.what.trim(), who: sv.who.trim(), area: sv.area, alsoCovers: sv.also_covers ?? [],
      helpsWith: sv.helps_with ?? [],
      contacts: (sv.contacts ?? []).map((c) => ({ kind: c.kind, value: c.value.trim(), label: c.label, hours: c.hours, source: c.source })),
      reviewed: sv.reviewed,
    },
    y: s!.y,
    at: ['services', i],
    where: fieldInWords(s!.y.data, ['services', i]),
  }));

  const sf = optionalFile(KNOWLEDGE_FILES.safety);
  const safetyData = sf?.data as SafetyFile | undefined;
  // {{name}} references to the file's fragments are filled in here, so everything after sees the patterns in full.
  const expanded = expandFragments(safetyData?.fragments, safetyData?.categories ?? []);
  for (const f of expanded.problems) problems.push({ file: sf!.y.file, line: sf!.y.lineOf(f.at), field: fieldInWords(sf!.y.data, f.at), message: f.message, severity: 'error' });
  const safety: SafetyConfig = {
    emergency: safetyData?.emergency.trim() ?? '',
    categories: (safetyData?.categories ?? []).map((c, ci) => ({ id: c.id, label: c.label.trim(), patterns: expanded.patterns[ci], message: c.message.trim(), services: c.services ?? [] })),
    checkInServices: safetyData?.check_in_services ?? [],
  };
  const stf = optionalFile(KNOWLEDGE_FILES.safetyTraining);
  const trainingData = stf?.data as SafetyTrainingFile | undefined;
  if (trainingData) safety.training = { risk: trainingData.risk, ordinary: trainingData.ordinary };
  if (options.safetyModel !== false) safety.model = loadSafetyModel(dir, safety.training, problems);

  const m = optionalFile(KNOWLEDGE_FILES.messages);
  const messages = (m?.data ?? {}) as Record<string, string>;

  const dialogText: Record<string, Record<string, string>> = {};
  const dialogsDir = rel(DIALOGS_DIR);
  if (fs.existsSync(dialogsDir)) {
    for (const name of yamlFilesIn(dialogsDir)) {
      const r = readValidated(path.join(dialogsDir, name), KNOWLEDGE_FILES.messages.schema);
      if (r) dialogText[name.replace(/\.ya?ml$/, '')] = { ...(r.data as Record<string, string>) };
    }
  }

  const d = optionalFile(KNOWLEDGE_FILES.deadlines);
  const deadlines = d?.data as DeadlinesFile | undefined;
  const l = optionalFile(KNOWLEDGE_FILES.letters);
  const letters = l?.data as LettersFile | undefined;
  if (l && letters) {
    for (const problem of letterTriggerProblems(letters, deadlines)) {
      problems.push({ file: l.y.file, line: l.y.lineOf(problem.path), field: fieldInWords(l.y.data, problem.path), message: problem.message, severity: 'error' });
    }
  }

  const pl = optionalFile(KNOWLEDGE_FILES.places);
  const placesData = pl?.data as PlacesFile | undefined;
  let places: Places | undefined;
  if (placesData) {
    places = { names: {}, postcodes: placesData.postcodes, elsewhere: [], counterparts: {} };
    for (const area of ['dorset', 'bcp'] as const) {
      for (const name of placesData.places[area]) {
        const key = simplify(name);
        const other = places.names[key];
        if (other && other !== area) problems.push({ file: 'places.yaml', field: `places.${area}`, message: `"${name}" is listed under both dorset and bcp`, severity: 'error' });
        places.names[key] = area;
      }
    }
    for (const name of placesData.elsewhere ?? []) {
      const key = simplify(name);
      if (places.names[key]) problems.push({ file: 'places.yaml', field: 'elsewhere', message: `"${name}" is listed under ${places.names[key]} and elsewhere`, severity: 'error' });
      else places.elsewhere.push(key);
    }
    // An answer written for one council and its counterpart for the other: both must exist and be written
    // for the council they are listed under. An id in several pairs takes its first pair's counterpart.
    const regionOf = new Map(entries.map((e) => [e.value.id, e.value.region]));
    (placesData.counterparts ?? []).forEach((pair, i) => {
      let ok = true;
      for (const area of ['dorset', 'bcp'] as const) {
        const region = regionOf.get(pair[area]);
        const message = region === undefined ? `"${pair[area]}" is not an entry id` : region !== area ? `"${pair[area]}" is written for ${region}, not ${area}` : undefined;
        if (message) {
          ok = false;
          problems.push({ file: KNOWLEDGE_FILES.places.path, line: pl!.y.lineOf(['counterparts', i, area]), field: `counterparts › item ${i + 1} › ${area}`, message, severity: 'error' });
        }
      }
      if (!ok || !places) return;
      places.counterparts[pair.dorset] ??= pair.bcp;
      places.counterparts[pair.bcp] ??= pair.dorset;
    });
  }

  const matcherParts = timed('matcherFiles', () => loadMatcherParts(dir, new Set(entries.map((e) => e.value.id)), problems, options.matcherModel !== false));

  timed('checks', () => runChecks({
    entries, glossary, services, synonyms, safety, safetyFile: sf?.y, unexpandedPatterns: expanded.unexpanded,
    today: options.today ?? new Date(),
    strict: options.strict ?? false,
  }, problems));

  if (problems.some((p) => p.severity === 'error')) return { problems };

  const knowledge = withLookups({
    entries: entries.map((e) => e.value),
    glossary: glossary.map((x) => x.value),
    services: services.map((x) => x.value),
    synonyms,
    safety,
    messages,
    dialogText,
    deadlines,
    letters,
    places,
    matcherModel: matcherParts.model,
    matcherTraining: matcherParts.training,
    warnings: problems.filter((p) => p.severity === 'warning'),
  });
  return { knowledge, problems };
}

/**
 * Loads the knowledge base once at start-up. Throws a KnowledgeError listing every problem
 * (file, line, field) if anything is wrong; warnings are kept on `knowledge.warnings`.
 */
export function loadKnowledge(dir?: string, options: LoadOptions = {}): Knowledge {
  const result = checkKnowledge(dir ?? defaultKnowledgeDir(), options);
  if (!result.knowledge) throw new KnowledgeError(result.problems);
  return result.knowledge;
}

function yamlFilesIn(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => /\.ya?ml$/.test(n) && !n.startsWith('.')).sort();
}
