/**
 * The Teams staff tab and "Copy answer" in a real browser (Debian's Chromium). Teams itself is stood in for by
 * Playwright routes: https://teams.microsoft.com serves a page that frames the tab from https://signpost.test,
 * whose requests go to the real app. Nothing leaves the machine.
 */
import type { Browser, BrowserContext, Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { copyAnswerText } from '../../src/core/render';
import { newContext, useBrowserApp } from './harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started), 300_000);

const BOT = 'https://signpost.test';
const QUESTION = 'how long does the council have to decide about an assessment';

/** A context where `host` serves a page framing `framed`, and https://signpost.test is the real app. */
async function hostFraming(host: string, framed: string): Promise<{ context: BrowserContext; frame: () => Frame | undefined; blocked: string[] }> {
  const context = await newContext(browser, { viewport: { width: 1200, height: 900 } });
  await context.route(`${BOT}/**`, async (route) => {
    const url = new URL(route.request().url());
    const response = await route.fetch({ url: `${baseUrl}${url.pathname}${url.search}` });
    await route.fulfill({ response });
  });
  await context.route(`${host}/**`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>Host</title><iframe id="tab" src="${BOT}${framed}" width="1100" height="800"></iframe>` }));
  const blocked: string[] = [];
  const page = await context.newPage();
  page.on('console', (m) => { if (/frame-ancestors|Refused to frame/i.test(m.text())) blocked.push(m.text()); });
  await page.goto(`${host}/tab`);
  return { context, frame: () => page.frames().find((f) => f.url().startsWith(`${BOT}${framed}`)), blocked };
}

describe('the staff tab inside Teams', () => {
  it('loads framed by teams.microsoft.com, searches as you type, and its result links stay in the tab', async () => {
    const { context, frame } = await hostFraming('https://teams.microsoft.com', '/teams/reference');
    const tab = frame()!;
    await tab.locator('h1').waitFor();
    await expect(tab.locator('h1').textContent()).resolves.toBe('SEND Signpost reference');
    await tab.getByLabel('Search the reference').fill(QUESTION);
    const results = tab.locator('#search-results ol a');
    await results.first().waitFor();
    const expected = app.deps.matcher.search(QUESTION, 10).map((r) => r.entry);
    await expect(results.allTextContents()).resolves.toEqual(expected.map((e) => e.title));
    await expect(results.first().getAttribute('href')).resolves.toBe(`/teams/reference/${expected[0].id}`);
    await results.first().click();
    await tab.waitForURL(`${BOT}/teams/reference/${expected[0].id}`);
    await expect(tab.locator('h1').textContent()).resolves.toBe(expected[0].title);
    await context.close();
  }, 120_000);

  it('is refused when another site frames it, and the ordinary reference is refused inside Teams', async () => {
    for (const [host, path] of [['https://evil.example.org', '/teams/reference'], ['https://teams.microsoft.com', '/reference']]) {
      const { context, frame, blocked } = await hostFraming(host, path);
      const page = context.pages()[0];
      await page.waitForFunction(() => document.getElementById('tab') !== null);
      await expect.poll(() => blocked.join('\n'), { timeout: 60_000 }).toMatch(/frame-ancestors/);
      const heading = await frame()?.locator('h1').count().catch(() => 0);
      expect(heading ?? 0, `${host} framing ${path}`).toBe(0);
      await context.close();
    }
  }, 120_000);
});

describe('Copy answer', () => {
  it('puts the answer as plain text, with its sources and link, on the clipboard', async () => {
    const entry = app.deps.knowledge.entries.find((e) => e.answer.includes('**') && e.sources.some((s) => s.url))!;
    const context = await newContext(browser, { viewport: { width: 1200, height: 900 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reference/${entry.id}`);
    const button = page.getByRole('button', { name: 'Copy answer' });
    await button.click();
    await page.locator('.copy-status').filter({ hasText: 'Copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(copyAnswerText(entry, app.deps.knowledge.text, `${baseUrl}/reference/${entry.id}`));
    expect(copied).toContain(entry.sources.find((s) => s.url)!.url!);
    expect(copied).not.toMatch(/\*\*|\]\(/);
    await context.close();
  }, 120_000);
});
