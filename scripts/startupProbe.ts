/**
 * One real start of the app in a fresh process, as `npm start` does it: load the app's modules, createApp
 * (knowledge, matcher, safety screen, bot, server), listen on a free port. Prints one line,
 * `STARTUP {json}`, with milliseconds since the process began, then closes and exits.
 * Run by `npm run bench` (which starts it with tsx, as `npm start` does); on its own:
 *   PORT=0 LOG_LEVEL=warn INSIGHTS=off npx tsx scripts/startupProbe.ts
 */
import { performance } from 'node:perf_hooks';

/** Milliseconds since the process began; `modules` and `moduleCount` count the app's own imports. */
export interface StartupFigures {
  runtime: number;
  modules: number;
  createApp: number;
  listen: number;
  total: number;
  moduleCount: number;
  yamlLoaded: boolean;
}

async function main(): Promise<void> {
  // Node and tsx are up: everything before this line is theirs.
  const runtime = performance.now();
  // Imports inside the function (not at the top, where they would run before the first clock reading).
  /* eslint-disable @typescript-eslint/no-require-imports */
  const { createApp } = require('../src/app') as typeof import('../src/app');
  const { loadDotEnv, readConfig } = require('../src/config') as typeof import('../src/config');
  require('../src/http/shutdown');
  /* eslint-enable @typescript-eslint/no-require-imports */
  const modules = performance.now();
  loadDotEnv();
  const app = createApp({ ...readConfig(), port: 0 });
  const created = performance.now();
  await app.http.listen(0, '127.0.0.1');
  const listening = performance.now();
  const loaded = Object.keys(require.cache);
  const packageLoaded = (name: string) => loaded.some((f) => f.includes(`/node_modules/${name}/`));
  const result: StartupFigures = {
    runtime,
    modules: modules - runtime,
    createApp: created - modules,
    listen: listening - created,
    total: listening,
    moduleCount: loaded.length,
    yamlLoaded: packageLoaded('yaml'),
  };
  console.log(`STARTUP ${JSON.stringify(result)}`);
  await app.http.close();
  process.exit(0);
}

if (require.main === module) void main();
