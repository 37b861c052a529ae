import type { Browser } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SignpostApp } from '../../src/app';
import { glossaryId, MAX_QUERY_LENGTH } from '../../src/pages/reference';
import { describeViolations, newContext, screenshot, seriousAxeViolations, useBrowserApp } from './harness';

let browser: Browser;
let app: SignpostApp;
let baseUrl: string;
useBrowserApp((started) => ({ browser, app, baseUrl } = started), 300_000);

const QUESTION = 'how long does the council have to decide about an assessment';

describe('helpline reference in a browser', () => {
  it('searches as you type, opens an entry, follows a link, and has print styles', async () => {
    const { matcher, knowledge } = app.deps;
    const expected = matcher.search(QUESTION, 10);
    expect(expected.length).toBeGreaterThan(0);
    const top = expected[0]!.entry;

    const context = await newContext(browser, { viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // The browser's own /favicon.ico request is not the page's doing.
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`); });
    await page.goto(`${baseUrl}/reference`);
    await expect(page.title()).resolves.toBe('SEND Signpost reference');
    // Every entry, glossary term and service is on the one page.
    await expect(page.locator('article.entry').count()).resolves.toBe(knowledge.entries.length);
    await expect(page.locator('article.service').count()).resolves.toBe(knowledge.services.length);
    await expect(page.locator('.glossary .term').count()).resolves.toBe(knowledge.glossary.length);

    // Search as you type: results come from the bot's matcher, in its order.
    await page.getByLabel('Search the reference').fill(QUESTION);
    const results = page.locator('#search-results ol a');
    await results.first().waitFor();
    await expect(results.allTextContents()).resolves.toEqual(expected.map((r) => r.entry.title));
    await screenshot(page, 'reference-search.png');

    // Open the top result: the entry's own page with its sources and reviewed date.
    await results.first().click();
    await page.waitForURL(`${baseUrl}/reference/${top.id}`);
    await expect(page.locator('h1').textContent()).resolves.toBe(top.title);
    await expect(page.locator('.sources li').count()).resolves.toBe(top.sources.length);
    await expect(page.locator('.reviewed time').getAttribute('datetime')).resolves.toBe(top.reviewed);
    await screenshot(page, 'reference-entry.png');
    const entryViolations = await seriousAxeViolations(page);
    expect(entryViolations, describeViolations(entryViolations)).toEqual([]);

    // Follow a link on it: a related entry or a service, or back to the full reference.
    const related = top.followUps.find((id) => knowledge.entry(id)) ?? top.services.find((id) => knowledge.service(id));
    if (related) {
      await page.locator(`main a[href="/reference/${related}"]`).first().click();
      await page.waitForURL(`${baseUrl}/reference/${related}`);
      const title = knowledge.entry(related)?.title ?? knowledge.service(related)!.name;
      await expect(page.locator('h1').textContent()).resolves.toBe(title);
    }
    await page.getByRole('link', { name: 'Back to the full reference' }).click();
    await page.waitForURL(`${baseUrl}/reference`);

    // Print styles: the search form is hidden and external link addresses are printed.
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('form.search').isVisible()).resolves.toBe(false);
    const printedUrl = await page.evaluate(() => {
      const a = document.querySelector('.sources a[href^="http"], .contacts a[href^="http"]');
      return a ? getComputedStyle(a, '::after').content : 'none';
    });
    expect(printedUrl).toMatch(/^"? ?\(|attr|http/);
    await page.emulateMedia({ media: 'screen' });
    await expect(page.locator('form.search').isVisible()).resolves.toBe(true);

    const indexViolations = await seriousAxeViolations(page);
    expect(indexViolations, describeViolations(indexViolations)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('searches without JavaScript too (server-rendered results)', async () => {
    const context = await newContext(browser, { javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reference`);
    await page.getByLabel('Search the reference').fill(QUESTION);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/reference\?q=/);
    const expected = app.deps.matcher.search(QUESTION, 10).map((r) => r.entry.title);
    await expect(page.locator('section.results ol a').allTextContents()).resolves.toEqual(expected);
    await context.close();
  }, 300_000);

  it('reflows at 320 CSS pixels', async () => {
    const context = await newContext(browser, { viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/reference`);
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
    await screenshot(page, 'reference-320px.png');
    await context.close();
  }, 300_000);
});

describe('GET /api/search', () => {
  it('returns ranked matches as JSON', async () => {
    const res = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(QUESTION)}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { query: string; results: Array<{ id: string; url: string; score: number }> };
    expect(body.query).toBe(QUESTION);
    expect(body.results.map((r) => r.id)).toEqual(app.deps.matcher.search(QUESTION, 10).map((r) => r.entry.id));
    expect(body.results[0]!.url).toBe(`/reference/${body.results[0]!.id}`);
  });

  it.each([
    ['missing', ''],
    ['empty', '?q='],
    ['blank', '?q=%20%20'],
    ['too long', `?q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`],
  ])('rejects a %s query with 400 and a readable message', async (_name, query) => {
    const res = await fetch(`${baseUrl}/api/search${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string };
    expect(body.error).toMatch(/Type something to search for|up to 500 characters/);
  });

  it('accepts a query of exactly the maximum length', async () => {
    const res = await fetch(`${baseUrl}/api/search?q=${'a'.repeat(MAX_QUERY_LENGTH)}`);
    expect(res.status).toBe(200);
  });
});

describe('reference pages over HTTP', () => {
  it('gives every entry, service and glossary term a stable page; unknown ids are 404', async () => {
    const { knowledge } = app.deps;
    const entry = knowledge.entries[0]!;
    const service = knowledge.services[0]!;
    for (const id of [entry.id, service.id]) {
      const res = await fetch(`${baseUrl}/reference/${id}`);
      expect(res.status).toBe(200);
    }
    const term = knowledge.glossary[0]!;
    const termPage = await fetch(`${baseUrl}/reference/${glossaryId(term)}`);
    expect(termPage.status).toBe(200);
    expect(await termPage.text()).toContain(term.meaning.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
    const missing = await fetch(`${baseUrl}/reference/no-such-entry`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('There is no reference item called');
  });

  it('escapes what it echoes and has no inline script', async () => {
    const res = await fetch(`${baseUrl}/reference?q=${encodeURIComponent('<script>alert(1)</script>')}`);
    const html = await res.text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
    expect(html).not.toMatch(/\sstyle=/);
  });
});
