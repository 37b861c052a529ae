import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { ask, firstWords, inViewport, newContext, onScreen, screenshot, SEND_BOX, settle, SIZES, useBrowserApp } from './harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started), 300_000);


/** A long answer: several screens on a phone. */
const LONG_QUESTION = 'what happens at an annual review';
const CRISIS = 'my son has taken an overdose';
/** A crisis and a SEND question in one message: the crisis reply, then a line offering the question's topics. */
// A question with no clear answer: three topics follow the crisis reply (the most that can), said as the closest ones.
const CRISIS_WITH_QUESTION = 'im at breaking point. what sensory toys would help him?';

/** Whether an element's box lies, at least its first line, inside the visible part of the transcript and the window. */
interface ReplyView {
  replies: number;
  firstReplyText: string;
  firstReplyTop: number;
  viewTop: number;
  viewBottom: number;
  /** Texts of elements in the new replies that contain the needle and are on screen without scrolling. */
  visibleNeedles: string[];
  telLinks: string[];
}

/** The bot's replies after the parent's last message, and what of them is on screen now. */
async function newestReplies(page: Page, needle: string): Promise<ReplyView> {
  return page.evaluate((needle) => {
    const scroller = document.querySelector('.webchat__basic-transcript__scrollable')!;
    const box = scroller.getBoundingClientRect();
    const viewTop = Math.max(box.top, 0);
    const viewBottom = Math.min(box.bottom, window.innerHeight);
    const activities = Array.from(document.querySelectorAll('.webchat__basic-transcript__activity'));
    let lastUser = -1;
    activities.forEach((el, i) => {
      if (el.querySelector('.webchat__bubble--from-user')) lastUser = i;
    });
    const replies = activities.slice(lastUser + 1);
    const first = replies[0]?.querySelector('.webchat__bubble__content');
    const plain = (t: string | null) => (t ?? '').replace(/’/g, "'");
    const inView = (r: DOMRect) => r.height > 0 && r.top >= viewTop - 1 && r.top + Math.min(r.height, 20) <= viewBottom + 1;
    const visibleNeedles: string[] = [];
    for (const reply of replies) {
      for (const el of Array.from(reply.querySelectorAll('p, li, strong, a'))) {
        if (plain(el.textContent).includes(needle) && inView(el.getBoundingClientRect())) visibleNeedles.push(el.textContent!.trim().slice(0, 80));
      }
    }
    return {
      replies: replies.length,
      firstReplyText: plain(first?.textContent ?? '').trim().slice(0, 200),
      firstReplyTop: first ? first.getBoundingClientRect().top : NaN,
      viewTop,
      viewBottom,
      visibleNeedles,
      telLinks: replies.flatMap((r) => Array.from(r.querySelectorAll('a[href^="tel:"]')).map((a) => a.getAttribute('href')!)),
    };
  }, needle);
}

/** Follow-up buttons whose label does not fit: cut off with "…", spilling past the button, or squeezed against its border. */
async function cutLabels(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.webchat__suggested-action')).flatMap((button) => {
      const text = button.querySelector('.webchat__suggested-action__text') as HTMLElement | null;
      if (!text) return [];
      const b = button.getBoundingClientRect();
      const t = text.getBoundingClientRect();
      const clipped = text.scrollWidth > text.clientWidth + 1 || text.scrollHeight > text.clientHeight + 1;
      const spills = t.right > b.right + 1 || t.left < b.left - 1 || t.top < b.top + 4 || t.bottom > b.bottom - 4; // touching the border counts
      return clipped || spills ? [text.textContent ?? ''] : [];
    }),
  );
}

/** The checks shared by the page and the widget, once the chat has welcomed the parent. */
async function readingOrderChecks(page: Page, where: string): Promise<void> {
  const { knowledge, matcher } = app.deps;
  await page.getByText(onScreen(firstWords(knowledge.text('welcome')))).first().waitFor();
  await settle(page);
  expect(await inViewport(page, SEND_BOX), `${where}: send box on screen on load`).toBe(true);
  expect(await cutLabels(page), `${where}: menu labels`).toEqual([]);
  await screenshot(page, `${where}-load.png`);

  // A long answer opens at its first line.
  const outcome = matcher.match(LONG_QUESTION);
  expect(outcome.kind).toBe('answer');
  const answer = outcome.kind === 'answer' ? outcome.entry.answer : '';
  await ask(page, LONG_QUESTION);
  await page.getByText(onScreen(firstWords(answer))).first().waitFor();
  await settle(page);
  const long = await newestReplies(page, firstWords(answer));
  expect(long.firstReplyText.startsWith(firstWords(answer, 3)), `${where}: first reply is the answer: ${long.firstReplyText}`).toBe(true);
  expect(long.visibleNeedles.length, `${where}: first line of the answer on screen (reply top ${long.firstReplyTop}, view ${long.viewTop}–${long.viewBottom})`).toBeGreaterThan(0);
  expect(await cutLabels(page), `${where}: follow-up labels after an answer`).toEqual([]);
  await screenshot(page, `${where}-long-answer.png`);

  // A crisis message: "999" on screen without scrolling, and the helplines are links that dial.
  await ask(page, CRISIS);
  await page.getByText(/call 999/i).first().waitFor();
  await settle(page);
  const crisis = await newestReplies(page, '999');
  expect(crisis.visibleNeedles.length, `${where}: "999" on screen after a crisis message (reply top ${crisis.firstReplyTop}, view ${crisis.viewTop}–${crisis.viewBottom})`).toBeGreaterThan(0);
  expect(crisis.telLinks.length, `${where}: tel: links in the crisis reply`).toBeGreaterThan(0);
  for (const href of crisis.telLinks) expect(href).toMatch(/^tel:\+?[0-9]+$/);
  expect(crisis.firstReplyText, `${where}: the crisis reply opens with the 999 line`).toMatch(/^[^.]*\b999\b/);
  expect(await inViewport(page, SEND_BOX), `${where}: send box still on screen`).toBe(true);
  // On a phone, "More help" (every service in full, with sources) is below the first screen.
  const moreHelp = await newestReplies(page, app.deps.knowledge.text('safety.moreHelp.button'));
  if (where.endsWith('phone')) expect(moreHelp.visibleNeedles, `${where}: "More help" on the first screen`).toEqual([]);
  await screenshot(page, `${where}-crisis.png`);

  // A crisis with a question: the topics offered after the crisis reply do not push its start off the screen.
  await ask(page, CRISIS_WITH_QUESTION);
  await page.getByText(app.deps.knowledge.text('safety.questionClosest')).first().waitFor();
  await settle(page);
  const withQuestion = await newestReplies(page, '999');
  expect(withQuestion.firstReplyText, `${where}: the crisis reply comes first, opening with 999`).toMatch(/^[^.]*\b999\b/);
  expect(withQuestion.visibleNeedles.length, `${where}: "999" on screen when a question follows (reply top ${withQuestion.firstReplyTop}, view ${withQuestion.viewTop}–${withQuestion.viewBottom})`).toBeGreaterThan(0);
  expect(await inViewport(page, SEND_BOX), `${where}: send box still on screen`).toBe(true);
  expect(await cutLabels(page), `${where}: topic labels after a crisis reply`).toEqual([]);
  await screenshot(page, `${where}-crisis-question.png`);
}

describe('reading order: a reply opens at its start, on a phone and a desktop', () => {
  for (const size of SIZES) {
    it(`the chat page at / (${size.width}×${size.height})`, async () => {
      const context = await newContext(browser, { viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/`);
      // The notice is one line with its link.
      const notice = page.locator('.notice');
      const lineHeight = await notice.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
      const box = await notice.boundingBox();
      expect(box!.height).toBeLessThan(lineHeight * 2);
      await expect(notice.getByRole('link').getAttribute('href')).resolves.toBe('/privacy');
      // No sideways scrolling.
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(size.width);
      await readingOrderChecks(page, `page-${size.name}`);
      await context.close();
    }, 300_000);

    it(`the widget on a host page (${size.width}×${size.height})`, async () => {
      const context = await newContext(browser, { viewport: { width: size.width, height: size.height } });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/demo`);
      await page.locator('.signpost-launcher').click();
      await page.locator('.signpost-panel').waitFor({ state: 'visible' });
      await readingOrderChecks(page, `widget-${size.name}`);
      await context.close();
    }, 300_000);
  }
});
