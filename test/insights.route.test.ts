import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createApp, SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { bearerToken, tokenMatches } from '../src/http/insightsRoute';
import { startChannelSink } from './helpers/channelSink';
import { memoryLog } from './helpers/testBot';

const TOKEN = 'staff-only-token-0123456789abcdef';
const fixtureDir = path.join(__dirname, 'fixtures', 'insights', 'two-days');
const dirs: string[] = [];
const apps: SignpostApp[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'insights-route-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  for (const app of apps.splice(0)) await app.http.close();
});
afterAll(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

async function start(env: NodeJS.ProcessEnv) {
  const app = createApp(readConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, ...env }), { log: memoryLog(), now: () => new Date('2026-11-23T12:00:00Z') });
  apps.push(app);
  return { app, base: await app.http.listen(0, '127.0.0.1') };
}

describe('GET /insights', () => {
  it('does not exist when no token is configured (404)', async () => {
    const { base } = await start({ INSIGHTS_DIR: tempDir() });
    const res = await fetch(`${base}/insights`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(404);
  });

  it('refuses without the right Bearer token (401), and never shows the report', async () => {
    const dir = tempDir();
    cpSync(fixtureDir, dir, { recursive: true });
    const { base } = await start({ INSIGHTS_DIR: dir, INSIGHTS_TOKEN: TOKEN });
    for (const headers of [{} as Record<string, string>, { Authorization: 'Bearer wrong-token-wrong-token-wrong' }, { Authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` }, { Authorization: TOKEN }, { Authorization: `Bearer ${TOKEN}x` }]) {
      const res = await fetch(`${base}/insights?since=2026-01-01`, { headers });
      expect(res.status, JSON.stringify(headers)).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      expect(await res.text()).not.toContain('taxi');
    }
  });

  it('with the token: the HTML report of the stored records, for the dates asked', async () => {
    const dir = tempDir();
    cpSync(fixtureDir, dir, { recursive: true });
    const { base } = await start({ INSIGHTS_DIR: dir, INSIGHTS_TOKEN: TOKEN });
    const res = await fetch(`${base}/insights?since=2026-01-01`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const html = await res.text();
    expect(html).toContain('<strong>16</strong> questions');
    expect(html).toContain('5 questions about transport');
    const day2 = await (await fetch(`${base}/insights?since=2026-11-21`, { headers: { Authorization: `bearer ${TOKEN}` } })).text();
    expect(day2).toContain('<strong>8</strong> questions');
    expect((await fetch(`${base}/insights?since=last-week`, { headers: { Authorization: `Bearer ${TOKEN}` } })).status).toBe(400);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true);
    expect(tokenMatches(TOKEN.slice(0, -1), TOKEN)).toBe(false);
    expect(tokenMatches('', '')).toBe(false);
    expect(bearerToken(`Bearer ${TOKEN}`)).toBe(TOKEN);
    expect(bearerToken(`Bearer  ${TOKEN} `)).toBe(TOKEN);
    expect(bearerToken(TOKEN)).toBeUndefined();
  });
});

describe('recording through the real endpoint', () => {
  const activity = (serviceUrl: string, conversationId: string, extra: Record<string, unknown>) => ({
    channelId: 'webchat',
    serviceUrl,
    conversation: { id: conversationId },
    from: { id: 'parent-1' },
    recipient: { id: 'bot-1' },
    id: `act-${Math.random().toString(36).slice(2)}`,
    ...extra,
  });

  async function talk(env: NodeJS.ProcessEnv) {
    const { app, base } = await start(env);
    const sink = await startChannelSink();
    const post = (extra: Record<string, unknown>) =>
      fetch(`${base}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(activity(sink.url, 'c1', extra)) });
    await post({ type: 'conversationUpdate', membersAdded: [{ id: 'parent-1' }] });
    expect((await post({ type: 'message', text: 'when do the bins get collected, I am Sarah Jones, sarah@example.com' })).status).toBe(200);
    expect((await post({ type: 'message', text: 'Ask a question' })).status).toBe(200);
    expect(sink.received.length).toBeGreaterThan(2);
    await sink.close();
    await app.deps.insights?.flush();
  }

  it('INSIGHTS=off writes nothing at all', async () => {
    const dir = path.join(tempDir(), 'off');
    await talk({ INSIGHTS: 'off', INSIGHTS_DIR: dir });
    expect(existsSync(dir)).toBe(false);
  });

  it('INSIGHTS on (the default) writes today\'s file, with the no-answer question redacted', async () => {
    const dir = path.join(tempDir(), 'on');
    await talk({ INSIGHTS_DIR: dir });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/^insights-\d{4}-\d{2}-\d{2}\.jsonl$/);
    const { readFileSync } = await import('node:fs');
    const raw = readFileSync(path.join(dir, files[0]), 'utf8');
    expect(raw).toContain('"outcome":"noAnswer"');
    expect(raw).toContain('bins get collected');
    for (const piece of ['Sarah', 'Jones', 'sarah@example.com', 'parent-1', 'c1']) expect(raw).not.toContain(piece);
  });
});
