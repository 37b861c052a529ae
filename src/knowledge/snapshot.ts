import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { PACKAGE_VERSION, PROJECT_ROOT } from '../projectRoot';
import type { Knowledge } from '../core/model';
import { checkKnowledge } from './index';
import { withLookups, type KnowledgeData } from './lookups';
import { KnowledgeError } from './problems';
import { checksHoldUntil } from './dateChecks';

/**
 * The validated knowledge kept as a snapshot, so that a start with the same knowledge/ files and the same code
 * reads the result of the validation instead of doing it again. A snapshot is the Knowledge that
 * loadKnowledge built from exactly the bytes its key was made from: the key is a hash of every file under
 * knowledge/ (its path and its bytes) and of the code that reads them (src/knowledge and src/core, the package
 * version and package-lock.json). A snapshot is used only when its key is the key of the files as they are now,
 * and only while the date checks (stale reviews, dates in the future) would still find what they found; anything
 * else (no snapshot, another key, another day's findings, a file that does not read) is a full load, which
 * writes a new snapshot when the knowledge is sound. A knowledge base with errors is never written, so a broken
 * file always stops start-up with its file, line and field.
 */

/** Set by the build (scripts/build.js) in dist/bundle.js, where the sources of the code are not beside it. */
declare const __SIGNPOST_CODE_VERSION__: string | undefined;

const FORMAT = 1;

interface Snapshot {
  format: number;
  key: string;
  /** When the knowledge was validated, and the last moment the date checks still hold (ms since 1970). */
  checkedAt: number;
  holdsUntil: number;
  /** The knowledge but for the parts below, kept in forms that read back quicker. */
  data: KnowledgeData;
  /** The safety model's features, one a line, and its weights. */
  features?: string;
  weights?: Float64Array;
  /** knowledge.matcherTraining on its own, read when the matcher first asks for it (after listening). */
  matcherTraining?: Uint8Array;
}

export type SnapshotUse =
  /** Read from the snapshot. */
  | 'used'
  /** Loaded in full; the snapshot was written (or rewritten). */
  | 'written'
  /** Loaded in full; no snapshot could be written (a read-only folder). */
  | 'unwritten';

export interface SnapshotLoad { knowledge: Knowledge; use: SnapshotUse; /** Why the snapshot was not used. */ reason?: string }

function hashFiles(hash: crypto.Hash, root: string, dir: string): void {
  let names: fs.Dirent[];
  try {
    names = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const d of names.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, d.name);
    if (d.isDirectory()) {
      hashFiles(hash, root, full);
    } else if (d.isFile()) {
      const bytes = fs.readFileSync(full);
      hash.update(`${path.relative(root, full).split(path.sep).join('/')}\0${bytes.length}\0`);
      hash.update(bytes);
    }
  }
}

let codeVersionOfThisCode: string | undefined;

/**
 * The code that turns knowledge/ into a Knowledge: the sources (or tsc's output) of src/knowledge and src/core
 * beside this file, the package version and the locked package versions (js-yaml, zod, …). The bundle carries
 * the figure the build worked out from tsc's output (scripts/build.js).
 */
export function codeVersion(): string {
  if (typeof __SIGNPOST_CODE_VERSION__ === 'string') return __SIGNPOST_CODE_VERSION__;
  if (codeVersionOfThisCode) return codeVersionOfThisCode;
  const hash = crypto.createHash('sha256');
  hash.update(`${PACKAGE_VERSION}\0`);
  try {
    hash.update(fs.readFileSync(path.join(PROJECT_ROOT, 'package-lock.json')));
  } catch {
    hash.update('no lock file');
  }
  const src = path.join(__dirname, '..');
  hashFiles(hash, src, path.join(src, 'core'));
  hashFiles(hash, src, path.join(src, 'knowledge'));
  return (codeVersionOfThisCode = hash.digest('hex'));
}

/** The key of the knowledge/ files as they are now, read with this code. */
export function snapshotKey(dir: string, code: string = codeVersion()): string {
  const hash = crypto.createHash('sha256');
  hash.update(`format ${FORMAT}\0code ${code}\0`);
  hashFiles(hash, dir, dir);
  return hash.digest('hex');
}

/**
 * Where a start keeps its snapshot when none is named: beside the bundle (dist/, written by npm run build), or
 * in node_modules/.cache (which git ignores) under a name made from the folder of this code (src/ under tsx, or
 * tsc's output), as one node_modules may serve several copies of the project and each way of running it has
 * its own code figure.
 */
export function defaultSnapshotFile(): string {
  if (typeof __SIGNPOST_CODE_VERSION__ === 'string') return path.join(__dirname, 'knowledge.snapshot');
  const code = crypto.createHash('sha256').update(__dirname).digest('hex').slice(0, 16);
  return path.join(PROJECT_ROOT, 'node_modules', '.cache', 'send-signpost', `knowledge-${code}.snapshot`);
}

function readSnapshot(file: string, key: string, now: number): { snapshot?: Snapshot; reason?: string } {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch {
    return { reason: 'no snapshot' };
  }
  let snapshot: Snapshot;
  try {
    snapshot = v8.deserialize(bytes) as Snapshot;
  } catch {
    return { reason: 'the snapshot does not read' };
  }
  if (!snapshot || typeof snapshot !== 'object' || snapshot.format !== FORMAT || !snapshot.data) return { reason: 'the snapshot does not read' };
  if (snapshot.key !== key) return { reason: 'the knowledge or the code has changed' };
  if (!(now >= snapshot.checkedAt && now <= snapshot.holdsUntil)) return { reason: 'the date checks may find something else today' };
  return { snapshot };
}

/** The knowledge as it was written, with what the copy loses put back (a prototype-free table stays prototype-free). */
function restored(snapshot: Snapshot): KnowledgeData {
  const { data } = snapshot;
  const safety = { ...data.safety };
  if (safety.model && snapshot.features !== undefined && snapshot.weights) {
    const packed = snapshot.weights;
    const weights = new Array<number>(packed.length);
    for (let i = 0; i < packed.length; i++) weights[i] = packed[i]; // a plain loop: several times Array.from's speed here
    safety.model = { ...safety.model, features: snapshot.features.split('\n'), weights };
  }
  const knowledge: KnowledgeData = {
    ...data,
    safety,
    synonyms: { ...data.synonyms, spellings: Object.assign(Object.create(null) as Record<string, string>, data.synonyms.spellings) },
  };
  let training = snapshot.matcherTraining;
  if (training) {
    let value: KnowledgeData['matcherTraining'];
    Object.defineProperty(knowledge, 'matcherTraining', {
      enumerable: true,
      configurable: true,
      get: () => {
        if (training) {
          value = v8.deserialize(training) as KnowledgeData['matcherTraining'];
          training = undefined; // the bytes are let go once read
        }
        return value;
      },
    });
  }
  return knowledge;
}

/** Writes the snapshot beside its final name and renames it there, so a reader never sees half a file. */
export function writeSnapshot(file: string, key: string, knowledge: Knowledge, checkedAt: number): boolean {
  const { entry: _entry, service: _service, text: _text, matcherTraining, ...rest } = knowledge;
  const model = rest.safety.model;
  const packed = model !== undefined && model.features.every((f) => !f.includes('\n'));
  const data: KnowledgeData = packed ? { ...rest, safety: { ...rest.safety, model: { ...model, features: [], weights: [] } } } : rest;
  const holdsUntil = checksHoldUntil([...data.entries.map((e) => e.reviewed), ...data.services.map((s) => s.reviewed)], new Date(checkedAt));
  const snapshot: Snapshot = {
    format: FORMAT, key, checkedAt, holdsUntil, data,
    features: packed ? model.features.join('\n') : undefined,
    weights: packed ? Float64Array.from(model.weights) : undefined,
    matcherTraining: matcherTraining ? v8.serialize(matcherTraining) : undefined,
  };
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(temp, v8.serialize(snapshot));
    fs.renameSync(temp, file);
    return true;
  } catch {
    fs.rmSync(temp, { force: true });
    return false;
  }
}

/**
 * loadKnowledge, from the snapshot when it holds the result for these files and this code. Throws a
 * KnowledgeError, as loadKnowledge does, when the files have errors.
 */
export function loadKnowledgeWithSnapshot(dir: string, file: string = defaultSnapshotFile(), now: Date = new Date()): SnapshotLoad {
  const key = snapshotKey(dir);
  const found = readSnapshot(file, key, now.getTime());
  if (found.snapshot) return { knowledge: withLookups(restored(found.snapshot)), use: 'used' };
  const result = checkKnowledge(dir, { today: now });
  if (!result.knowledge) throw new KnowledgeError(result.problems);
  // A file saved while it was being read: the result may be neither the old bytes' nor the new ones'.
  const written = snapshotKey(dir) === key && writeSnapshot(file, key, result.knowledge, now.getTime());
  return { knowledge: result.knowledge, use: written ? 'written' : 'unwritten', reason: found.reason };
}
