import { ConversationState, Storage, UserState } from 'botbuilder';
import pino from 'pino';
import type { BotLog, SignpostDeps } from './bot';
import { SignpostBot } from './bot';
import { createAdapter } from './adapter';
import type { Config } from './config';
import { loadKnowledge } from './knowledge';
import { createMatcher } from './matcher';
import { createSafetyScreen } from './safety';
import { defaultFeatures } from './features';
import { createServer, RouteFeature, SignpostServer } from './server';
import { createStorage } from './storage';

export interface AppOptions {
  storage?: Storage;
  log?: BotLog;
  now?: () => Date;
  features?: RouteFeature[];
}

export interface SignpostApp {
  deps: SignpostDeps;
  bot: SignpostBot;
  storage: Storage;
  http: SignpostServer;
  log: BotLog;
}

/** Knowledge → matcher → bot → adapter → server. Knowledge is validated here, once; a broken base throws. */
export function createApp(config: Config, options: AppOptions = {}): SignpostApp {
  const log = options.log ?? pino({ name: 'send-signpost', level: process.env.LOG_LEVEL ?? 'info' });
  const knowledge = loadKnowledge(config.knowledgeDir);
  const deps: SignpostDeps = {
    knowledge,
    matcher: createMatcher(knowledge),
    screen: createSafetyScreen(knowledge),
    config,
    now: options.now,
  };
  const storage = options.storage ?? createStorage(config);
  const bot = new SignpostBot(deps, new ConversationState(storage), new UserState(storage), log);
  const adapter = createAdapter(config, bot.createTurnErrorHandler());
  const http = createServer({ deps, adapter, logic: (context) => bot.run(context), log }, [...defaultFeatures, ...(options.features ?? [])]);
  return { deps, bot, storage, http, log };
}
