import { Activity, ConversationState, MemoryStorage, Storage, TestAdapter, UserState } from 'botbuilder';
import { SignpostBot } from '../../src/bot/bot';
import { readConfig, Config } from '../../src/config';
import { loadKnowledge } from '../../src/knowledge';
import { createMatcher } from '../../src/core/matcher';
import { createSafetyScreen } from '../../src/core/safety';
import type { SignpostDeps } from '../../src/deps';
import type { Knowledge } from '../../src/core/model';
import type { Matcher } from '../../src/core/matcher';
import type { BotLog } from '../../src/log';
import { createJourneys } from '../../dialogs';
import { MainDialog } from '../../dialogs/mainDialog';
import { AreaMemory } from '../../src/bot/areaMemory';
import { ButtonMemory } from '../../src/bot/buttonMemory';

let cached: Knowledge | undefined;
/** The real knowledge base, loaded once per process (once per worker for the files vitest.config.mts shares). */
export function realKnowledge(): Knowledge {
  cached ??= loadKnowledge(readConfig({ KNOWLEDGE_DIR: process.env.KNOWLEDGE_DIR }).knowledgeDir);
  return cached;
}

const matchers = new WeakMap<Knowledge, Matcher>();
/** One matcher per knowledge base per process: building it is the slow part of a test bot. */
export function matcherFor(knowledge: Knowledge): Matcher {
  let matcher = matchers.get(knowledge);
  if (!matcher) matchers.set(knowledge, (matcher = createMatcher(knowledge)));
  return matcher;
}

const screens = new WeakMap<Knowledge, SignpostDeps['screen']>();
/** One safety screen per knowledge base: it holds no state between messages. */
function screenFor(knowledge: Knowledge): SignpostDeps['screen'] {
  let screen = screens.get(knowledge);
  if (!screen) screens.set(knowledge, (screen = createSafetyScreen(knowledge)));
  return screen;
}

/** Deps as the app builds them, with the matcher and safety screen shared across tests (per process). */
export function testDeps(options: { knowledge?: Knowledge; config?: Partial<Config>; now?: Date } = {}): SignpostDeps {
  const knowledge = options.knowledge ?? realKnowledge();
  const config = { ...readConfig({}), ...options.config };
  const now = options.now ? () => new Date(options.now!.getTime()) : undefined;
  return { knowledge, matcher: matcherFor(knowledge), screen: screenFor(knowledge), config, now };
}

/** The real bot, its main dialog and journeys built as src/app.ts builds them. */
export function signpostBot(deps: SignpostDeps, conversationState: ConversationState, userState: UserState, log: BotLog): SignpostBot {
  const memory = new AreaMemory(conversationState);
  const shown = new ButtonMemory(conversationState);
  return new SignpostBot(deps, conversationState, userState, log, new MainDialog(deps, createJourneys(deps, memory), memory, shown), memory, shown);
}

export interface LogLine { level: string; obj: object; msg?: string }

/** A logger that keeps what it was given, so tests can prove what is (and is not) logged. */
export function memoryLog() {
  const lines: LogLine[] = [];
  const put = (level: string) => (obj: object, msg?: string) => void lines.push({ level, obj, msg });
  return { lines, info: put('info'), warn: put('warn'), error: put('error') };
}

export interface TestBotOptions {
  channelId?: string;
  now?: Date;
  config?: Partial<Config>;
  storage?: Storage;
  knowledge?: Knowledge;
}

/**
 * The real bot on botbuilder-testing's TestAdapter, with the real knowledge, matcher and safety screen.
 * `say()` sends one activity and returns everything the bot sent back during that turn.
 */
export function createTestBot(options: TestBotOptions = {}) {
  const deps = testDeps(options);
  const { knowledge } = deps;
  const storage = options.storage ?? new MemoryStorage();
  const log = memoryLog();
  const bot = signpostBot(deps, new ConversationState(storage), new UserState(storage), log);
  const adapter = new TestAdapter(async (context) => bot.run(context), { channelId: options.channelId ?? 'test' });
  adapter.onTurnError = bot.createTurnErrorHandler();

  async function say(input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    adapter.activeQueue.splice(0);
    await adapter.receiveActivity(input);
    return adapter.activeQueue.splice(0);
  }
  /** The join event a channel sends when a parent opens the chat. */
  const join = () =>
    say({ type: 'conversationUpdate', membersAdded: [{ id: 'user', name: 'User' }], recipient: { id: 'bot', name: 'Bot' } });

  return { adapter, bot, deps, storage, log, say, join, knowledge };
}

/** Text and button titles inside an Adaptive Card (TextBlocks, ActionSets and card actions). */
function adaptiveCardParts(card: { body?: unknown[]; actions?: Array<{ title?: string }> }): { text: string[]; buttons: string[] } {
  const text: string[] = [];
  const buttons: string[] = [];
  const walk = (items: unknown[] = []) => {
    for (const item of items as Array<{ type?: string; text?: string; actions?: Array<{ title?: string }>; items?: unknown[]; columns?: unknown[]; selectAction?: { type?: string; title?: string } }>) {
      // A tappable box holding a long label (src/bot/teamsCards.ts choiceBox) is a button.
      if (item.type === 'Container' && item.selectAction?.type === 'Action.Submit') {
        buttons.push(String(item.selectAction.title));
        continue;
      }
      if (item.type === 'TextBlock' && item.text) text.push(item.text);
      if (item.type === 'ActionSet') buttons.push(...(item.actions ?? []).map((a) => String(a.title)));
      if (item.items) walk(item.items);
      if (item.columns) walk(item.columns);
    }
  };
  walk(card.body);
  buttons.push(...(card.actions ?? []).map((a) => String(a.title)));
  return { text, buttons };
}

const isAdaptive = (contentType?: string) => contentType === 'application/vnd.microsoft.card.adaptive';

/** All visible text of some replies: message text, card text and button titles, joined for searching. */
export function visibleText(replies: Partial<Activity>[]): string {
  const parts: string[] = [];
  for (const reply of replies) {
    if (reply.text) parts.push(reply.text);
    for (const action of reply.suggestedActions?.actions ?? []) parts.push(`[${action.title}]`);
    for (const attachment of reply.attachments ?? []) {
      if (isAdaptive(attachment.contentType)) {
        const card = adaptiveCardParts(attachment.content as never);
        parts.push(...card.text, ...card.buttons.map((b) => `[${b}]`));
        continue;
      }
      const content = attachment.content as { text?: string; title?: string; buttons?: Array<{ title: string }>; body?: unknown } | undefined;
      if (content?.title) parts.push(content.title);
      if (content?.text) parts.push(content.text);
      for (const b of content?.buttons ?? []) parts.push(`[${b.title}]`);
      if (content?.body) parts.push(JSON.stringify(content.body));
    }
  }
  return parts.join('\n');
}

/** The button titles offered in a reply (suggested actions or card buttons). */
export function buttons(replies: Partial<Activity>[]): string[] {
  const last = replies[replies.length - 1] ?? {};
  const fromActions = (last.suggestedActions?.actions ?? []).map((a) => String(a.title));
  const fromCards = (last.attachments ?? []).flatMap((a) =>
    isAdaptive(a.contentType)
      ? adaptiveCardParts(a.content as never).buttons
      : ((a.content as { buttons?: Array<{ title: string }> })?.buttons ?? []).map((b) => b.title),
  );
  return [...fromActions, ...fromCards];
}
