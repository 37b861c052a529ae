import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { ask, firstWords, onScreen, screenshot, settle, SIZES, useBrowserApp } from './harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started));

describe('a date typed on its own, in the chat page', () => {
  it.each(SIZES)('at $name size: the date said back, the milestones as numbered buttons, then the date offered as a button', async (size) => {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/`);
    const { knowledge } = app.deps;
    const say = (key: string) => knowledge.dialogText.deadlines[key];
    await page.getByText(onScreen(firstWords(knowledge.text('welcome')))).first().waitFor();

    await ask(page, '3/3/26');
    const told = say('milestone.datePrompt').replace('{date}', 'Tuesday 3 March 2026');
    await page.getByText(onScreen(firstWords(told, 8).replace(/\*\*/g, ''))).first().waitFor();
    await settle(page);
    const actions = page.getByRole('toolbar', { name: 'Suggested actions' });
    const first = knowledge.deadlines!.milestones[0];
    await actions.getByRole('button', { name: `1. ${first.label}` }).waitFor();
    await screenshot(page, `date-alone-${size.name}.png`);

    await actions.getByRole('button', { name: `1. ${first.label}` }).click();
    const offered = actions.getByRole('button', { name: 'Tuesday 3 March 2026' });
    await offered.waitFor();
    await settle(page);
    await screenshot(page, `date-alone-offered-${size.name}.png`);
    await offered.click();
    await page.getByText(onScreen(firstWords(say('results.intro').split('{')[0]))).first().waitFor();
    expect(await page.getByText(onScreen(firstWords(knowledge.text('question.noClearAnswer')))).count()).toBe(0);
    await context.close();
  }, 120_000);
});
