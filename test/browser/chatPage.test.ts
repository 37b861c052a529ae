import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { describeViolations, screenshot, seriousAxeViolations, useBrowserApp } from './harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started));

/**
 * The first few words of a Markdown message as a pattern for finding it on screen. Web Chat renders
 * straight quotes as typographic ones, so any apostrophe matches either.
 */
const firstWords = (markdown: string, n = 6) =>
  new RegExp(
    markdown
      .replace(/\*\*|[*_`#>]/g, '')
      .trim()
      .split(/\s+/)
      .slice(0, n)
      .join(' ')
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/['’]/g, "['’]"),
  );

describe('the local chat page (GET /)', () => {
  it('a person opens it, sees the welcome and the menu, clicks through and gets an answer', async () => {
    const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(`${baseUrl}/`);

    const { knowledge, matcher } = app.deps;
    await page.getByText(firstWords(knowledge.text('welcome'))).first().waitFor();
    const actions = page.getByRole('toolbar', { name: 'Suggested actions' });
    for (const choice of ['assessmentRights', 'deadlines', 'localServices', 'askQuestion', 'talkToPerson']) {
      await actions.getByRole('button', { name: knowledge.text(`menu.${choice}`) }).waitFor();
    }
    await actions.getByRole('button', { name: knowledge.text('menu.askQuestion') }).click();
    await page.getByText(firstWords(knowledge.text('ask.prompt'))).first().waitFor();

    const question = 'what does SENCO mean';
    const outcome = matcher.match(question);
    expect(outcome.kind).not.toBe('noAnswer');
    await page.locator('[data-id="webchat-sendbox-input"]').fill(question);
    await page.keyboard.press('Enter');
    const expected = outcome.kind === 'glossary' ? outcome.term.meaning : outcome.kind === 'answer' ? outcome.entry.answer : knowledge.text('question.didYouMean');
    await page.getByText(firstWords(expected)).first().waitFor();
    await screenshot(page, 'chat-page.png');

    const violations = await seriousAxeViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Everything came from this server: page, Web Chat bundle, token, built-in Direct Line.
    expect([...new Set(requests.map((u) => new URL(u).origin))]).toEqual([baseUrl]);
    await context.close();
  }, 120_000);
});
