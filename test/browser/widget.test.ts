import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { describeViolations, newContext, screenshot, SEND_BOX, seriousAxeViolations, tabTo, useBrowserApp } from './harness';
import { splitAnswer } from '../../src/core/render';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started), 300_000);

/** A run of plain words from a Markdown message, long enough to be unique, for finding it on screen. */
function snippet(markdown: string): string {
  const runs = markdown.replace(/\*\*|__|[*_`#>]/g, '').match(/[A-Za-z][A-Za-z ,()]{24,}/g) ?? [];
  const longest = runs.sort((a, b) => b.length - a.length)[0];
  if (!longest) throw new Error(`no plain run of words in: ${markdown}`);
  return longest.trim().split(' ').slice(0, 7).join(' ');
}

const LAUNCHER = '.signpost-launcher';
const PANEL = '.signpost-panel';

async function openDemo(context: BrowserContext): Promise<{ page: Page; requests: string[] }> {
  const page = await context.newPage();
  const requests: string[] = [];
  page.on('request', (r: Request) => requests.push(r.url()));
  const response = await page.goto(`${baseUrl}/demo`);
  expect(response?.status()).toBe(200);
  return { page, requests };
}

/** Opens the widget with the keyboard only and waits for the bot's welcome. */
async function openWidgetByKeyboard(page: Page): Promise<void> {
  await tabTo(page, LAUNCHER);
  await expect(page.locator(LAUNCHER).getAttribute('aria-expanded')).resolves.toBe('false');
  await page.keyboard.press('Enter');
  await page.locator(PANEL).waitFor({ state: 'visible' });
  await page.getByText(snippet(app.deps.knowledge.text('welcome')), { exact: false }).first().waitFor();
}

describe('chat widget on a host page', () => {
  it('opens by keyboard, welcomes, takes a menu choice and answers a typed question', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const { page, requests } = await openDemo(context);
    await openWidgetByKeyboard(page);

    const panel = page.getByRole('dialog', { name: 'SEND Signpost' });
    await expect(panel.isVisible()).resolves.toBe(true);
    await expect(page.locator(LAUNCHER).getAttribute('aria-expanded')).resolves.toBe('true');
    // The panel states it is information, not legal advice, and links to the privacy notice.
    await expect(panel.getByText('This chat gives information, not legal advice.').isVisible()).resolves.toBe(true);
    const privacy = panel.getByRole('link', { name: /How we use your information/ });
    await expect(privacy.getAttribute('href')).resolves.toBe(`${baseUrl}/privacy`);
    // Focus moved into the chat, ready to type.
    await page.locator(SEND_BOX).waitFor();
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-id'))).resolves.toBe('webchat-sendbox-input');

    // A menu button.
    const { knowledge, matcher } = app.deps;
    await panel.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: knowledge.text('menu.askQuestion') }).click();
    await page.getByText(snippet(knowledge.text('ask.prompt'))).first().waitFor();

    // A typed question gets the matched entry's answer, with its source and reviewed date.
    const question = 'how long does the council have to decide about an assessment';
    const outcome = matcher.match(question);
    expect(outcome.kind).toBe('answer');
    const entry = outcome.kind === 'answer' ? outcome.entry : undefined;
    await page.locator(SEND_BOX).fill(question);
    await page.keyboard.press('Enter');
    // Its summary first; "More detail" brings the rest with the source.
    const { summary, rest } = splitAnswer(entry!.answer);
    await page.getByText(snippet(summary)).first().waitFor();
    if (rest) {
      await panel.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: knowledge.text('more.button') }).click();
      await page.getByText(snippet(rest)).first().waitFor();
    }
    await page.getByText('Source:').last().waitFor();
    await expect(page.getByText('Source:').last().isVisible()).resolves.toBe(true);
    await screenshot(page, 'widget-desktop.png');

    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    // Escape closes the panel and gives focus back to the launcher.
    await page.locator(SEND_BOX).focus();
    await page.keyboard.press('Escape');
    await page.locator(PANEL).waitFor({ state: 'hidden' });
    await expect(page.evaluate(() => document.activeElement?.className)).resolves.toBe('signpost-launcher');

    // Everything came from the bot's own host: Web Chat bundle, token, built-in Direct Line. No CDN.
    const origins = new Set(requests.map((u) => new URL(u).origin));
    expect([...origins]).toEqual([baseUrl]);
    expect(requests).toContain(`${baseUrl}/webchat/webchat.js`);
    expect(requests).toContain(`${baseUrl}/api/token`);
    expect(requests.some((u) => u.startsWith(`${baseUrl}/v3/directline/conversations`))).toBe(true);
    await context.close();
  }, 300_000);

  it('reflows to a full-screen panel at 320 CSS pixels wide', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const { page } = await openDemo(context);
    await openWidgetByKeyboard(page);
    const box = await page.locator(PANEL).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
    // No sideways scrolling (WCAG 1.4.10).
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await expect(page.locator(SEND_BOX).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Close chat' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'widget-320px.png');
    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await context.close();
  }, 300_000);

  it('stays usable at 200% zoom (1280×800 at 200% is 640×400 CSS pixels)', async () => {
    const context = await newContext(browser, { viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 });
    const { page } = await openDemo(context);
    await openWidgetByKeyboard(page);
    const box = await page.locator(PANEL).boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(640);
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height).toBeLessThanOrEqual(400);
    await expect(page.locator(SEND_BOX).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('button', { name: 'Close chat' }).isVisible()).resolves.toBe(true);
    await screenshot(page, 'widget-zoom200.png');
    await context.close();
  }, 300_000);

  it('shows a clear focus ring on the launcher when reached by keyboard', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const { page } = await openDemo(context);
    await tabTo(page, LAUNCHER);
    const ring = await page.locator(LAUNCHER).evaluate((el) => {
      const style = getComputedStyle(el);
      return { outlineStyle: style.outlineStyle, outlineWidth: parseFloat(style.outlineWidth), boxShadow: style.boxShadow };
    });
    expect(ring.outlineStyle).toBe('solid');
    expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);
    expect(ring.boxShadow).toContain('rgb(255, 191, 71)');
    await screenshot(page, 'widget-launcher-focus.png');
    await context.close();
  }, 300_000);

  it('takes its title, accent and side from the tag, keeping text on the accent readable', async () => {
    const context = await newContext(browser, { viewport: { width: 1024, height: 700 } });
    const page = await context.newPage();
    const embed = (title: string, accent: string, position: string) =>
      `<!doctype html><html lang="en"><head><title>Host</title></head><body><main><h1>Host page</h1></main>
       <script src="${baseUrl}/widget.js" data-title="${title}" data-accent="${accent}" data-position="${position}"></script></body></html>`;
    await page.setContent(embed('Dorset help', '#ffdd00', 'left'));
    const launcher = page.locator(LAUNCHER);
    await expect(launcher.textContent()).resolves.toBe('Chat: Dorset help');
    // Yellow is light, so the text on it is near-black, not white.
    await expect(launcher.evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).resolves.toEqual(['rgb(255, 221, 0)', 'rgb(11, 12, 12)']);
    const box = await launcher.boundingBox();
    expect(box!.x).toBeLessThan(100); // bottom-left corner
    await page.setContent(embed('Help', 'red; background: url(x)', 'middle'));
    // A malformed accent falls back to the default and white text; an unknown side falls back to the right.
    await expect(page.locator(LAUNCHER).evaluate((el) => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color])).resolves.toEqual(['rgb(29, 78, 137)', 'rgb(255, 255, 255)']);
    const right = await page.locator(LAUNCHER).boundingBox();
    expect(right!.x + right!.width).toBeGreaterThan(900);
    await context.close();
  }, 300_000);

  it('the privacy notice and the demo page pass the accessibility scan', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    for (const path of ['/privacy', '/demo']) {
      await page.goto(`${baseUrl}${path}`);
      const violations = await seriousAxeViolations(page);
      expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
    }
    await page.goto(`${baseUrl}/privacy`);
    await screenshot(page, 'privacy.png');
    await context.close();
  }, 300_000);

  it('the accessibility scan really catches a serious violation', async () => {
    const context = await newContext(browser);
    const { page } = await openDemo(context);
    await page.evaluate(() => document.querySelector('main')!.appendChild(document.createElement('button')));
    const violations = await seriousAxeViolations(page);
    expect(violations.map((v) => v.id)).toContain('button-name');
    await context.close();
  }, 300_000);

  it('reports local mode from /api/token when no Direct Line secret is set', async () => {
    expect(app.deps.config.directLineSecret).toBe('');
    const res = await fetch(`${baseUrl}/api/token`, { method: 'POST' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { mode: string; domain: string; token: string };
    expect(body.mode).toBe('local');
    expect(body.domain).toBe(`${baseUrl}/v3/directline`);
    expect(body.token).toEqual(expect.any(String));
  });

  it('serves the widget script and the privacy notice with the right types', async () => {
    const script = await fetch(`${baseUrl}/widget.js`);
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    const privacy = await fetch(`${baseUrl}/privacy`);
    expect(privacy.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await privacy.text();
    expect(html).toContain('forget me');
    expect(html).toContain('information, not legal advice');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/); // no inline script
  });
});
