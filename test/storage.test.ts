import { describe, expect, it } from 'vitest';
import { ConversationState, MemoryStorage, Storage, StoreItems, TestAdapter, TurnContext, UserState } from 'botbuilder';
import { SignpostBot } from '../src/bot/bot';
import { readConfig } from '../src/config';
import { commitThenSend, createStorage, ExpiringMemoryStorage, isStateConflict, StateStore } from '../src/bot/storage';
import { createTestBot, matcherFor, memoryLog, realKnowledge, signpostBot, visibleText } from './helpers/testBot';
import { createSafetyScreen } from '../src/core/safety';

const k = realKnowledge();
const MINUTE = 60_000;

describe('storage configuration', () => {
  it('uses memory by default, keeps state for a day, and refuses unknown or incomplete settings with a clear message', () => {
    const config = readConfig({});
    expect(config.storage).toBe('memory');
    expect(config.stateTtlMinutes).toBe(60 * 24);
    expect(createStorage(config).inner).toBeInstanceOf(ExpiringMemoryStorage);
    expect(() => readConfig({ STORAGE: 'disk' })).toThrow(/STORAGE must be "memory" or "blob"/);
    expect(() => readConfig({ STORAGE: 'blob' })).toThrow(/BLOB_CONNECTION_STRING/);
    expect(() => readConfig({ STATE_TTL_MINUTES: 'soon' })).toThrow(/STATE_TTL_MINUTES/);
    expect(() => readConfig({ STATE_TTL_MINUTES: '0' })).toThrow(/STATE_TTL_MINUTES/);
    expect(readConfig({ STORAGE: 'blob', BLOB_CONNECTION_STRING: 'UseDevelopmentStorage=true;', BLOB_CONTAINER: 'c1' })).toMatchObject({
      storage: 'blob',
      blobContainer: 'c1',
    });
  });
});

describe('state expiry', () => {
  it('treats a record idle longer than the TTL as absent and deletes it from the store itself', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const inner = new MemoryStorage();
    const store = new StateStore(inner, { ttlMs: 60 * MINUTE, now: () => now });
    await store.write({ old: { answer: 'a' }, fresh: { answer: 'b' } });
    now += 30 * MINUTE;
    await store.write({ fresh: { answer: 'c' } });

    now += 45 * MINUTE; // "old" was last written 75 minutes ago, "fresh" 45 minutes ago.
    const items = await store.read(['old', 'fresh']);
    expect(Object.keys(items)).toEqual(['fresh']);
    expect(items.fresh.answer).toBe('c');
    expect(items.fresh).not.toHaveProperty('lastSeen'); // The stamp is the store's business, not the bot's.
    expect(await inner.read(['old'])).toEqual({}); // Gone from the underlying store, not just hidden.
    expect((await inner.read(['fresh'])).fresh.lastSeen).toBe('2026-11-23T10:30:00.000Z');
  });

  it('a parent who comes back after the TTL starts afresh (welcomed again); one who comes back sooner carries on', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const store = new StateStore(new MemoryStorage(), { ttlMs: 60 * MINUTE, now: () => now });
    const bot = createTestBot({ storage: store });
    await bot.join();
    expect(visibleText(await bot.say(k.text('menu.askQuestion')))).toContain(k.text('ask.prompt'));

    now += 59 * MINUTE;
    const soon = visibleText(await bot.say(k.text('menu.askQuestion')));
    expect(soon).not.toContain(k.text('welcome').trim().slice(0, 40));

    now += 61 * MINUTE;
    const later = visibleText(await bot.say('hello'));
    expect(later).toContain(k.text('welcome').trim().slice(0, 40));
  });
});

describe('memory storage over a long run', () => {
  it('"forget me" leaves nothing behind, and conversations abandoned for longer than the TTL are swept out unread', async () => {
    let now = Date.parse('2026-11-23T10:00:00Z');
    const memory = new ExpiringMemoryStorage(() => now);
    const bot = createTestBot({ storage: new StateStore(memory, { ttlMs: 60 * MINUTE, now: () => now }) });
    await bot.join();
    await bot.say(k.text('menu.askQuestion'));
    expect(memory.size).toBeGreaterThan(0);
    await bot.say('forget me');
    const held = (memory as unknown as { memory: Record<string, unknown> }).memory;
    expect(Object.keys(held)).toEqual([]); // botbuilder's MemoryStorage would keep each key, set to undefined.

    await memory.write({ abandoned: { step: 1 } });
    now += 30 * MINUTE;
    await memory.write({ active: { step: 1 } });
    now += 40 * MINUTE;
    expect(memory.sweep(now - 60 * MINUTE)).toBe(1);
    expect(Object.keys(held)).toEqual(['active']);
  });
});

describe('optimistic concurrency', () => {
  it('the second of two writers that read the same version gets a conflict, even though BotState writes eTag "*"', async () => {
    const inner = new MemoryStorage();
    const a = new StateStore(inner, { ttlMs: 60 * MINUTE });
    const b = new StateStore(inner, { ttlMs: 60 * MINUTE });
    await a.write({ conv: { step: 0 } });
    const readByA = (await a.read(['conv'])).conv;
    const readByB = (await b.read(['conv'])).conv;
    readByA.step = 1;
    readByA.eTag = '*';
    await a.write({ conv: readByA });
    readByB.step = 2;
    readByB.eTag = '*';
    const lost = await b.write({ conv: readByB }).catch((e: unknown) => e);
    expect(isStateConflict(lost)).toBe(true);
    expect((await inner.read(['conv'])).conv.step).toBe(1);
  });
});

/** Holds the first read of a conversation's state until `parties` turns have read it: a guaranteed race. */
function raceOnFirstRead(inner: Storage, barrier: { parties: number; arrived: number; open: Promise<void>; openIt: () => void }): Storage {
  let armed = true;
  return {
    async read(keys: string[]): Promise<StoreItems> {
      const items = await inner.read(keys);
      if (armed && keys.some((key) => key.includes('/conversations/'))) {
        armed = false;
        barrier.arrived += 1;
        if (barrier.arrived === barrier.parties) barrier.openIt();
        await barrier.open;
      }
      return items;
    },
    write: (changes) => inner.write(changes),
    delete: (keys) => inner.delete(keys),
  };
}

function newBarrier(parties: number) {
  let openIt = () => undefined as void;
  const open = new Promise<void>((resolve) => (openIt = resolve));
  return { parties, arrived: 0, open, openIt };
}

describe('two turns of one conversation at once (two instances, one memory store)', () => {
  it('the losing turn runs again on fresh state: both messages are answered, in a consistent order, nothing is lost', async () => {
    const shared = new MemoryStorage();
    const config = readConfig({});
    const deps = { knowledge: k, matcher: matcherFor(k), screen: createSafetyScreen(k), config };
    const barrier = newBarrier(2);

    const instance = (storage: Storage) => {
      const log = memoryLog();
      const conversationState = new ConversationState(storage);
      const userState = new UserState(storage);
      const bot = signpostBot(deps, conversationState, userState, log);
      const logic = commitThenSend((context: TurnContext) => bot.run(context), {
        states: [conversationState, userState],
        log,
        resendText: () => 'please resend',
      });
      const adapter = new TestAdapter(logic, { channelId: 'test', conversation: { id: 'conv-race', isGroup: false, conversationType: 'personal', name: '' } });
      adapter.onTurnError = bot.createTurnErrorHandler();
      return { adapter, log };
    };
    // Instance A welcomes the parent first, with no race.
    const setup = instance(new StateStore(shared, { ttlMs: 60 * MINUTE }));
    await setup.adapter.receiveActivity({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'User' }], recipient: { id: 'bot', name: 'Bot' } });

    const a = instance(new StateStore(raceOnFirstRead(shared, barrier), { ttlMs: 60 * MINUTE }));
    const b = instance(new StateStore(raceOnFirstRead(shared, barrier), { ttlMs: 60 * MINUTE }));
    a.adapter.activeQueue.splice(0);
    b.adapter.activeQueue.splice(0);
    const question = 'how long does the council have to decide whether to do an EHC needs assessment';
    await Promise.all([a.adapter.receiveActivity(k.text('menu.askQuestion')), b.adapter.receiveActivity(question)]);

    const conflicts = [...a.log.lines, ...b.log.lines].filter((l) => /state conflict/.test(l.msg ?? ''));
    expect(conflicts).toHaveLength(1);
    const aText = visibleText(a.adapter.activeQueue);
    const bText = visibleText(b.adapter.activeQueue);
    for (const text of [aText, bText]) {
      expect(text).not.toContain(k.text('error.apology'));
      expect(text).not.toContain('please resend');
      expect(text.length).toBeGreaterThan(0);
    }
    // Whichever turn lost ran second, on the winner's state: its reply only makes sense after the other turn.
    const aLost = a.log.lines.some((l) => /state conflict/.test(l.msg ?? ''));
    const key = Object.keys((shared as unknown as { memory: Record<string, string> }).memory).find((k) => k.includes('/conversations/'))!;
    const stored = JSON.stringify((await shared.read([key]))[key]);
    if (aLost) {
      // B answered the question at the menu first; then A's "Ask a question" moved on to the question prompt.
      expect(aText).toContain(k.text('ask.prompt'));
      expect(stored).toContain('"kind":"question"');
    } else {
      // A moved to the question prompt first; then B's words were taken as the question and answered.
      expect(aText).toContain(k.text('ask.prompt'));
      expect(bText).not.toContain(k.text('ask.prompt'));
      expect(stored).toContain('"kind":"next"');
    }
  });
});
