import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { renderItem } from '../../src/pages/reference';
import { newContext, useBrowserApp } from './harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started));

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g) ?? []).length;

describe('printing a reference page', () => {
  it('the item link is the full address when the site address is known', () => {
    const entry = app.deps.knowledge.entries[0]!;
    const html = renderItem(app.deps, entry.id, { baseUrl: 'https://signpost.example.org' })!;
    expect(html).toContain(`Link: <a href="https://signpost.example.org/reference/${entry.id}">https://signpost.example.org/reference/${entry.id}</a>`);
  });

  it('a short entry prints on one A4 page, with its full link, without the search or navigation', async () => {
    const { knowledge } = app.deps;
    const short = [...knowledge.entries].sort((a, b) => a.answer.length - b.answer.length)[0]!;
    const long = [...knowledge.entries].sort((a, b) => b.answer.length - a.answer.length)[0]!;
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reference/${short.id}`);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.permalink a').textContent()).resolves.toBe(`${baseUrl}/reference/${short.id}`);
    await expect(page.locator('.search').isVisible()).resolves.toBe(false);
    await expect(page.locator('.back').isVisible()).resolves.toBe(false);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);

    // The count can tell: the longest entry takes more than one page.
    await page.goto(`${baseUrl}/reference/${long.id}`);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBeGreaterThan(1);
    await context.close();
  }, 120_000);
});
