import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../src/knowledge';
import { loadKnowledgeWithSnapshot, snapshotKey } from '../src/knowledge/snapshot';
import type { Knowledge } from '../src/core/model';
import { entryYaml } from './helpers/entryYaml';

const TODAY = new Date('2026-11-23T12:00:00Z');
const DAY = 24 * 60 * 60 * 1000;
const tmpRoots: string[] = [];
afterAll(() => tmpRoots.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-snap-'));
  tmpRoots.push(dir);
  return dir;
}

/** A knowledge folder built from `files` (path → YAML text), and a snapshot file beside it (not yet written). */
function kb(files: Record<string, string>): { dir: string; snap: string } {
  const root = tempDir();
  const dir = path.join(root, 'knowledge');
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return { dir, snap: path.join(root, 'cache', 'knowledge.snapshot') };
}

const entry = (id: string, answer?: string, reviewed?: string) =>
  entryYaml(id, { ...(answer === undefined ? {} : { answer: `"${answer}"` }), ...(reviewed === undefined ? {} : { reviewed }) });

const MESSAGES = 'greeting: "Hello {name}"\n';
const SYNONYMS = 'synonyms:\n  - canonical: ehcp\n    variants: [education health and care plan]\nspellings:\n  colour: color\n';

/** The knowledge as data, lookups left out (they are functions), every lazily read part read. */
function plain(k: Knowledge): unknown {
  const { entry: _e, service: _s, text: _t, ...data } = k;
  return { ...data };
}

describe('the knowledge snapshot', () => {
  it('is written by a full load and then read instead, giving the same knowledge', () => {
    const { dir, snap } = kb({ 'entries/a.yaml': `entries:${entry('first-entry')}`, 'messages.yaml': MESSAGES, 'synonyms.yaml': SYNONYMS });
    const first = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(first.use).toBe('written');
    expect(first.reason).toBe('no snapshot');
    expect(fs.existsSync(snap)).toBe(true);
    const second = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(second.use).toBe('used');
    expect(plain(second.knowledge)).toEqual(plain(loadKnowledge(dir, { today: TODAY })));
    expect(second.knowledge.entry('first-entry')?.title).toBe('A plain title for first-entry');
    expect(second.knowledge.text('greeting', { name: 'Sam' })).toBe('Hello Sam');
    // Looked up by whatever word a parent types: still a table without a prototype.
    expect(Object.getPrototypeOf(second.knowledge.synonyms.spellings)).toBeNull();
    expect(second.knowledge.synonyms.spellings.constructor).toBeUndefined();
  });

  it('holds the real knowledge base whole: the safety model, the matcher training, every entry', () => {
    const real = path.join(__dirname, '..', 'knowledge');
    const snap = path.join(tempDir(), 'knowledge.snapshot');
    const full = loadKnowledgeWithSnapshot(real, snap);
    expect(full.use).toBe('written');
    const read = loadKnowledgeWithSnapshot(real, snap);
    expect(read.use).toBe('used');
    expect(isDeepStrictEqual(plain(read.knowledge), plain(full.knowledge))).toBe(true);
    expect(read.knowledge.safety.model?.features.length).toBeGreaterThan(0);
    expect(read.knowledge.safety.model?.features).toEqual(full.knowledge.safety.model?.features);
    expect(read.knowledge.matcherTraining?.length).toBe(full.knowledge.matcherTraining?.length);
  });

  it('is not used once a knowledge file is edited, even to the same length: the edit is what loads', () => {
    const { dir, snap } = kb({ 'entries/a.yaml': `entries:${entry('first-entry', 'Ask the school. They must reply.')}` });
    expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).use).toBe('written');
    const file = path.join(dir, 'entries', 'a.yaml');
    const before = fs.readFileSync(file, 'utf8');
    const after = before.replace('Ask the school.', 'Ask the pupils.');
    expect(after.length).toBe(before.length);
    const mtime = fs.statSync(file).mtime;
    fs.writeFileSync(file, after);
    fs.utimesSync(file, mtime, mtime); // same size, same time: only the bytes differ
    const edited = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(edited.use).toBe('written');
    expect(edited.reason).toBe('the knowledge or the code has changed');
    expect(edited.knowledge.entry('first-entry')?.answer).toBe('Ask the pupils. They must reply.');
    expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).knowledge.entry('first-entry')?.answer).toBe('Ask the pupils. They must reply.');
  });

  it('holds the safety patterns in full, and a changed fragment is never served from it', () => {
    const safety = (now: string) => `emergency: Call 999.\nfragments:\n  happening-now: "${now}"\n` +
      'categories:\n  - id: crisis\n    label: Crisis\n    patterns:\n      - "\\\\bhurt\\\\b.{0,20}\\\\b({{happening-now}})\\\\b"\n    message: Please get help.\n';
    const { dir, snap } = kb({ 'safety.yaml': safety('now|tonight') });
    expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).use).toBe('written');
    const read = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(read.use).toBe('used');
    expect(read.knowledge.safety.categories[0].patterns).toEqual(['\\bhurt\\b.{0,20}\\b(now|tonight)\\b']);
    // Only the fragment changes (to the same length): the pattern that uses it is read anew.
    fs.writeFileSync(path.join(dir, 'safety.yaml'), safety('now|todays'));
    const edited = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(edited).toMatchObject({ use: 'written', reason: 'the knowledge or the code has changed' });
    expect(edited.knowledge.safety.categories[0].patterns).toEqual(['\\bhurt\\b.{0,20}\\b(now|todays)\\b']);
    expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).knowledge.safety.categories[0].patterns).toEqual(['\\bhurt\\b.{0,20}\\b(now|todays)\\b']);
  });

  it('is not used when a file is added, removed or renamed', () => {
    const { dir, snap } = kb({ 'entries/a.yaml': `entries:${entry('first-entry')}` });
    loadKnowledgeWithSnapshot(dir, snap, TODAY);
    fs.writeFileSync(path.join(dir, 'entries', 'b.yaml'), `entries:${entry('second-entry')}`);
    const added = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(added.use).toBe('written');
    expect(added.knowledge.entry('second-entry')).toBeDefined();
    fs.renameSync(path.join(dir, 'entries', 'b.yaml'), path.join(dir, 'entries', 'c.yaml'));
    expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).use).toBe('written');
    fs.rmSync(path.join(dir, 'entries', 'c.yaml'));
    const removed = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(removed.use).toBe('written');
    expect(removed.knowledge.entry('second-entry')).toBeUndefined();
  });

  it('never stands in for a broken file: the start stops with its file, line and field', () => {
    const { dir, snap } = kb({ 'entries/a.yaml': `entries:${entry('first-entry')}` });
    expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).use).toBe('written');
    fs.writeFileSync(path.join(dir, 'entries', 'a.yaml'), `entries:${entry('first-entry')}`.replace('sources: [SEND Code of Practice 6.1]', 'sources: []'));
    let error: unknown;
    try {
      loadKnowledgeWithSnapshot(dir, snap, TODAY);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(KnowledgeError);
    expect((error as KnowledgeError).message).toMatch(/a\.yaml:12 entry "first-entry" › sources — every entry needs at least one source/);
    // Nor is the broken base written over the last good snapshot, nor read from it once put right.
    fs.writeFileSync(path.join(dir, 'entries', 'a.yaml'), `entries:${entry('first-entry')}`);
    expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).use).toBe('used');
  });

  it('falls back to a full load when the snapshot is corrupt, cut short or empty', () => {
    const { dir, snap } = kb({ 'entries/a.yaml': `entries:${entry('first-entry')}` });
    loadKnowledgeWithSnapshot(dir, snap, TODAY);
    const good = fs.readFileSync(snap);
    const corrupt = Buffer.from(good);
    for (let i = 16; i < corrupt.length; i += 7) corrupt[i] ^= 0x5a;
    for (const bytes of [corrupt, good.subarray(0, Math.floor(good.length / 2)), Buffer.alloc(0), Buffer.from('not a snapshot')]) {
      fs.writeFileSync(snap, bytes);
      const r = loadKnowledgeWithSnapshot(dir, snap, TODAY);
      expect(r.use).toBe('written');
      expect(r.knowledge.entry('first-entry')?.title).toBe('A plain title for first-entry');
      expect(loadKnowledgeWithSnapshot(dir, snap, TODAY).use).toBe('used');
    }
  });

  it('holds only while the date checks would find the same: a review turning stale, or a clock set back', () => {
    // Reviewed 2026-01-10: stale (a warning) from 365 days later, 2027-01-10.
    const { dir, snap } = kb({ 'entries/a.yaml': `entries:${entry('first-entry', undefined, '2026-01-10')}` });
    const written = loadKnowledgeWithSnapshot(dir, snap, TODAY);
    expect(written.knowledge.warnings).toEqual([]);
    expect(loadKnowledgeWithSnapshot(dir, snap, new Date(TODAY.getTime() + 30 * DAY)).use).toBe('used');
    const later = loadKnowledgeWithSnapshot(dir, snap, new Date('2027-01-12T00:00:00Z'));
    expect(later.use).toBe('written');
    expect(later.reason).toBe('the date checks may find something else today');
    expect(later.knowledge.warnings).toEqual([expect.objectContaining({ field: 'entry "first-entry" › reviewed', severity: 'warning' })]);
    // Written on 2027-01-12; a day before that, the check might find something else again.
    expect(loadKnowledgeWithSnapshot(dir, snap, new Date('2027-01-11T00:00:00Z')).use).toBe('written');
  });

  it('is keyed by the code that reads the files as well as by the files', () => {
    const { dir } = kb({ 'entries/a.yaml': `entries:${entry('first-entry')}` });
    expect(snapshotKey(dir, 'code one')).toBe(snapshotKey(dir, 'code one'));
    expect(snapshotKey(dir, 'code one')).not.toBe(snapshotKey(dir, 'code two'));
  });
});
