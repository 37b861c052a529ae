import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { splitAnswer } from '../../src/core/render';
import { ask, firstWords, inViewport, newContext, onScreen, screenshot, settle, SIZES, useBrowserApp } from './harness';

/**
 * Issue 16 in a real browser: a long answer's summary opens on screen with "More detail" first among the
 * buttons; pressing it brings the rest; after a crisis message no earlier button is left on screen.
 */

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started), 300_000);

const LONG_QUESTION = 'what happens at an annual review';
const CRISIS = 'my son has taken an overdose';

/** Whether the first line of an element holding the words is inside the transcript's visible part and the window. */
async function firstLineInView(page: Page, words: string): Promise<boolean> {
  return page.evaluate((words) => {
    const scroller = document.querySelector('.webchat__basic-transcript__scrollable')!;
    const box = scroller.getBoundingClientRect();
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, window.innerHeight);
    const plain = (t: string | null) => (t ?? '').replace(/’/g, "'").replace(/\s+/g, ' ');
    return Array.from(document.querySelectorAll('.webchat__bubble__content p, .webchat__bubble__content li')).some((el) => {
      if (!plain(el.textContent).includes(words)) return false;
      const r = el.getBoundingClientRect();
      return r.height > 0 && r.top >= top - 1 && r.top + Math.min(r.height, 20) <= bottom + 1;
    });
  }, words);
}

/** The suggested-action buttons on screen now, in order. */
async function suggested(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.webchat__suggested-action'))
      .filter((b) => (b as HTMLElement).offsetParent !== null)
      .map((b) => (b.textContent ?? '').trim()),
  );
}

async function summaryThenMore(page: Page, where: string): Promise<void> {
  const { knowledge, matcher } = app.deps;
  const more = knowledge.text('more.button');
  await page.getByText(onScreen(firstWords(knowledge.text('welcome')))).first().waitFor();
  await settle(page);

  const outcome = matcher.match(LONG_QUESTION);
  expect(outcome.kind).toBe('answer');
  const { summary, rest } = splitAnswer(outcome.kind === 'answer' ? outcome.entry.answer : '');
  expect(rest).not.toBe('');
  await ask(page, LONG_QUESTION);
  await page.getByText(onScreen(firstWords(summary))).first().waitFor();
  await settle(page);
  expect(await firstLineInView(page, firstWords(summary)), `${where}: the summary's first line is on screen`).toBe(true);
  const offered = await suggested(page);
  expect(offered[0], `${where}: buttons ${offered.join(' | ')}`).toBe(more);
  expect(offered.length).toBeLessThanOrEqual(4);
  expect(await inViewport(page, '.webchat__suggested-action'), `${where}: "More detail" on screen`).toBe(true);
  // The rest is not on screen yet.
  await expect(page.getByText(onScreen(firstWords(rest))).count()).resolves.toBe(0);
  await screenshot(page, `${where}-summary.png`);

  await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: more }).click();
  await page.getByText(onScreen(firstWords(rest))).first().waitFor();
  await settle(page);
  expect(await firstLineInView(page, firstWords(rest)), `${where}: the rest opens at its first line`).toBe(true);
  expect(await suggested(page)).not.toContain(more);
  await screenshot(page, `${where}-more-detail.png`);

  // A crisis message after the answer: the safety reply's own links, and no earlier button left to press.
  await ask(page, LONG_QUESTION);
  await page.getByText(onScreen(firstWords(summary))).nth(1).waitFor();
  await settle(page);
  expect((await suggested(page))[0]).toBe(more);
  await ask(page, CRISIS);
  await page.getByText(/call 999/i).first().waitFor();
  await settle(page);
  expect(await suggested(page), `${where}: buttons after a crisis message`).toEqual([]);
  await expect(page.locator('.webchat__basic-transcript__activity').last().locator('a[href^="tel:"]').count()).resolves.toBeGreaterThan(0);
  await screenshot(page, `${where}-crisis-after-answer.png`);
}

describe('a long answer: its summary first, "More detail" for the rest', () => {
  for (const size of SIZES) {
    it(`the chat page at / (${size.width}×${size.height})`, async () => {
      const context = await newContext(browser, { viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      await summaryThenMore(page, `more-page-${size.name}`);
      await context.close();
    }, 300_000);

    it(`the widget via /demo (${size.width}×${size.height})`, async () => {
      const context = await newContext(browser, { viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/demo`);
      await page.locator('.signpost-launcher').click();
      await page.locator('.signpost-panel').waitFor({ state: 'visible' });
      await summaryThenMore(page, `more-widget-${size.name}`);
      await context.close();
    }, 300_000);
  }
});

describe('a crisis message inside a journey', () => {
  it('shows the safety reply, then the question as words only: no button is left to press (390×844)', async () => {
    const { knowledge } = app.deps;
    const context = await newContext(browser, { viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByText(onScreen(firstWords(knowledge.text('welcome')))).first().waitFor();
    await settle(page);
    await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: knowledge.text('menu.localServices') }).click();
    await settle(page);
    const choices = await suggested(page);
    expect(choices.length).toBeGreaterThan(1);
    await ask(page, CRISIS);
    await page.getByText(onScreen(knowledge.text('safety.carryOn'))).first().waitFor();
    await settle(page);
    expect(await suggested(page)).toEqual([]);
    await expect(page.locator('a[href="tel:999"]').count()).resolves.toBeGreaterThan(0);
    await screenshot(page, 'more-page-phone-crisis-in-journey.png');
    // Typing a choice carries the journey on, and its buttons come back.
    await ask(page, choices[0]!);
    await settle(page);
    expect((await suggested(page)).length).toBeGreaterThan(0);
    await context.close();
  }, 300_000);
});
