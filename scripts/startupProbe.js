/**
 * One real start of the app in a fresh process: load the app's modules, createApp (knowledge, matcher, safety
 * screen, bot, server), listen on a free port. Prints one line, `STARTUP {json}`, with milliseconds since the
 * process began, then closes and exits. Plain JavaScript so that it runs both ways the app is started:
 *   npx tsx scripts/startupProbe.js src          as `npm start` (tsx compiles src/ on the way)
 *   node scripts/startupProbe.js dist/src        as `npm run start:prod` and the container (after npm run build)
 * `npm run bench` runs it; set PORT=0 LOG_LEVEL=warn INSIGHTS=off when running it by hand.
 */
'use strict';
const path = require('node:path');
const { performance } = require('node:perf_hooks');

async function main() {
  // Node (and tsx, when it runs this) are up: everything before this line is theirs.
  const runtime = performance.now();
  const appDir = path.resolve(__dirname, '..', process.argv[2] || 'src');
  // What src/index.ts imports.
  const { createApp } = require(path.join(appDir, 'app'));
  const { loadDotEnv, readConfig } = require(path.join(appDir, 'config'));
  require(path.join(appDir, 'http', 'shutdown'));
  const modules = performance.now();
  loadDotEnv();
  const app = createApp({ ...readConfig(), port: 0 });
  const created = performance.now();
  await app.http.listen(0, '127.0.0.1');
  const listening = performance.now();
  const loaded = Object.keys(require.cache);
  const packageLoaded = (name) => loaded.some((f) => f.includes(`${path.sep}node_modules${path.sep}${name}${path.sep}`));
  const figures = {
    runtime,
    modules: modules - runtime,
    createApp: created - modules,
    listen: listening - created,
    total: listening,
    moduleCount: loaded.length,
    yamlLoaded: packageLoaded('yaml'),
  };
  console.log(`STARTUP ${JSON.stringify(figures)}`);
  await app.http.close();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
