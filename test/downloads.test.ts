import { MemoryStorage } from 'botbuilder';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, SignpostApp } from '../src/app';
import { readConfig, readPublicBaseUrl } from '../src/config';
import { DOWNLOAD_TTL_MS, DownloadStore } from '../src/bot/downloads';
import { contentDisposition } from '../src/http/downloadRoute';
import { LETTER_FILE_NAME } from '../src/core/letters';
import { memoryLog, realKnowledge } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

const k = realKnowledge();
const w = journeyWords('assessmentRights');
const START = new Date('2026-11-23T10:00:00Z').getTime();

describe('DownloadStore: files kept in the state store for 15 minutes under a random id', () => {
  it('gives a fresh 43-character id each time, returns the file until it expires, then deletes it', async () => {
    let now = START;
    const storage = new MemoryStorage();
    const store = new DownloadStore(storage, () => now);
    const a = await store.put({ name: 'a.txt', contentType: 'text/plain', body: 'hello' });
    const b = await store.put({ name: 'a.txt', contentType: 'text/plain', body: 'hello' });
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(a).not.toBe(b);
    expect(await store.get(a)).toEqual({ name: 'a.txt', contentType: 'text/plain', body: 'hello' });
    now = START + DOWNLOAD_TTL_MS - 1;
    expect((await store.get(a))?.body).toBe('hello');
    now = START + DOWNLOAD_TTL_MS;
    expect(await store.get(a)).toBeUndefined();
    expect(Object.keys(await storage.read([`downloads/${a}`]))).toEqual([]);
  });

  it('refuses ids that are not its own shape (no reads of other keys in the store)', async () => {
    const storage = new MemoryStorage();
    await storage.write({ 'downloads/x': { name: 'n', contentType: 'text/plain', body: 'secret', expires: Number.MAX_SAFE_INTEGER } });
    const store = new DownloadStore(storage);
    for (const id of ['x', '../x', '', 'a'.repeat(44)]) expect(await store.get(id)).toBeUndefined();
  });
});

describe('where a link points', () => {
  const context = (channelData: unknown) => ({ activity: { channelData } }) as unknown as import('botbuilder').TurnContext;
  const local = readConfig({});
  it('the local Direct Line stamps the address the browser used, replacing anything the client sent', async () => {
    const { withBaseUrl } = await import('../src/http/directline');
    const req = (host: string, proto = '') => ({ headers: { host, 'x-forwarded-proto': proto } }) as unknown as import('restify').Request;
    const forged = { type: 'message', channelData: { signpostBaseUrl: 'https://evil.example', other: 1 } };
    expect(withBaseUrl(forged, req('localhost:3978')).channelData).toEqual({ signpostBaseUrl: 'http://localhost:3978', other: 1 });
    expect(withBaseUrl(forged, req('chat.example.org', 'https')).channelData).toEqual({ signpostBaseUrl: 'https://chat.example.org', other: 1 });
    // A Host header that is not a host name is not used for links at all.
    expect(withBaseUrl(forged, req('evil.example/x?y')).channelData).toEqual({ other: 1 });
  });
  it('PUBLIC_BASE_URL wins; without it, local mode uses the stamp; with an app id and no address there is no link', async () => {
    const { publicBaseUrl } = await import('../src/bot/downloads');
    expect(publicBaseUrl(context({ signpostBaseUrl: 'http://localhost:3978' }), local)).toBe('http://localhost:3978');
    expect(publicBaseUrl(context({ signpostBaseUrl: 'http://localhost:3978' }), { ...local, publicBaseUrl: 'https://signpost.example.org' })).toBe('https://signpost.example.org');
    expect(publicBaseUrl(context({ signpostBaseUrl: 'http://localhost:3978' }), { ...local, microsoftAppId: 'app' })).toBeUndefined();
    expect(publicBaseUrl(context({ signpostBaseUrl: 'javascript:alert(1)' }), local)).toBeUndefined();
  });
});

describe('PUBLIC_BASE_URL and Content-Disposition', () => {
  it('keeps an http(s) address without its trailing slash; refuses anything else', () => {
    expect(readPublicBaseUrl({})).toBe('');
    expect(readPublicBaseUrl({ PUBLIC_BASE_URL: 'https://signpost.example.org/' })).toBe('https://signpost.example.org');
    expect(readPublicBaseUrl({ PUBLIC_BASE_URL: 'https://example.org/bot/' })).toBe('https://example.org/bot');
    for (const bad of ['signpost.example.org', 'ftp://example.org', 'https://example.org/?a=1', 'javascript:alert(1)']) {
      expect(() => readPublicBaseUrl({ PUBLIC_BASE_URL: bad }), bad).toThrow(/PUBLIC_BASE_URL/);
    }
  });

  it('names the file for old and new clients, with no quote or header break from the name', () => {
    expect(contentDisposition('attachment', 'send-deadlines.ics')).toBe(`attachment; filename="send-deadlines.ics"; filename*=UTF-8''send-deadlines.ics`);
    expect(contentDisposition('inline', 'a"b\r\nc’.txt')).toBe(`inline; filename="a_b__c_.txt"; filename*=UTF-8''a%22b%0D%0Ac%E2%80%99.txt`);
  });
});

describe('GET /files/:id over real HTTP: the letter from a real conversation, on two instances sharing one store', () => {
  let clock = START;
  const storage = new MemoryStorage();
  const logs = [memoryLog(), memoryLog()];
  let first: SignpostApp;
  let second: SignpostApp;
  let firstBase: string;
  let secondBase: string;
  const config = readConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, INSIGHTS: 'off', RATE_LIMIT: 'off' });

  beforeAll(async () => {
    first = createApp(config, { storage, log: logs[0], now: () => new Date(clock) });
    second = createApp(config, { storage, log: logs[1], now: () => new Date(clock) });
    firstBase = await first.http.listen(0, '127.0.0.1');
    secondBase = await second.http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await first.http.close();
    await second.http.close();
  });

  /** Runs the letter journey through the local Direct Line of the first instance; returns every bot text. */
  async function letterConversation(): Promise<string> {
    const session = await (await fetch(`${firstBase}/api/token`, { method: 'POST' })).json();
    const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
    const conversation = await (await fetch(`${session.domain}/conversations`, { method: 'POST', headers })).json();
    const say = (text: string) => fetch(`${session.domain}/conversations/${conversation.conversationId}/activities`, {
      method: 'POST', headers, body: JSON.stringify({ type: 'message', text, from: { id: 'parent' } }),
    });
    for (const text of [k.text('menu.assessmentRights'), w('letter.offerButton'), w('letter.council.dorset'), 'Sam Smith', '4/3/2015']) await say(text);
    for (let i = 0; i < 4; i++) await say(w('ask.skipButton'));
    const set = await (await fetch(`${session.domain}/conversations/${conversation.conversationId}/activities`, { headers })).json();
    return (set.activities as Array<{ text?: string; attachments?: Array<{ contentUrl?: string; name?: string }> }>)
      .map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => `${x.name} ${x.contentUrl}`)].join('\n')).join('\n');
  }

  it('the link downloads the letter, the print link shows it as a page, the other instance serves it too, and after 15 minutes it is gone', async () => {
    const seen = await letterConversation();
    const match = new RegExp(`\\[${w('letter.downloadLink')}\\]\\((http://127\\.0\\.0\\.1:\\d+/files/([A-Za-z0-9_-]{43}))\\)`).exec(seen);
    expect(match, seen.slice(-1500)).not.toBeNull();
    const [, url, id] = match!;
    expect(url.startsWith(firstBase)).toBe(true);
    // Web Chat also gets the same link as a file attachment.
    expect(seen).toContain(`${LETTER_FILE_NAME} ${url}`);

    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(`filename="${LETTER_FILE_NAME}"`);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const letter = await response.text();
    expect(letter).toContain('Dear SEND team');
    expect(letter).toContain('Sam Smith');

    const print = await fetch(`${url}/print`);
    expect(print.status).toBe(200);
    expect(print.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await print.text();
    expect(html).toContain('Dear SEND team');
    expect(html).toContain('Sam Smith');

    const elsewhere = await fetch(url.replace(firstBase, secondBase));
    expect(elsewhere.status).toBe(200);
    expect(await elsewhere.text()).toBe(letter);

    clock = START + DOWNLOAD_TTL_MS + 1000;
    for (const base of [secondBase, firstBase]) {
      const gone = await fetch(url.replace(firstBase, base));
      expect(gone.status).toBe(404);
      expect(await gone.text()).not.toContain('Sam');
    }
    expect(Object.keys(await storage.read([`downloads/${id}`]))).toEqual([]);

    // Neither the id nor anything of the letter reaches the logs.
    const logged = JSON.stringify(logs.map((l) => l.lines));
    expect(logged).not.toContain(id);
    expect(logged).not.toContain('Sam Smith');
  });

  it('a calendar file is served as text/calendar with its file name, by either instance', async () => {
    clock = START;
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    const id = await first.deps.files!.put({ name: 'send-deadlines.ics', contentType: 'text/calendar', body: ics });
    const response = await fetch(`${secondBase}/files/${id}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="send-deadlines.ics"; filename*=UTF-8''send-deadlines.ics`);
    expect(await response.text()).toBe(ics);
    // Only a text letter has a printable page.
    expect((await fetch(`${secondBase}/files/${id}/print`)).status).toBe(404);
  });

  it('an unknown or malformed id gets the same 404', async () => {
    for (const path of ['/files/' + 'A'.repeat(43), '/files/nope', '/files/' + 'A'.repeat(43) + '/print']) {
      const response = await fetch(firstBase + path);
      expect(response.status, path).toBe(404);
    }
  });
});

describe('the Teams card for a file', () => {
  it('carries the download link in the text and as an Open button, and the printable page too', async () => {
    const { adaptiveCard } = await import('../src/bot/teamsCards');
    const id = 'A'.repeat(43);
    const url = `https://signpost.example.org/files/${id}`;
    const card = adaptiveCard(`Download it: [${w('letter.downloadLink')}](${url}).\n\nOr print it: [${w('letter.printLink')}](${url}/print).`);
    expect(JSON.stringify(card.body)).toContain(`(${url})`);
    const actions = card.body.flatMap((b) => (b.type === 'ActionSet' ? b.actions : []));
    expect(actions).toEqual([
      { type: 'Action.OpenUrl', title: w('letter.downloadLink'), url },
      { type: 'Action.OpenUrl', title: w('letter.printLink'), url: `${url}/print` },
    ]);
  });
});

describe('in Azure Blob Storage (Azurite): a file put by one instance is served by another, and deleted once expired', () => {
  let azurite: import('./helpers/azurite').Azurite;
  beforeAll(async () => {
    const { startAzurite } = await import('./helpers/azurite');
    azurite = await startAzurite();
  }, 60_000);
  afterAll(() => azurite?.stop());

  it('round-trips through the shared container', async () => {
    const { createStorage } = await import('../src/bot/storage');
    const config = readConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'downloads-test', INSIGHTS: 'off' });
    let now = START;
    const a = new DownloadStore(createStorage(config, { now: () => now }), () => now);
    const b = new DownloadStore(createStorage(config, { now: () => now }), () => now);
    const id = await a.put({ name: 'send-deadlines.ics', contentType: 'text/calendar', body: 'BEGIN:VCALENDAR\r\n' });
    expect(await b.get(id)).toEqual({ name: 'send-deadlines.ics', contentType: 'text/calendar', body: 'BEGIN:VCALENDAR\r\n' });
    now = START + DOWNLOAD_TTL_MS;
    expect(await b.get(id)).toBeUndefined();
    now = START;
    // Deleted from the container, not only hidden: even with the clock turned back it is gone.
    expect(await a.get(id)).toBeUndefined();
  }, 60_000);
});
