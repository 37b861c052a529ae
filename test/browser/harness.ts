import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type SignpostApp } from '../../src/app';
import { readConfig } from '../../src/config';

/** Debian's Chromium; CI installs it (.ci/run). Tests never download a browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = path.resolve(__dirname, '..', '..', 'test-artifacts');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * A browser context with generous waits: a busy CI machine running every test file at once can take a while
 * to load Web Chat, and a slow machine must not fail a test (tests never fail on timing).
 */
export async function newContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(90_000);
  return context;
}

const silent = { info() {}, warn() {}, error() {} };

/** The real app (local mode: no app id, no Direct Line secret) on an ephemeral port, with the channel routes. */
export async function startApp(): Promise<{ app: SignpostApp; baseUrl: string; close: () => Promise<void> }> {
  const config = readConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR, INSIGHTS: 'off' });
  const app = createApp(config, { log: silent });
  const baseUrl = await app.http.listen(0, '127.0.0.1');
  return { app, baseUrl, close: () => app.http.close() };
}

export interface BrowserApp {
  browser: Browser;
  app: SignpostApp;
  baseUrl: string;
}

/**
 * One real app and one Chromium for a test file: started before its tests, both closed after.
 * `use` receives them once started, so each file keeps its own plain variables.
 */
export function useBrowserApp(use: (started: BrowserApp) => void, timeoutMs = 120_000): void {
  let browser: Browser | undefined;
  let close: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    const started = await startApp();
    close = started.close;
    browser = await launchBrowser();
    use({ browser, app: started.app, baseUrl: started.baseUrl });
  }, timeoutMs);
  afterAll(async () => {
    await browser?.close();
    await close?.();
  });
}

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: Array<{ target: string[]; failureSummary?: string }> }

const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core in the page against WCAG 2.0–2.2 A/AA rules and returns the serious and critical violations.
 * Injected with evaluate (DevTools), which a page's CSP does not block.
 */
export async function seriousAxeViolations(page: Page, include?: string): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (selector) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(selector ? { include: [selector] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, include);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`).join('\n');
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, name);
  await page.screenshot({ path: file, fullPage: false });
  return file;
}

/** Presses Tab until the element matching `selector` has focus: proves it is reachable by keyboard. */
export async function tabTo(page: Page, selector: string, maxPresses = 40): Promise<void> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} was not reached with ${maxPresses} presses of Tab`);
}

/** Web Chat's send box. */
export const SEND_BOX = '[data-id="webchat-sendbox-input"]';

/** The two screens every page is checked at: a phone and a laptop. */
export const SIZES = [
  { name: 'phone', width: 390, height: 844 },
  { name: 'desktop', width: 1280, height: 800 },
] as const;

/** The first few plain words of a Markdown message, as Web Chat shows them (straight apostrophes). */
export function firstWords(markdown: string, n = 5): string {
  return markdown.replace(/\*\*|[*_`#>]/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/^\s*-\s+/gm, '').replace(/’/g, "'").trim().split(/\s+/).slice(0, n).join(' ');
}

/** Web Chat shows straight apostrophes as typographic ones: a pattern matching either. */
export function onScreen(words: string): RegExp {
  return new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"));
}

/** Waits until the transcript stops moving: the same messages, scroll position and buttons for a second. */
export async function settle(page: Page): Promise<void> {
  let last = '';
  let steady = 0;
  for (let i = 0; i < 200 && steady < 4; i++) {
    await page.waitForTimeout(250);
    const now = await page.evaluate(() => {
      const s = document.querySelector('.webchat__basic-transcript__scrollable');
      return `${document.querySelectorAll('.webchat__basic-transcript__activity').length}:${s?.scrollTop}:${s?.scrollHeight}:${document.querySelectorAll('.webchat__suggested-action').length}`;
    });
    steady = now === last ? steady + 1 : 0;
    last = now;
  }
}

/** Types a message into Web Chat's send box and sends it. */
export async function ask(page: Page, text: string): Promise<void> {
  await page.locator(SEND_BOX).fill(text);
  await page.keyboard.press('Enter');
}

/** Whether the first element matching the selector lies wholly inside the window. */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize()!;
  return !!box && box.y >= 0 && box.y + box.height <= size.height && box.x >= 0 && box.x + box.width <= size.width;
}
