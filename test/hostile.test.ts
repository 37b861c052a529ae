/**
 * Hostile and odd input, as real HTTP against the real server (createApp on port 0).
 * Every case must get a clear answer, leave the server serving, and never echo what was sent as
 * active content. Nothing here depends on timing: "quickly" for the body limit is proved by the
 * server answering 413 before the client has even finished sending.
 */
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { memoryLog } from './helpers/testBot';
import { withEnv } from './helpers/env';

interface Activity {
  type: string;
  id?: string;
  text?: string;
  from?: { id: string; role?: string };
  attachments?: unknown[];
  suggestedActions?: { actions: Array<{ title: string; value?: string }> };
}


/** A Direct Line client as Web Chat uses it: token → conversation → post activities → read the bot's replies. */
async function directLine(base: string) {
  const session = (await (await fetch(`${base}/api/token`, { method: 'POST' })).json()) as {
    token: string; conversationId: string; userId: string; domain: string;
  };
  const headers = { Authorization: `Bearer ${session.token}`, 'Content-Type': 'application/json' };
  const started = await fetch(`${session.domain}/conversations`, { method: 'POST', headers });
  expect(started.status).toBe(201);
  let watermark = '';
  const activitiesUrl = `${session.domain}/conversations/${session.conversationId}/activities`;

  /** Bot activities since the last read. */
  async function botReplies(): Promise<Activity[]> {
    const res = await fetch(`${activitiesUrl}?watermark=${encodeURIComponent(watermark)}`, { headers });
    expect(res.status).toBe(200);
    const set = (await res.json()) as { activities: Activity[]; watermark: string };
    watermark = set.watermark ?? watermark;
    return set.activities.filter((a) => a.from?.id !== session.userId && a.from?.role !== 'user');
  }
  await botReplies(); // the welcome

  async function post(activity: Record<string, unknown>): Promise<{ status: number; replies: Activity[] }> {
    const res = await fetch(activitiesUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ from: { id: session.userId, role: 'user' }, ...activity }),
    });
    await res.text();
    return { status: res.status, replies: await botReplies() };
  }
  return {
    session,
    headers,
    post,
    say: (text: string) => post({ type: 'message', text }),
    upload: async () => {
      const form = new FormData();
      form.append('file', new Blob(['%PDF-1.4 pretend'], { type: 'application/pdf' }), 'report.pdf');
      const res = await fetch(`${session.domain}/conversations/${session.conversationId}/upload?userId=${session.userId}`, {
        method: 'POST',
        headers: { Authorization: headers.Authorization },
        body: form,
      });
      await res.text();
      return { status: res.status, replies: await botReplies() };
    },
  };
}

/**
 * Sends headers and only the first part of a body, then waits for the server's answer.
 * If the server replies before the body is complete, it cannot have read the body.
 */
function postWithoutFinishing(base: string, path: string, headers: Record<string, string | number>, firstChunk: Buffer) {
  const url = new URL(path, base);
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, body, headers: res.headers });
        req.destroy();
      });
    });
    // The server closing the socket on an unfinished upload is expected; only a missing response is a failure.
    req.on('error', (err) => setTimeout(() => reject(err), 2000).unref());
    req.write(firstChunk);
  });
}

/** Chunked upload (no Content-Length) of `total` bytes. */
function postChunked(base: string, path: string, total: number) {
  const url = new URL(path, base);
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = http.request(
      { host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' } },
      (res) => {
        let body = '';
        res.on('data', (d) => (body += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    const chunk = Buffer.alloc(64 * 1024, 'a');
    for (let sent = 0; sent < total; sent += chunk.length) req.write(chunk);
    req.end();
  });
}

const visible = (replies: Activity[]) =>
  replies.map((r) => [r.text ?? '', ...(r.suggestedActions?.actions ?? []).map((a) => a.title)].join('\n')).join('\n');

/** Nothing a browser could run or follow as script, and nothing that is not plain printable text. */
function expectSafeReplies(replies: Activity[], sent: string) {
  expect(replies.length).toBeGreaterThan(0);
  const messages = replies.filter((r) => r.type === 'message');
  expect(messages.length).toBeGreaterThan(0);
  const text = visible(messages);
  expect(text.trim().length).toBeGreaterThan(0);
  expect(text).not.toMatch(/<\s*script/i);
  expect(text).not.toMatch(/javascript:/i);
  expect(text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u202e]/);
  if (sent.trim().length >= 20) expect(text).not.toContain(sent.trim().slice(0, 200));
  for (const r of messages) expect((r.text ?? '').length).toBeLessThan(5000);
}

let app: SignpostApp;
let base: string;
let log: ReturnType<typeof memoryLog>;

beforeAll(async () => {
  log = memoryLog();
  app = withEnv({ RATE_LIMIT: 'off', FRAME_ANCESTORS: undefined }, () => createApp(readConfig({ INSIGHTS: 'off' }), { log }));
  base = await app.http.listen(0, '127.0.0.1');
});
afterAll(async () => {
  await app?.http.close();
});

describe('hostile messages through Direct Line get a kind reply and are never echoed', () => {
  const hostile: Array<[string, string]> = [
    ['50,000 characters', 'a'.repeat(50_000)],
    // Words cost the matcher far more than one long word (50,000 characters of these take ~9 s today,
    // see messageTooLong in src/limits.ts); 10,000 keeps this suite from starving others running beside it.
    ['10,000 characters of words and newlines', 'what is an ehcp\n'.repeat(625)],
    ['only emoji', '😀🙈🎉👍🏽'],
    ['only whitespace', ' \t \n  \u00a0 '],
    ['control characters', '\u0000\u0001\u0007\u001b[31m\u007f'],
    ['right-to-left override', '\u202eedoc ruoy si siht'],
    ['a script tag', '<script>alert(document.cookie)</script>'],
    ['a javascript: markdown link', '[x](javascript:alert(1))'],
    ['an HTML image with onerror', '<img src=x onerror=alert(1)>'],
    ['lone surrogates', '\ud800\udfff\ud800'],
    ['markdown that tries to look like the bot', '**Bot:** call [999](tel:999) and visit [here](https://evil.example)'],
  ];

  // Generous timeout: a 50,000-character message costs the matcher seconds today (see the report); that
  // is a speed problem for `npm run bench`, not a reason for this behaviour test to fail.
  it.each(hostile)('%s', async (_label, text) => {
    const dl = await directLine(base);
    const { status, replies } = await dl.say(text);
    expect(status).toBe(200);
    expectSafeReplies(replies, text);
    // The same conversation still works afterwards.
    const next = await dl.say('what is an EHC plan');
    expect(next.status).toBe(200);
    expect(visible(next.replies).length).toBeGreaterThan(0);
  }, 120_000);

  it('an empty or whitespace message is told there were no words', async () => {
    const dl = await directLine(base);
    const { replies } = await dl.say('   ');
    expect(visible(replies)).toContain(app.deps.knowledge.text('input.empty'));
  });

  it('a file upload gets the polite "I can\'t read files" reply', async () => {
    const dl = await directLine(base);
    const { status, replies } = await dl.upload();
    expect(status).toBe(200);
    expect(visible(replies)).toContain(app.deps.knowledge.text('input.attachment'));
  });

  it('attachments on a message (even with a javascript: URL) get the polite reply and are not echoed', async () => {
    const dl = await directLine(base);
    const { status, replies } = await dl.post({
      type: 'message',
      text: '',
      attachments: [{ contentType: 'image/png', contentUrl: 'javascript:alert(1)', name: '<b>x</b>.png' }],
    });
    expect(status).toBe(200);
    expect(visible(replies)).toContain(app.deps.knowledge.text('input.attachment'));
    expectSafeReplies(replies, 'javascript:alert(1)');
  });

  it('unknown activity types are accepted and ignored', async () => {
    const dl = await directLine(base);
    for (const type of ['weird', 'typing', 'event', 'invoke', 'x'.repeat(1000)]) {
      const { status } = await dl.post({ type, name: 'anything', value: { a: 1 } });
      expect(status).toBe(200);
    }
    const after = await dl.say('what is an EHC plan');
    expect(visible(after.replies).length).toBeGreaterThan(0);
  });

  it('message text never reaches the log', async () => {
    const dl = await directLine(base);
    await dl.say('my son is called Jack, email jack.parent@example.com <script>x</script>');
    const logged = JSON.stringify(log.lines);
    expect(logged).not.toContain('jack.parent@example.com');
    expect(logged).not.toContain('<script>');
    expect(logged).not.toContain('a'.repeat(100));
  });
});

describe('/api/messages rejects malformed requests plainly', () => {
  async function postRaw(body: string, headers: Record<string, string> = { 'Content-Type': 'application/json' }) {
    const res = await fetch(`${base}/api/messages`, { method: 'POST', headers, body });
    return { status: res.status, text: await res.text() };
  }

  it('malformed JSON → 400, without echoing the body', async () => {
    const r = await postRaw('{"type":"message","text":"<script>alert(1)</script>"');
    expect(r.status).toBe(400);
    expect(r.text).not.toContain('<script>');
  });

  it('JSON that is not an object → 400', async () => {
    for (const body of ['[]', '"hello"', '42', 'null']) expect((await postRaw(body)).status).toBe(400);
  });

  it('an activity without a string type → 400, not 500', async () => {
    for (const body of ['{}', '{"type":5}', '{"type":""}', '{"type":null,"text":"hi"}']) {
      const r = await postRaw(body);
      expect(r.status, body).toBe(400);
    }
  });

  it('an unknown activity type → 200 and nothing else happens', async () => {
    const r = await postRaw(
      JSON.stringify({ type: 'somethingNew', id: '1', channelId: 'test', serviceUrl: base, conversation: { id: 'c-unknown' }, from: { id: 'u' }, recipient: { id: 'b' } }),
    );
    expect(r.status).toBe(200);
  });

  it('without MicrosoftAppId, a serviceUrl off this machine → 403 (no open relay for server-side requests)', async () => {
    for (const serviceUrl of ['http://169.254.169.254/latest/', 'https://evil.example/', 'http://10.0.0.1/', 'file:///etc/passwd', 'not a url', undefined]) {
      const r = await postRaw(
        JSON.stringify({ type: 'message', text: 'hello', id: '1', channelId: 'emulator', serviceUrl, conversation: { id: 'c-ssrf' }, from: { id: 'u' }, recipient: { id: 'b' } }),
      );
      expect(r.status, String(serviceUrl)).toBe(403);
    }
  });

  it('without MicrosoftAppId, the Emulator (serviceUrl on this machine) is still served', async () => {
    for (const serviceUrl of [base, 'http://localhost:1/', 'http://[::1]:1/']) {
      const r = await postRaw(
        JSON.stringify({ type: 'ping', id: '1', channelId: 'emulator', serviceUrl, conversation: { id: 'c-local' }, from: { id: 'u' }, recipient: { id: 'b' } }),
      );
      expect(r.status, serviceUrl).toBe(200);
    }
  });

  it('a compressed body → 415 (a small gzip could inflate without limit)', async () => {
    const r = await postRaw('{}', { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    expect(r.status).toBe(415);
  });
});

describe('body limit', () => {
  const fiveMb = 5 * 1024 * 1024;

  it.each(['/api/messages', '/api/token', '/v3/directline/conversations/x/activities', '/no-such-route'])(
    'a 5 MB post to %s gets 413 before the body has been sent',
    async (path) => {
      const r = await postWithoutFinishing(
        base,
        path,
        { 'Content-Type': 'application/json', 'Content-Length': fiveMb },
        Buffer.alloc(64 * 1024, 'a'),
      );
      expect(r.status).toBe(413);
      expect(r.headers.connection).toBe('close');
      expect(JSON.parse(r.body).error.code).toBe('PayloadTooLarge');
    },
  );

  it('a 5 MB file upload to Direct Line also gets 413 early (uploads are capped at 4 MB)', async () => {
    const r = await postWithoutFinishing(
      base,
      '/v3/directline/conversations/x/upload',
      { 'Content-Type': 'multipart/form-data; boundary=x', 'Content-Length': fiveMb },
      Buffer.alloc(1024, 'a'),
    );
    expect(r.status).toBe(413);
  });

  it('a chunked body (no Content-Length) over the limit still gets 413', async () => {
    const r = await postChunked(base, '/api/messages', 1024 * 1024);
    expect(r.status).toBe(413);
  });

  it('the server keeps serving after all of that', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    const dl = await directLine(base);
    const { replies } = await dl.say('what is an EHC plan');
    expect(visible(replies).length).toBeGreaterThan(0);
  });
});

describe('rate limits (small limits configured through the environment)', () => {
  let limited: SignpostApp;
  let limitedBase: string;
  beforeAll(async () => {
    limited = withEnv(
      // One request a minute refill: nothing refills while this test runs, so counts are exact.
      { RATE_LIMIT: undefined, RATE_LIMIT_BURST: '3', RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_TRUST_PROXY: undefined },
      () => createApp(readConfig({ INSIGHTS: 'off' }), { log: memoryLog() }),
    );
    limitedBase = await limited.http.listen(0, '127.0.0.1');
  });
  afterAll(async () => {
    await limited?.http.close();
  });

  it('/api/search: the 4th request in a burst of 3 gets 429 with Retry-After', async () => {
    const statuses: number[] = [];
    let last: Response | undefined;
    for (let i = 0; i < 4; i++) {
      last = await fetch(`${limitedBase}/api/search?q=ehcp`);
      statuses.push(last.status);
      await last.text();
    }
    expect(statuses.slice(0, 3).every((s) => s !== 429)).toBe(true);
    expect(statuses[3]).toBe(429);
    const retryAfter = Number(last!.headers.get('retry-after'));
    expect(Number.isInteger(retryAfter)).toBe(true);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
  });

  it('the token endpoint and Direct Line have their own buckets, and also end in 429', async () => {
    const token = [];
    for (let i = 0; i < 4; i++) token.push((await fetch(`${limitedBase}/api/token`, { method: 'POST' })).status);
    expect(token).toEqual([200, 200, 200, 429]);
    const dl = [];
    for (let i = 0; i < 4; i++) dl.push((await fetch(`${limitedBase}/v3/directline/tokens/generate`, { method: 'POST' })).status);
    expect(dl).toEqual([200, 200, 200, 429]);
  });

  it('pages and the health check are not rate limited, and a limited client keeps getting 429 (not a crash)', async () => {
    for (let i = 0; i < 6; i++) expect((await fetch(`${limitedBase}/healthz`)).status).toBe(200);
    for (let i = 0; i < 3; i++) expect((await fetch(`${limitedBase}/api/search?q=x`)).status).toBe(429);
  });
});
