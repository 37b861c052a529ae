import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createInsights, createFileRecorder, readInsights, readInsightsConfig, sweepInsights } from '../src/insights';
import { createSinkRecorder, MAX_PENDING_RECORDS } from '../src/insights/store';
import { readConfig } from '../src/config';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'insights-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const at = (iso: string) => () => new Date(iso);

/** Personal details a parent might type, and the pieces that must never reach the store. */
const personal = [
  { text: 'My son Jack Smith is 9 and has no school place', gone: ['Jack', 'Smith'] },
  { text: "I'm Sarah, can you email me at sarah.jones@example.co.uk about respite", gone: ['Sarah', 'sarah.jones@example.co.uk', 'example.co.uk'] },
  { text: 'ring me on 07700 900123 or 01305 221000 about the swimming lessons', gone: ['07700 900123', '900123', '01305 221000'] },
  { text: 'we live in DT1 1XJ, is there a sensory room near us', gone: ['DT1 1XJ', 'DT1'] },
  { text: 'she was born 03/04/2015, can she start school a year late', gone: ['03/04/2015'] },
  { text: 'date of birth 14th March 2016, can he defer reception', gone: ['14th March 2016', 'March 2016'] },
];

describe('insights store', () => {
  it('keeps no-answer questions only after redaction: names, emails, UK phones, postcodes and dates of birth are gone', async () => {
    const dir = tempDir();
    const recorder = createFileRecorder({ dir, retentionDays: 30, now: at('2026-11-23T14:37:12Z') });
    for (const p of personal) recorder.record({ outcome: 'noAnswer', channelId: 'webchat', question: p.text });
    await recorder.flush();
    const raw = readFileSync(path.join(dir, 'insights-2026-11-23.jsonl'), 'utf8');
    for (const p of personal) for (const piece of p.gone) expect(raw, p.text).not.toContain(piece);
    const { records } = await readInsights(dir);
    expect(records).toHaveLength(personal.length);
    // What is left is still useful to an editor.
    expect(records[0].question).toContain('no school place');
    expect(records[2].question).toContain('swimming lessons');
    expect(raw).toMatch(/\[(email|phone|postcode|date|name)\]/);
  });

  it('keeps the outcome but never the words of answered, did-you-mean and safety turns; time only to the hour; no ids', async () => {
    const dir = tempDir();
    const recorder = createFileRecorder({ dir, retentionDays: 30, now: at('2026-11-23T09:59:59Z') });
    recorder.record({ outcome: 'answer', channelId: 'msteams', entryId: 'senco-role', question: 'who is the senco for Jack' });
    recorder.record({ outcome: 'didYouMean', channelId: 'webchat', options: ['a', 'b'], question: 'Jack' });
    recorder.record({ outcome: 'safety', channelId: 'webchat', question: 'Jack is hurting himself' });
    recorder.record({ outcome: 'feedback', channelId: 'webchat', entryId: 'senco-role', feedback: 'no', question: 'Jack' });
    await recorder.flush();
    const raw = readFileSync(path.join(dir, 'insights-2026-11-23.jsonl'), 'utf8');
    expect(raw).not.toContain('Jack');
    expect(raw).not.toContain('senco for');
    const { records } = await readInsights(dir);
    expect(records.map((r) => r.outcome)).toEqual(['answer', 'didYouMean', 'safety', 'feedback']);
    expect(records.every((r) => r.hour === '2026-11-23T09:00Z')).toBe(true);
    expect(records[0]).toEqual({ v: 1, hour: '2026-11-23T09:00Z', channel: 'msteams', outcome: 'answer', entryId: 'senco-role' });
  });

  it('writes one file per UTC day and deletes files older than the retention period on start-up', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'insights-2026-08-01.jsonl'), '');
    writeFileSync(path.join(dir, 'insights-2026-11-01.jsonl'), '');
    writeFileSync(path.join(dir, 'notes.txt'), 'not ours');
    let now = new Date('2026-11-23T23:30:00Z');
    const recorder = createFileRecorder({ dir, retentionDays: 30, now: () => now });
    recorder.record({ outcome: 'dialog', channelId: 'test' });
    now = new Date('2026-11-24T00:30:00Z');
    recorder.record({ outcome: 'dialog', channelId: 'test' });
    await recorder.flush();
    expect(readdirSync(dir).sort()).toEqual(['insights-2026-11-01.jsonl', 'insights-2026-11-23.jsonl', 'insights-2026-11-24.jsonl', 'notes.txt']);
    // Days later, the daily sweep removes what has aged out; so does a restart.
    expect(await sweepInsights(dir, 30, new Date('2026-12-05T10:00:00Z'))).toEqual(['insights-2026-11-01.jsonl']);
    const restarted = createFileRecorder({ dir, retentionDays: 30, now: () => new Date('2026-12-24T10:00:00Z') });
    await restarted.flush();
    expect(readdirSync(dir).sort()).toEqual(['insights-2026-11-24.jsonl', 'notes.txt']);
    // Reading by range.
    expect((await readInsights(dir, { since: '2026-11-24' })).records).toHaveLength(1);
  });

  it('skips a half-written line instead of failing the report', async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'insights-2026-11-23.jsonl'), '{"v":1,"hour":"2026-11-23T10:00Z","channel":"test","outcome":"dialog"}\n{"v":1,"hour":"2026-11-2');
    const result = await readInsights(dir);
    expect(result.records).toHaveLength(1);
    expect(result.skipped).toBe(1);
  });

  it('INSIGHTS=off records nothing and never creates the folder', async () => {
    const dir = path.join(tempDir(), 'never');
    const config = readConfig({ INSIGHTS: 'off', INSIGHTS_DIR: dir });
    expect(config.insights.enabled).toBe(false);
    const recorder = createInsights(config.insights);
    recorder.record({ outcome: 'noAnswer', channelId: 'webchat', question: 'school transport' });
    await recorder.flush();
    expect(existsSync(dir)).toBe(false);
  });

  it('reads its settings with clear errors for bad values', () => {
    const c = readInsightsConfig({});
    expect(c).toMatchObject({ enabled: true, retentionDays: 90, token: '' });
    expect(c.dir).toBe(path.resolve('data/insights'));
    expect(() => readInsightsConfig({ INSIGHTS: 'maybe' })).toThrow(/INSIGHTS must be "on" or "off"/);
    expect(() => readInsightsConfig({ INSIGHTS_RETENTION_DAYS: '0' })).toThrow(/INSIGHTS_RETENTION_DAYS/);
    expect(() => readInsightsConfig({ INSIGHTS_TOKEN: 'short' })).toThrow(/at least 16/);
  });

  it('writes records that arrive together in one batch, in order, across a change of day', async () => {
    const dir = tempDir();
    let now = new Date('2026-11-23T23:59:00Z');
    const recorder = createFileRecorder({ dir, retentionDays: 30, now: () => now });
    for (let i = 0; i < 50; i++) recorder.record({ outcome: 'answer', channelId: 'webchat', entryId: `entry-${i}` });
    now = new Date('2026-11-24T00:01:00Z');
    recorder.record({ outcome: 'answer', channelId: 'webchat', entryId: 'next-day' });
    await recorder.flush();
    const first = readFileSync(path.join(dir, 'insights-2026-11-23.jsonl'), 'utf8').trim().split('\n');
    expect(first.map((l) => JSON.parse(l).entryId)).toEqual(Array.from({ length: 50 }, (_, i) => `entry-${i}`));
    const second = readFileSync(path.join(dir, 'insights-2026-11-24.jsonl'), 'utf8').trim().split('\n');
    expect(second.map((l) => JSON.parse(l).entryId)).toEqual(['next-day']);
  });

  it('never holds more than a bounded backlog in memory: extra records are dropped and reported once', async () => {
    const dir = tempDir();
    const errors: unknown[] = [];
    const recorder = createFileRecorder({ dir, retentionDays: 30, now: at('2026-11-23T10:00:00Z'), onError: (e) => errors.push(e) });
    // All of these arrive before the first write can start.
    for (let i = 0; i < MAX_PENDING_RECORDS + 25; i++) recorder.record({ outcome: 'dialog', channelId: 'test' });
    await recorder.flush();
    expect((await readInsights(dir)).records).toHaveLength(MAX_PENDING_RECORDS);
    expect(errors).toHaveLength(1);
  });
});

describe('the recorder over any sink (the blob store batches)', () => {
  it('with minIntervalMs, records arriving within the interval go out in one append, and flush() writes at once', async () => {
    const appends: Array<{ day: string; lines: string }> = [];
    const sink = {
      append: async (day: string, lines: string) => void appends.push({ day, lines }),
      sweep: async () => [] as string[],
    };
    const now = () => new Date('2026-11-23T10:00:00Z');
    const recorder = createSinkRecorder(sink, { retentionDays: 30, now, minIntervalMs: 60_000 });
    recorder.record({ outcome: 'answer', channelId: 'webchat', entryId: 'first' });
    await recorder.flush();
    expect(appends).toHaveLength(1); // the first write is not held back
    for (const id of ['a', 'b', 'c']) recorder.record({ outcome: 'answer', channelId: 'webchat', entryId: id });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(appends).toHaveLength(1); // waiting for the interval, not written yet
    await recorder.flush();
    expect(appends).toHaveLength(2);
    expect(appends[1].lines.trim().split('\n').map((l) => JSON.parse(l).entryId)).toEqual(['a', 'b', 'c']);
  });
});
