/**
 * Blob storage outages (Azurite on 127.0.0.1 behind a switchable proxy): an instance started while storage
 * is down works once it is back; storage lost mid-conversation gets an honest reply, the safety reply
 * always, "forget me" never claims a deletion it did not make; /readyz reports storage while /healthz stays
 * 200; and once storage returns the conversation carries on where it was, nothing lost.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import { createApp, type SignpostApp } from '../src/app';
import { StateStore } from '../src/bot/storage';
import { readConfig } from '../src/config';
import { Azurite, startAzurite } from './helpers/azurite';
import { startChannelSink } from './helpers/channelSink';
import { OutageProxy, startOutageProxy } from './helpers/outageProxy';
import { memoryLog, realKnowledge } from './helpers/testBot';
import { withEnv } from './helpers/env';

const k = realKnowledge();
const welcomeStart = k.text('welcome').trim().slice(0, 40);
const question = 'how long does the council have to decide whether to do an EHC needs assessment';
const danger = 'my son has been hurting himself and I do not know what to do';

let azurite: Azurite;
let sink: Awaited<ReturnType<typeof startChannelSink>>;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  [azurite, sink] = await Promise.all([startAzurite(), startChannelSink()]);
});
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
  await sink?.close();
  await azurite?.stop();
});

async function instance(startMode: 'up' | 'refuse' | 'hang') {
  const proxy: OutageProxy = await startOutageProxy(azurite.port, startMode);
  const connection = azurite.connectionString.replace(`127.0.0.1:${azurite.port}`, `127.0.0.1:${proxy.port}`);
  const container = `state-${randomBytes(6).toString('hex')}`;
  const log = memoryLog();
  const app: SignpostApp = withEnv({ RATE_LIMIT: 'off' }, () =>
    createApp(readConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: connection, BLOB_CONTAINER: container, STORAGE_TIMEOUT_MS: '1500', INSIGHTS: 'off' }), { log }),
  );
  const url = await app.http.listen(0, '127.0.0.1');
  cleanups.push(() => app.http.close(), () => proxy.close());
  return { app, url, proxy, log };
}

let counter = 0;
async function turn(botUrl: string, conversationId: string, extra: Record<string, unknown>): Promise<string> {
  const body = {
    channelId: 'webchat',
    serviceUrl: sink.url,
    conversation: { id: conversationId },
    from: { id: `parent-${conversationId}`, name: '' },
    recipient: { id: 'send-signpost', name: 'SEND Signpost' },
    id: `in-${++counter}`,
    timestamp: new Date().toISOString(),
    ...extra,
  };
  const before = sink.received.length;
  const response = await fetch(`${botUrl}/api/messages`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  await response.arrayBuffer();
  return sink.received
    .slice(before)
    .filter((r) => r.conversationId === conversationId)
    .map((r) => String(r.body.text ?? ''))
    .join('\n');
}
const say = (url: string, id: string, text: string) => turn(url, id, { type: 'message', text });
const join = (url: string, id: string) => turn(url, id, { type: 'conversationUpdate', membersAdded: [{ id: `parent-${id}` }] });

async function readyz(url: string): Promise<number> {
  const res = await fetch(`${url}/readyz`);
  await res.arrayBuffer();
  return res.status;
}

/** Polls /readyz until it gives `status` (a hang guard, not a timing assertion). */
async function waitForReady(url: string, status: number): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if ((await readyz(url)) === status) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`/readyz never gave ${status}`);
}

describe('Blob storage outages', () => {
  it('an instance started while storage is down answers honestly, then works once storage is back', { timeout: 120_000 }, async () => {
    const { url, proxy } = await instance('refuse');
    expect(await readyz(url)).toBe(503);
    const health = await fetch(`${url}/healthz`);
    expect(health.status).toBe(200); // liveness says nothing about storage
    const body = await (await fetch(`${url}/readyz`)).text();
    expect(body).not.toMatch(/ECONN|127\.0\.0\.1|devstoreaccount|AccountKey/);

    expect(await join(url, 'down-1')).toContain(k.text('state.unavailable'));
    const safety = await say(url, 'down-1', danger);
    expect(safety).toMatch(/999/);
    expect(safety).not.toContain(k.text('state.unavailable'));

    proxy.set('up'); // BlobsStorage's first failed container creation must not stick
    await waitForReady(url, 200);
    expect(await join(url, 'down-1')).toContain(welcomeStart);
    expect(await say(url, 'down-1', k.text('menu.askQuestion'))).toContain(k.text('ask.prompt'));
  });

  it('storage lost mid-conversation: honest replies, safety always, forget me not faked; nothing lost once it returns', { timeout: 120_000 }, async () => {
    const { url, proxy, log } = await instance('up');
    await waitForReady(url, 200);
    expect(await join(url, 'mid-1')).toContain(welcomeStart);
    expect(await say(url, 'mid-1', k.text('menu.askQuestion'))).toContain(k.text('ask.prompt'));

    proxy.set('hang'); // the worst kind: connections accepted, nothing answered
    await waitForReady(url, 503);
    expect(await say(url, 'mid-1', question)).toBe(k.text('state.unavailable'));
    expect(await say(url, 'mid-1', 'forget me')).toBe(k.text('forgetMe.unavailable'));
    expect(await say(url, 'mid-1', danger)).toMatch(/999/);
    proxy.set('refuse');
    expect(await say(url, 'mid-1', question)).toBe(k.text('state.unavailable'));
    expect(await (await fetch(`${url}/healthz`)).status).toBe(200);

    proxy.set('up');
    await waitForReady(url, 200);
    // The prompt saved before the outage is still there: the question is answered, no second welcome.
    const after = await say(url, 'mid-1', question);
    expect(after).not.toContain(welcomeStart);
    expect(after).not.toContain(k.text('ask.prompt'));
    expect(after).not.toContain(k.text('state.unavailable'));
    expect(after.length).toBeGreaterThan(0);
    // Logged as a warning with a short reason, never the store's address or key.
    const logged = JSON.stringify(log.lines);
    expect(log.lines.some((l) => l.msg === 'state could not be loaded')).toBe(true);
    expect(logged).not.toMatch(/AccountKey|Eby8vdM0/);
  });
});

describe('a save that fails after the turn ran', () => {
  it('the parent gets the answer and an honest note, and the error handler does not try to save first', { timeout: 60_000 }, async () => {
    const memory = new MemoryStorage();
    let failWrites = false;
    let writesWhileFailing = 0;
    const flaky = {
      read: (keys: string[]) => memory.read(keys),
      write: async (changes: StoreItems) => {
        if (failWrites) {
          writesWhileFailing += 1;
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000 AccountKey=secret'), { code: 'ECONNREFUSED' });
        }
        return memory.write(changes);
      },
      delete: (keys: string[]) => memory.delete(keys),
    };
    const log = memoryLog();
    const app = withEnv({ RATE_LIMIT: 'off' }, () => createApp(readConfig({ INSIGHTS: 'off' }), { log, storage: new StateStore(flaky, { ttlMs: 3_600_000, timeoutMs: 1500 }) }));
    const url = await app.http.listen(0, '127.0.0.1');
    cleanups.push(() => app.http.close());
    await join(url, 'save-1');
    await say(url, 'save-1', k.text('menu.askQuestion'));
    failWrites = true;
    const replies = await say(url, 'save-1', question);
    expect(replies).toContain(k.text('state.notSaved'));
    expect(replies).not.toContain(k.text('error.apology'));
    expect(replies.replace(k.text('state.notSaved'), '').trim().length).toBeGreaterThan(0); // the answer itself
    expect(writesWhileFailing).toBe(1); // the turn's own save; the error handler asked nothing more of the store
    expect(JSON.stringify(log.lines)).not.toContain('AccountKey=secret');
  });
});
