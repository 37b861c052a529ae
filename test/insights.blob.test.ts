/**
 * Insights shared by several instances (STORAGE=blob), on Azurite: two instances record into the same storage
 * account, and one report (/insights and npm run insights) reads both. The same redaction and retention sweep
 * as the local folder.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { BlobServiceClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app';
import { readConfig } from '../src/config';
import { BlobInsightsStore, createInsights, insightsSource, instanceName, readInsightsConfig } from '../src/insights';
import { startAzurite, type Azurite } from './helpers/azurite';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(() => azurite?.stop());

let containerCount = 0;
/** The settings an instance reads from its environment, each test in its own container. */
function blobEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, INSIGHTS_CONTAINER: `insights-test-${++containerCount}`, ...extra };
}

const TOKEN = 'a-staff-token-of-enough-length';

describe('insights in Blob Storage, shared by every instance', () => {
  it('two instances write their own append blobs; one report reads both, redacted', async () => {
    const env = blobEnv();
    const now = () => new Date('2026-11-23T10:15:00Z');
    const one = createInsights(readInsightsConfig({ ...env, INSIGHTS_INSTANCE: 'web-1' }), { now });
    const two = createInsights(readInsightsConfig({ ...env, INSIGHTS_INSTANCE: 'web-2' }), { now });
    one.record({ outcome: 'answer', channelId: 'msteams', entryId: 'senco-role' });
    two.record({ outcome: 'noAnswer', channelId: 'webchat', question: 'school transport, email me at jo.bloggs@example.com' });
    one.record({ outcome: 'noAnswer', channelId: 'webchat', question: 'what is a SENCO' });
    two.record({ outcome: 'safety', channelId: 'webchat', question: 'never kept' });
    await Promise.all([one.flush(), two.flush()]);

    const report = await insightsSource(readInsightsConfig(env)).read({ since: '2026-11-23', until: '2026-11-23' });
    expect(report.files).toEqual(['2026-11-23/web-1.jsonl', '2026-11-23/web-2.jsonl']);
    expect(report.records.map((r) => `${r.outcome}:${r.channel}`).sort()).toEqual(['answer:msteams', 'noAnswer:webchat', 'noAnswer:webchat', 'safety:webchat']);
    const questions = report.records.map((r) => r.question).filter(Boolean).join(' | ');
    expect(questions).toContain('school transport');
    expect(questions).not.toContain('jo.bloggs@example.com'); // redacted before it was stored
    expect(report.records.find((r) => r.outcome === 'safety')!.question).toBeUndefined();
    for (const r of report.records) expect(r.hour).toBe('2026-11-23T10:00Z');

    // Written as append blobs, so each instance only ever adds to its own day.
    const container = BlobServiceClient.fromConnectionString(azurite.connectionString).getContainerClient(env.INSIGHTS_CONTAINER!);
    const props = await container.getBlobClient('2026-11-23/web-1.jsonl').getProperties();
    expect(props.blobType).toBe('AppendBlob');
  }, 60_000);

  it('a later write by the same instance appends to its day, and the reader skips a broken line', async () => {
    const env = blobEnv({ INSIGHTS_INSTANCE: 'web-1' });
    let now = new Date('2026-11-24T08:00:00Z');
    const recorder = createInsights(readInsightsConfig(env), { now: () => now });
    recorder.record({ outcome: 'answer', channelId: 'webchat', entryId: 'a' });
    await recorder.flush();
    now = new Date('2026-11-24T09:30:00Z');
    recorder.record({ outcome: 'answer', channelId: 'webchat', entryId: 'b' });
    await recorder.flush();
    const store = new BlobInsightsStore({ connectionString: azurite.connectionString, container: env.INSIGHTS_CONTAINER! });
    await store.append('2026-11-24', '{"half a line\n');
    const { records, skipped } = await store.read();
    expect(records.map((r) => r.entryId)).toEqual(['a', 'b']);
    expect(skipped).toBe(1);
  }, 60_000);

  it('the retention sweep deletes every instance\'s old days and keeps the rest', async () => {
    const env = blobEnv();
    const old = createInsights(readInsightsConfig({ ...env, INSIGHTS_INSTANCE: 'web-2' }), { now: () => new Date('2026-08-01T12:00:00Z') });
    old.record({ outcome: 'answer', channelId: 'webchat', entryId: 'old' });
    await old.flush();
    const recent = createInsights(readInsightsConfig({ ...env, INSIGHTS_INSTANCE: 'web-2' }), { now: () => new Date('2026-11-20T12:00:00Z') });
    recent.record({ outcome: 'answer', channelId: 'webchat', entryId: 'recent' });
    await recent.flush();
    // A new instance starting 90+ days after the old record sweeps it, whoever wrote it.
    const sweeper = createInsights(readInsightsConfig({ ...env, INSIGHTS_INSTANCE: 'web-3', INSIGHTS_RETENTION_DAYS: '90' }), { now: () => new Date('2026-11-23T12:00:00Z') });
    await sweeper.flush();
    const { files, records } = await insightsSource(readInsightsConfig(env)).read();
    expect(files).toEqual(['2026-11-20/web-2.jsonl']);
    expect(records.map((r) => r.entryId)).toEqual(['recent']);
  }, 60_000);

  it('/insights and npm run insights read every instance\'s records from the storage account', async () => {
    const env = blobEnv();
    const today = new Date();
    for (const instance of ['web-1', 'web-2']) {
      const recorder = createInsights(readInsightsConfig({ ...env, INSIGHTS_INSTANCE: instance }));
      recorder.record({ outcome: 'noAnswer', channelId: 'webchat', question: `parking at the tribunal from ${instance}` });
      await recorder.flush();
    }
    const app = createApp(readConfig({ ...env, KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, INSIGHTS_TOKEN: TOKEN }), { log: { info() {}, warn() {}, error() {} } });
    const base = await app.http.listen(0, '127.0.0.1');
    try {
      const res = await fetch(`${base}/insights?since=${today.toISOString().slice(0, 10)}`, { headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      const html = await res.text();
      expect(html).toContain('parking at the tribunal from web-1');
      expect(html).toContain('parking at the tribunal from web-2');
    } finally {
      await app.http.close();
    }

    const out = path.join(mkdtempSync(path.join(tmpdir(), 'signpost-insights-')), 'report.html');
    const root = path.resolve(__dirname, '..');
    const { stdout } = await promisify(execFile)(process.execPath, [path.join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/insights.ts', '--out', out], {
      cwd: root,
      env: { PATH: process.env.PATH, ...env, INSIGHTS_DIR: path.dirname(out) },
    });
    expect(stdout).toMatch(new RegExp(`Read 2 records from 2 file\\(s\\) in blob container ${env.INSIGHTS_CONTAINER}`));
    const report = readFileSync(out, 'utf8');
    expect(report).toContain('parking at the tribunal from web-1');
    expect(report).toContain('parking at the tribunal from web-2');
  }, 120_000);

  it('settings: the local folder stays the default; blob needs nothing new; names are checked', () => {
    expect(readInsightsConfig({}).store).toBe('file');
    const blob = readInsightsConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'x', INSIGHTS_INSTANCE: 'Web 1' });
    expect(blob).toMatchObject({ store: 'blob', blobConnectionString: 'x', blobContainer: 'send-signpost-insights', instance: 'Web 1' });
    expect(instanceName('Web 1/../x')).toBe('web-1-..-x'); // no slash: always one blob in the day's folder
    expect(instanceName('___')).toBe('instance');
    expect(() => readInsightsConfig({ INSIGHTS_CONTAINER: 'Bad_Name' })).toThrow(/INSIGHTS_CONTAINER/);
  });
});
