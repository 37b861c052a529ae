/**
 * The widget on another site: the host page is served by a second server on another loopback port (a
 * different origin), as a council's own site would be. With that origin in ALLOWED_ORIGINS the widget gets
 * its token and chats through the local Direct Line; an origin not listed is refused by the browser.
 * Real Chromium (Debian's), real HTTP; nothing leaves 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type SignpostApp } from '../../src/app';
import { readConfig } from '../../src/config';
import { withEnv } from '../helpers/env';
import { launchBrowser, newContext } from './harness';
import { splitAnswer } from '../../src/core/render';

let app: SignpostApp;
let botUrl: string;
let browser: Browser;
const hosts: http.Server[] = [];

/** A tiny site that serves one page with the widget tag pointing at the bot (port 0: any free port). */
async function hostSite(port = 0): Promise<string> {
  const server = http.createServer((req, res) => {
    if (req.url !== '/') {
      res.statusCode = 404;
      res.end();
      return;
    }
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Council site</title></head>
<body><main><h1>Special educational needs</h1><p>A council page.</p></main>
<script src="${botUrl}/widget.js" data-title="SEND Signpost" defer></script></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  hosts.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A run of plain words from a Markdown message, for finding it on screen. */
function snippet(markdown: string): string {
  const runs = markdown.replace(/\*\*|__|[*_`#>]/g, '').match(/[A-Za-z][A-Za-z ,()]{24,}/g) ?? [];
  const longest = runs.sort((a, b) => b.length - a.length)[0] ?? markdown;
  return longest.trim().split(' ').slice(0, 6).join(' ');
}

let allowedSite: string;
let otherSite: string;

beforeAll(async () => {
  // ALLOWED_ORIGINS is read when the app starts, and the pages name the bot's address: reserve the allowed
  // site's port first, start the bot, then serve the pages.
  const probe = http.createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const allowedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((r) => probe.close(() => r()));
  app = withEnv({ ALLOWED_ORIGINS: `http://127.0.0.1:${allowedPort}, https://www.example.gov.uk`, RATE_LIMIT: 'off' }, () =>
    createApp(readConfig({ INSIGHTS: 'off' }), { log: { info() {}, warn() {}, error() {} } }),
  );
  botUrl = await app.http.listen(0, '127.0.0.1');
  allowedSite = await hostSite(allowedPort);
  otherSite = await hostSite();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  for (const h of hosts) await new Promise<void>((r) => h.close(() => r()));
  await app?.http.close();
});

describe('the widget on a council site (another origin)', () => {
  it('preflight and token answer the listed origin only, over plain HTTP', async () => {
    const preflight = await fetch(`${botUrl}/api/token`, {
      method: 'OPTIONS',
      headers: { Origin: allowedSite, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(allowedSite);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/i);
    const denied = await fetch(`${botUrl}/api/token`, { method: 'OPTIONS', headers: { Origin: otherSite, 'Access-Control-Request-Method': 'POST' } });
    expect(denied.status).toBe(403);
    expect(denied.headers.get('access-control-allow-origin')).toBeNull();
    const token = await fetch(`${botUrl}/api/token`, { method: 'POST', headers: { Origin: otherSite } });
    expect(token.headers.get('access-control-allow-origin')).toBeNull();
    await token.arrayBuffer();
    const dl = await fetch(`${botUrl}/v3/directline/conversations`, { method: 'OPTIONS', headers: { Origin: allowedSite, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization' } });
    expect(dl.status).toBe(204);
    expect(dl.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    // Routes the widget does not call cross-origin get no CORS headers.
    const search = await fetch(`${botUrl}/api/search?q=ehcp`, { headers: { Origin: allowedSite } });
    expect(search.headers.get('access-control-allow-origin')).toBeNull();
    await search.arrayBuffer();
  });

  it('on a listed site the widget opens, welcomes and answers', { timeout: 180_000 }, async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (r) => failed.push(`${r.url()} ${r.failure()?.errorText}`));
    page.on('console', (m) => { if (m.type() === 'error') failed.push(`console: ${m.text()}`); });
    context.setDefaultTimeout(20_000);
    await page.goto(allowedSite);
    await page.locator('.signpost-launcher').click();
    await page.getByText(snippet(app.deps.knowledge.text('welcome')), { exact: false }).first().waitFor();
    await page.locator('[data-id="webchat-sendbox-input"]').fill('what is an EHC plan');
    await page.keyboard.press('Enter');
    const outcome = app.deps.matcher.match('what is an EHC plan');
    expect(outcome.kind).toBe('answer');
    // A long answer opens with its summary (the rest waits behind "More detail").
    if (outcome.kind === 'answer') await page.getByText(snippet(splitAnswer(outcome.entry.answer).summary), { exact: false }).first().waitFor();
    expect(failed.filter((f) => /CORS|ERR_FAILED/.test(f))).toEqual([]);
    await context.close();
  });

  it('on a site not listed the browser refuses the token request', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(otherSite);
    const result = await page.evaluate(async (url) => {
      try {
        await fetch(`${url}/api/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' });
        return 'allowed';
      } catch {
        return 'refused';
      }
    }, botUrl);
    expect(result).toBe('refused');
    await context.close();
  });
});
