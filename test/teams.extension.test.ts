import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { copyAnswerText, lastChecked, longDate, shortAnswer } from '../src/core/render';
import { requestOrigin } from '../src/http/origin';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER, staffAnswerCard } from '../src/bot/staffExtension';
import { readPublicBaseUrl } from '../src/config';
import { createTestBot } from './helpers/testBot';

const BASE = 'https://signpost.example.org';
const BOT = { id: 'bot', name: 'SEND Signpost' };

/** The invoke Teams sends as a staff member types in the compose box. */
const query = (words: string, options: { skip?: number; count?: number } = {}): Partial<Activity> => ({
  type: 'invoke',
  name: 'composeExtension/query',
  recipient: BOT,
  conversation: { id: '19:staff-chat', conversationType: 'groupChat', isGroup: true, name: '' },
  value: { commandId: SEARCH_COMMAND_ID, parameters: [{ name: SEARCH_PARAMETER, value: words }], queryOptions: { skip: options.skip ?? 0, count: options.count ?? 10 } },
});

/** The invoke Teams sends when a result row is picked: the row's tap value. */
const select = (value: unknown): Partial<Activity> => ({
  type: 'invoke', name: 'composeExtension/selectItem', recipient: BOT,
  conversation: { id: '19:staff-chat', conversationType: 'groupChat', isGroup: true, name: '' }, value,
});

interface Card { type: string; version: string; body: Array<{ type: string; text?: string }>; actions: Array<{ type: string; title: string; url?: string; card?: { body: Array<{ type: string; value?: string }> } }> }
interface ExtensionBody { composeExtension: { type: string; text?: string; attachmentLayout?: string; attachments?: Array<{ contentType: string; content: Card; preview?: { contentType: string; content: { title: string; text: string; tap: { type: string; value: { entryId: string } } } } }> } }

/** The body of the invoke response the bot returned for the turn (what Teams shows). */
function invokeBody(replies: Partial<Activity>[]): ExtensionBody {
  const responses = replies.filter((r) => r.type === 'invokeResponse');
  expect(responses).toHaveLength(1);
  const value = responses[0].value as { status: number; body: ExtensionBody };
  expect(value.status).toBe(200);
  return value.body;
}

describe('Teams staff search (message extension)', () => {
  it('a query returns the same entries, in the same order, as the bot\'s matcher, each row picking its entry', async () => {
    const bot = createTestBot({ channelId: 'msteams', config: { publicBaseUrl: BASE } });
    const words = 'how long does the council have to decide about an assessment';
    const body = invokeBody(await bot.say(query(words)));
    const expected = bot.deps.matcher.search(words, 10).map((r) => r.entry);
    expect(expected.length).toBeGreaterThan(0);
    expect(body.composeExtension.type).toBe('result');
    expect(body.composeExtension.attachmentLayout).toBe('list');
    const rows = body.composeExtension.attachments!;
    expect(rows.map((r) => r.preview!.content.title)).toEqual(expected.map((e) => e.title));
    expect(rows.map((r) => r.preview!.content.tap)).toEqual(expected.map((e) => ({ type: 'invoke', title: e.title, value: { entryId: e.id } })));
    // Rows are light; picking one (selectItem) builds the full card.
    expect(rows[0].contentType).toBe('application/vnd.microsoft.card.thumbnail');
    expect(JSON.stringify(body).length).toBeLessThan(10_000);
  });

  it('pages through results with queryOptions.skip and count', async () => {
    const bot = createTestBot({ channelId: 'msteams', config: { publicBaseUrl: BASE } });
    const words = 'annual review';
    const all = bot.deps.matcher.search(words, 6).map((r) => r.entry.title);
    const page = invokeBody(await bot.say(query(words, { skip: 3, count: 3 }))).composeExtension.attachments!;
    expect(page.map((r) => r.preview!.content.title)).toEqual(all.slice(3, 6));
  });

  it('an empty search asks for words instead of listing everything', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    const body = invokeBody(await bot.say(query('   ')));
    expect(body.composeExtension).toEqual({ type: 'message', text: bot.knowledge.text('staff.searchHint') });
  });

  it('selectItem inserts the card: short answer, Last checked, sources, the reference link and Copy answer', async () => {
    const bot = createTestBot({ channelId: 'msteams', config: { publicBaseUrl: `${BASE}/` } });
    const entry = bot.knowledge.entries.find((e) => lastChecked(e.sources) && e.answer.trim().includes('\n\n'))!;
    const body = invokeBody(await bot.say(select({ entryId: entry.id })));
    const [attachment] = body.composeExtension.attachments!;
    expect(body.composeExtension.attachments).toHaveLength(1);
    const card = attachment.content;
    expect(card.version).toBe('1.5');
    const texts = card.body.map((b) => b.text);
    expect(texts[1]).toBe(shortAnswer(entry));
    expect(texts[1]).not.toBe(entry.answer.trim()); // the first paragraph only
    expect(texts).toContain(bot.knowledge.text('staff.lastChecked', { date: longDate(lastChecked(entry.sources)!) }));
    const sources = texts.find((t) => t?.startsWith('- '))!;
    for (const s of entry.sources) expect(sources).toContain(s.citation ?? s.title ?? s.url!);
    const url = `${BASE}/reference/${entry.id}`;
    expect(card.actions[0]).toEqual({ type: 'Action.OpenUrl', title: bot.knowledge.text('staff.open'), url });
    const copy = card.actions.find((a) => a.title === bot.knowledge.text('staff.copy'))!;
    expect(copy.type).toBe('Action.ShowCard');
    expect(copy.card!.body.find((b) => b.type === 'Input.Text')!.value).toBe(copyAnswerText(entry, bot.knowledge.text, url));
  });

  it('without PUBLIC_BASE_URL the link uses the host the request came to', async () => {
    const bot = createTestBot({ channelId: 'msteams', config: { publicBaseUrl: '' } });
    const entry = bot.knowledge.entries[0];
    bot.adapter.use(async (context, next) => {
      context.turnState.set((await import('../src/bot/staffExtension')).REQUEST_ORIGIN, 'https://bot.council.example');
      await next();
    });
    const card = invokeBody(await bot.say(select({ entryId: entry.id }))).composeExtension.attachments![0].content;
    expect(card.actions[0].url).toBe(`https://bot.council.example/reference/${entry.id}`);
  });

  it('every entry\'s card fits in a Teams message (about 28 KB), copy text included', () => {
    const bot = createTestBot({ channelId: 'msteams' });
    for (const entry of bot.knowledge.entries) {
      const card = staffAnswerCard(entry, bot.deps, `${BASE}/reference/${entry.id}`);
      expect(Buffer.byteLength(JSON.stringify(card)), entry.id).toBeLessThan(28 * 1024);
    }
  });

  it('a stale or forged selectItem value gets a message, not an error', async () => {
    const bot = createTestBot({ channelId: 'msteams' });
    for (const value of [{ entryId: 'no-such-entry' }, { entryId: 42 }, null]) {
      const body = invokeBody(await bot.say(select(value)));
      expect(body.composeExtension).toEqual({ type: 'message', text: bot.knowledge.text('staff.notFound') });
    }
  });

  it('the manifest declares the command and parameter the bot answers to, and the staff tab', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'appPackage', 'manifest.json'), 'utf8'));
    const [extension] = manifest.composeExtensions;
    expect(extension.botId).toBe(manifest.bots[0].botId);
    expect(extension.commands).toEqual([expect.objectContaining({ id: SEARCH_COMMAND_ID, type: 'query', parameters: [expect.objectContaining({ name: SEARCH_PARAMETER })] })]);
    expect(manifest.staticTabs).toEqual([expect.objectContaining({ contentUrl: 'https://${{BOT_DOMAIN}}/teams/reference', scopes: ['personal'] })]);
  });
});

describe('the public address for absolute links', () => {
  it('PUBLIC_BASE_URL wins, else https://BOT_DOMAIN, else nothing; a bad value stops start-up', () => {
    expect(readPublicBaseUrl({ PUBLIC_BASE_URL: 'https://a.example.org/', BOT_DOMAIN: 'b.example.org' })).toBe('https://a.example.org');
    expect(readPublicBaseUrl({ BOT_DOMAIN: 'b.example.org' })).toBe('https://b.example.org');
    expect(readPublicBaseUrl({})).toBe('');
    expect(() => readPublicBaseUrl({ PUBLIC_BASE_URL: 'javascript:alert(1)' })).toThrow(/PUBLIC_BASE_URL/);
    expect(() => readPublicBaseUrl({ PUBLIC_BASE_URL: 'not a url' })).toThrow(/PUBLIC_BASE_URL/);
  });

  it('the request origin comes from Host and X-Forwarded-Proto, and a strange Host is ignored', () => {
    expect(requestOrigin({ headers: { host: 'bot.example.org', 'x-forwarded-proto': 'https' } })).toBe('https://bot.example.org');
    expect(requestOrigin({ headers: { host: '127.0.0.1:3978' } })).toBe('http://127.0.0.1:3978');
    expect(requestOrigin({ headers: { host: 'evil.example"/><script>' } })).toBeUndefined();
  });
});
