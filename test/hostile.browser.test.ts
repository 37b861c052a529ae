/**
 * In a real browser (Debian's Chromium, never downloaded): our Content Security Policy does not block
 * anything our pages or Web Chat need, and hostile text typed into the chat never runs as script
 * or becomes a javascript: link.
 */
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../src/app';
import { useBrowserApp } from './browser/harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started));

/** A run of plain words from a Markdown message, for finding it on screen. */
function snippet(markdown: string): string {
  const runs = markdown.replace(/\*\*|__|[*_`#>]/g, '').match(/[A-Za-z][A-Za-z ,()]{24,}/g) ?? [];
  const longest = runs.sort((a, b) => b.length - a.length)[0] ?? markdown;
  return longest.trim().split(' ').slice(0, 6).join(' ');
}

/** Opens a page recording every CSP violation (event and console report). */
async function openRecording(path: string, before?: (page: Page) => void): Promise<{ page: Page; violations: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  before?.(page);
  const violations: string[] = [];
  await page.exposeFunction('__reportCsp', (v: string) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCsp: (v: string) => void }).__reportCsp(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  const res = await page.goto(`${baseUrl}${path}`);
  expect(res?.status()).toBe(200);
  expect(res?.headers()['content-security-policy']).toContain("script-src 'self'");
  return { page, violations };
}

describe('the CSP blocks nothing our pages need', () => {
  it('chat page: Web Chat loads, streams over a WebSocket and shows the welcome with no violation', async () => {
    const sockets: string[] = [];
    const { page, violations } = await openRecording('/', (p) => p.on('websocket', (ws) => sockets.push(ws.url())));
    await page.getByText(snippet(app.deps.knowledge.text('welcome'))).first().waitFor();
    await page.locator('[data-id="webchat-sendbox-input"]').fill('what is an EHC plan');
    await page.keyboard.press('Enter');
    await page.getByText('what is an EHC plan').first().waitFor();
    // Wait for the bot's answer to the question (the menu prompt comes after every answer).
    await page.waitForFunction(() => document.querySelectorAll('[role="log"] article, .webchat__basic-transcript__activity').length >= 4);
    expect(violations).toEqual([]);
    expect(sockets.some((u) => u.includes('/v3/directline/'))).toBe(true); // connect-src let the stream through
    await page.context().close();
  }, 90_000);

  it('the recorder does see a violation when one happens (so an empty list means something)', async () => {
    const { page, violations } = await openRecording('/privacy');
    await page.addScriptTag({ content: 'window.__inline = 1' }).catch(() => undefined);
    await page.waitForFunction(() => true);
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.evaluate(() => (window as unknown as { __inline?: number }).__inline)).toBeUndefined();
    await page.context().close();
  }, 60_000);

  it('widget demo page: the launcher opens Web Chat with no violation', async () => {
    const { page, violations } = await openRecording('/demo');
    await page.locator('.signpost-launcher').click();
    await page.getByText(snippet(app.deps.knowledge.text('welcome'))).first().waitFor();
    expect(violations).toEqual([]);
    await page.context().close();
  }, 90_000);

  it.each(['/reference', '/privacy'])('%s renders with no violation', async (path) => {
    const { page, violations } = await openRecording(path);
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.context().close();
  }, 60_000);
});

describe('hostile text in the chat never runs', () => {
  it('HTML, script and javascript: links typed by a user are shown as text, not run or linked', async () => {
    const { page } = await openRecording('/');
    await page.getByText(snippet(app.deps.knowledge.text('welcome'))).first().waitFor();
    const attempts = [
      '<img src=x onerror="window.__pwned=1">',
      '<script>window.__pwned=2</script>',
      '[click me](javascript:window.__pwned=3)',
      '<a href="javascript:window.__pwned=4">link</a>',
    ];
    for (const text of attempts) {
      const before = await page.locator('.webchat__basic-transcript__activity').count();
      await page.locator('[data-id="webchat-sendbox-input"]').fill(text);
      await page.keyboard.press('Enter');
      // The user's message plus at least one bot reply.
      await page.waitForFunction((n) => document.querySelectorAll('.webchat__basic-transcript__activity').length >= n + 2, before);
    }
    // Links are the one thing a user could click later: try them all.
    const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^\s*javascript:/i.test(h))).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    await page.context().close();
  }, 120_000);
});
