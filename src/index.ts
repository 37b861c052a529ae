import { createApp } from './app';
import { isLocalMode, loadDotEnv, readConfig } from './config';
import { KnowledgeError } from './knowledge';

// Thin on purpose: read config, build the app (which validates the knowledge once), listen.
loadDotEnv();
const config = readConfig();
let app;
try {
  app = createApp(config);
} catch (error) {
  if (error instanceof KnowledgeError) {
    // Never half-load: a content editor sees every problem with its file and line, and nothing starts.
    console.error(`The knowledge base has problems, so SEND Signpost did not start:\n\n${error.message}`);
    process.exit(1);
  }
  throw error;
}
const { http, log, deps } = app;
http.listen(config.port).then(() => {
  const local = isLocalMode(config);
  log.info({ port: config.port, mode: local ? 'local' : 'bot-framework', entries: deps.knowledge.entries.length }, 'SEND Signpost is listening');
  if (local) console.log(`\nSEND Signpost is running. Open http://localhost:${config.port}/ to chat.\n`);
});

const stop = () => {
  log.info({}, 'shutting down');
  http.close().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
