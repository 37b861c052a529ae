import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { newContext, screenshot, SEND_BOX, useBrowserApp } from './harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started));

const PRIVATE = 'my son Jack Smith has autism';

/** Types a message into Web Chat inside `scope` and sends it. */
async function send(page: Page, scope: string, text: string) {
  await page.locator(`${scope} ${SEND_BOX}`).fill(text);
  await page.locator(`${scope} ${SEND_BOX}`).press('Enter');
}

/** Says something private, then "forget me"; checks the screen is cleared, says so, and a new conversation starts. */
async function forgetsOnScreen(page: Page, scope: string, statusSelector: string) {
  const { knowledge } = app.deps;
  // Web Chat shows straight apostrophes as typographic ones.
  const words = knowledge.text('welcome').replace(/\*\*/g, '').split(/\s+/).slice(0, 4).join(' ');
  const welcome = new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]"));
  await page.locator(scope).getByText(welcome).first().waitFor();
  // Web Chat repeats some text for screen readers: the welcome's count on screen, once.
  const welcomeOnce = await page.locator(scope).getByText(welcome).count();
  await send(page, scope, PRIVATE);
  await page.locator(scope).getByText(PRIVATE).first().waitFor();
  await send(page, scope, 'forget me');
  await page.locator(statusSelector).getByText(knowledge.text('forgetMe.cleared')).waitFor();
  // A new conversation: its welcome, and nothing of the old one on screen.
  await page.locator(scope).getByText(welcome).first().waitFor();
  await expect(page.locator(scope).getByText(PRIVATE).count()).resolves.toBe(0);
  await expect(page.locator(scope).getByText(welcome).count()).resolves.toBe(welcomeOnce);
  // The new conversation works.
  await send(page, scope, 'menu');
  await page.locator(scope).getByRole('button', { name: knowledge.text('menu.askQuestion') }).last().waitFor();
}

describe('forget me on screen', () => {
  it('the chat page clears the transcript, says so and starts a new conversation', async () => {
    const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await forgetsOnScreen(page, '#chat', '#chat-status');
    await screenshot(page, 'forget-me-page.png');
    await context.close();
  }, 180_000);

  it('the widget does the same', async () => {
    const context = await newContext(browser, { viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/demo`);
    await page.locator('.signpost-launcher').click();
    await forgetsOnScreen(page, '.signpost-chat', '.signpost-status');
    await screenshot(page, 'forget-me-widget.png');
    await context.close();
  }, 180_000);
});
