import { ConversationState, Storage, UserState } from 'botbuilder';
import { SignpostBot } from './bot/bot';
import { createJourneys } from '../dialogs';
import { MainDialog } from '../dialogs/mainDialog';
import { AreaMemory } from './bot/areaMemory';
import { ButtonMemory } from './bot/buttonMemory';
import { botEndpoint, createAdapter } from './bot/adapter';
import { createLogger } from './log';
import type { Config } from './config';
import { loadKnowledge } from './knowledge';
import { loadKnowledgeWithSnapshot, type SnapshotUse } from './knowledge/snapshot';
import { createMatcher, TUNING } from './core/matcher';
import { readEnglishWords } from './knowledge/englishWords';
import { createSafetyScreen } from './core/safety';
import { defaultFeatures } from './http/routes';
import { createInsights } from './insights';
import { createServer, SignpostServer } from './http/server';
import { createStorage, StateStore } from './bot/storage';
import { DownloadStore } from './bot/downloads';
import type { BotLog } from './log';
import type { SignpostDeps } from './deps';
import { RouteFeature } from './http/feature';
import { commitThenSend } from './bot/commitThenSend';

export interface AppOptions {
  storage?: Storage;
  log?: BotLog;
  now?: () => Date;
  features?: RouteFeature[];
  /**
   * Keep the validated knowledge in this file (src/knowledge/snapshot.ts) and read it from there while
   * knowledge/ and the code are as they were; without it, knowledge/ is read and validated in full.
   */
  knowledgeSnapshot?: string;
}

export interface SignpostApp {
  deps: SignpostDeps;
  bot: SignpostBot;
  storage: Storage;
  http: SignpostServer;
  log: BotLog;
  /** How the knowledge was loaded: from its snapshot, or in full (and then written to it), or in full alone. */
  knowledgeLoad: SnapshotUse | 'full';
}

/** Knowledge → matcher → bot → adapter → the bot's endpoint → server. Knowledge is validated here, once; a broken base throws. */
export function createApp(config: Config, options: AppOptions = {}): SignpostApp {
  // createLogger's redaction rules hide message text and personal fields even if an activity is logged by mistake.
  const log = options.log ?? createLogger({ pinoOptions: { name: 'send-signpost' } });
  const loaded = options.knowledgeSnapshot ? loadKnowledgeWithSnapshot(config.knowledgeDir, options.knowledgeSnapshot) : undefined;
  const knowledge = loaded?.knowledge ?? loadKnowledge(config.knowledgeDir);
  const deps: SignpostDeps = {
    knowledge,
    matcher: createMatcher(knowledge, TUNING, readEnglishWords()),
    screen: createSafetyScreen(knowledge),
    config,
    now: options.now,
    // Insights: one redacted record per turn for the content report (nothing with INSIGHTS=off).
    insights: createInsights(config.insights, { onError: (e) => log.warn({ code: (e as NodeJS.ErrnoException)?.code ?? 'error' }, 'insights not recorded') }),
  };
  const storage = options.storage ?? createStorage(config);
  // Offered files wait in the same store as conversations, so any instance can serve the link.
  deps.files = new DownloadStore(storage, options.now ? () => options.now!().getTime() : Date.now);
  // The two states are named so commitThenSend can reload them when a turn is retried.
  const conversationState = new ConversationState(storage);
  const userState = new UserState(storage);
  // The composition root: journeys inside the main dialog, handed to the bot (which never builds dialogs).
  const areaMemory = new AreaMemory(conversationState);
  const buttonMemory = new ButtonMemory(conversationState);
  const mainDialog = new MainDialog(deps, createJourneys(deps, areaMemory), areaMemory, buttonMemory);
  const bot = new SignpostBot(deps, conversationState, userState, log, mainDialog, areaMemory, buttonMemory);
  const adapter = createAdapter(config, bot.createTurnErrorHandler());
  // Replies are sent once the turn's state is saved; a turn that loses a save race to
  // another instance runs again on fresh state (src/storage.ts commitThenSend).
  const logic = commitThenSend((context) => bot.run(context), {
    states: [conversationState, userState],
    log,
    resendText: () => knowledge.text('state.resend'),
  });
  const readiness = storage instanceof StateStore ? () => storage.ready() : undefined;
  const http = createServer({ deps, bot: botEndpoint(adapter, logic), log, readiness }, [...defaultFeatures, ...(options.features ?? [])]);
  return { deps, bot, storage, http, log, knowledgeLoad: loaded?.use ?? 'full' };
}
