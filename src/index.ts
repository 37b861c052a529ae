import { createApp } from './app';
import { isLocalMode, loadDotEnv, readConfig } from './config';
import { KnowledgeError } from './knowledge/problems';
import { gracefulShutdown } from './http/shutdown';
import { defaultSnapshotFile } from './knowledge/snapshot';
import type { AppOptions } from './app';
import { runInSlices, warmUpMessages } from './core/warmUp';

// What the start-up probe (scripts/startupProbe.js) builds the app with, whichever way the app is packaged:
// this file, compiled to dist/src/index.js, or bundled with everything it imports into dist/bundle.js (which
// dist/server.js starts by calling main).
export { createApp, loadDotEnv, readConfig, gracefulShutdown };

/**
 * How a start builds the app: the validated knowledge kept in a snapshot (src/knowledge/snapshot.ts) beside the
 * bundle or in node_modules/.cache, used while knowledge/ and the code are unchanged. KNOWLEDGE_SNAPSHOT=off
 * validates knowledge/ in full at every start.
 */
export function startOptions(env: NodeJS.ProcessEnv = process.env): AppOptions {
  return env.KNOWLEDGE_SNAPSHOT === 'off' ? {} : { knowledgeSnapshot: defaultSnapshotFile() };
}

// Thin on purpose: read config, build the app (which validates the knowledge once), listen.
/** Resolves once the server is listening (npm start then writes its code cache: scripts/start.js). */
export function main(): Promise<void> {
  loadDotEnv();
  const config = readConfig();
  let app;
  try {
    app = createApp(config, startOptions());
  } catch (error) {
    if (error instanceof KnowledgeError) {
      // Never half-load: a content editor sees every problem with its file and line, and nothing starts.
      console.error(`The knowledge base has problems, so SEND Signpost did not start:\n\n${error.message}`);
      process.exit(1);
    }
    throw error;
  }
  const { http, log, deps, knowledgeLoad } = app;
  // Finish turns in flight on SIGTERM and refuse new ones (src/shutdown.ts).
  const shutdown = gracefulShutdown(http, log);
  let warming: { stop: () => void } | undefined;
  const listening = http.listen(config.port).then((url) => {
    const local = isLocalMode(config);
    // Log the port actually bound (PORT=0 picks a free one; tests read it from here).
    log.info({ port: Number(new URL(url).port), storage: config.storage, mode: local ? 'local' : 'bot-framework', entries: deps.knowledge.entries.length, knowledge: knowledgeLoad }, 'SEND Signpost is listening');
    if (local) console.log(`\nSEND Signpost is running. Open http://localhost:${config.port}/ to chat.\n`);
    // What the safety screen and the matcher can build after start-up (the pattern scan; the index of the
    // matcher's training messages), built now rather than at the first message.
    setImmediate(() => {
      deps.screen.prepare?.();
      deps.matcher.prepare?.();
      // Then the matcher run once over the knowledge's own messages, in slices between requests (core/warmUp.ts).
      warming = runInSlices(warmUpMessages(deps.knowledge), (text) => deps.matcher.match(text), { later: setImmediate });
    });
  });

  // Drain instead of closing at once; exit 0 when every turn in flight has finished.
  const stop = () => {
    warming?.stop();
    shutdown.shutdown()
      // Insights still waiting to be written (a blob store batches for a couple of seconds) go out first.
      .then(async ({ clean }) => {
        await deps.insights?.flush().catch(() => undefined);
        return clean;
      })
      .then((clean) => process.exit(clean ? 0 : 1));
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return listening;
}

// Started, not imported (the probe imports it to time each stage itself).
if (require.main === module) main();
