import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SignpostApp } from '../src/app';
import { readConfig } from '../src/config';
import { TEAMS_FRAME_ANCESTORS } from '../src/http/security';
import { copyAnswerText } from '../src/core/render';

const silent = { info() {}, warn() {}, error() {} };
let app: SignpostApp;
let baseUrl: string;

beforeAll(async () => {
  app = createApp(readConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, INSIGHTS: 'off' }), { log: silent });
  baseUrl = await app.http.listen(0, '127.0.0.1');
}, 60_000);
afterAll(() => app?.http.close());

const frameAncestors = (csp: string | null) => /frame-ancestors ([^;]+)/.exec(csp ?? '')?.[1].split(' ');

describe('the Teams staff tab (/teams/reference)', () => {
  it('may be framed by the Teams hosts only; every other page keeps its own framing rule', async () => {
    const tab = await fetch(`${baseUrl}/teams/reference`);
    expect(tab.status).toBe(200);
    expect(frameAncestors(tab.headers.get('content-security-policy'))).toEqual(TEAMS_FRAME_ANCESTORS);
    expect(tab.headers.get('x-frame-options')).toBeNull();
    // The rest of the policy is unchanged: still no inline script.
    expect(tab.headers.get('content-security-policy')).toContain("script-src 'self'");

    const entry = app.deps.knowledge.entries[0];
    const tabItem = await fetch(`${baseUrl}/teams/reference/${entry.id}`);
    expect(tabItem.status).toBe(200);
    expect(frameAncestors(tabItem.headers.get('content-security-policy'))).toEqual(TEAMS_FRAME_ANCESTORS);
    expect((await fetch(`${baseUrl}/teams/reference/no-such-item`)).status).toBe(404);

    for (const path of ['/reference', `/reference/${entry.id}`, '/privacy', '/']) {
      const res = await fetch(`${baseUrl}${path}`);
      expect(frameAncestors(res.headers.get('content-security-policy')), path).toEqual(["'self'"]);
      expect(res.headers.get('x-frame-options'), path).toBe('SAMEORIGIN');
    }
  });

  it('keeps its own links inside the tab and opens links that leave it in the browser', async () => {
    const html = await (await fetch(`${baseUrl}/teams/reference`)).text();
    expect(html).toContain('action="/teams/reference"');
    expect(html).toMatch(/href="\/teams\/reference\/[a-z0-9-]+"/);
    expect(html).not.toMatch(/(href|action)="\/reference[/"]/);
    expect(html).toContain('href="/reference.css"'); // the stylesheet is not a page
    expect(html).toContain('<a href="/privacy" target="_blank" rel="noopener noreferrer">');
    const external = [...html.matchAll(/<a href="https?:[^"]*"[^>]*>/g)].map((m) => m[0]);
    expect(external.length).toBeGreaterThan(10);
    for (const a of external) expect(a).toContain('target="_blank" rel="noopener noreferrer"');
  });
});

describe('Copy answer on the reference page', () => {
  it('each entry carries its plain text with sources, linking to its page on the host the request came to', async () => {
    const entry = app.deps.knowledge.entries.find((e) => e.answer.includes('**'))!;
    const html = await (await fetch(`${baseUrl}/reference/${entry.id}`, { headers: { 'X-Forwarded-Proto': 'https' } })).text();
    const m = /<button type="button" class="copy-answer" data-copy="([^"]*)"[^>]*hidden>Copy answer<\/button>/.exec(html);
    expect(m).not.toBeNull();
    const unescaped = m![1].replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    const host = new URL(baseUrl).host;
    expect(unescaped).toBe(copyAnswerText(entry, app.deps.knowledge.text, `https://${host}/reference/${entry.id}`));
    const index = await (await fetch(`${baseUrl}/reference`)).text();
    expect(index.match(/class="copy-answer"/g)).toHaveLength(app.deps.knowledge.entries.length);
  });
});

describe('the staff search over HTTP, as Teams sends it', () => {
  it('POST /api/messages with composeExtension/selectItem returns the card in the response body, linking to the host it came to', async () => {
    const entry = app.deps.knowledge.entries[0];
    const res = await fetch(`${baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-Proto': 'https' },
      body: JSON.stringify({
        type: 'invoke', name: 'composeExtension/selectItem', id: 'invoke-1', channelId: 'msteams', serviceUrl: baseUrl, // local mode accepts only this machine
        from: { id: '29:staff' }, recipient: { id: 'bot' }, conversation: { id: '19:staff-chat' }, value: { entryId: entry.id },
      }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { composeExtension: { attachments: Array<{ content: { actions: Array<{ url?: string }> } }> } };
    const host = new URL(baseUrl).host;
    expect(body.composeExtension.attachments[0].content.actions[0].url).toBe(`https://${host}/reference/${entry.id}`);
  });
});
