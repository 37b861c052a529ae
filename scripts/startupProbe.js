/**
 * One real start of the app in a fresh process: load the app's modules, createApp (knowledge, matcher, safety
 * screen, bot, server), listen on a free port. Prints one line, `STARTUP {json}`, with milliseconds since the
 * process began, then closes and exits. Plain JavaScript so that it runs both ways the app is started:
 *   node scripts/startupProbe.js start              as `npm start` (scripts/start.js): the sources checked
 *                                                   against their bundle (made again if they changed), then it
 *   npx tsx scripts/startupProbe.js src             as `npm run start:tsx` (tsx compiles src/ on the way)
 *   node scripts/startupProbe.js dist/server.js     as `npm run start:prod` and the container (after npm run build):
 *                                                   the app bundled into one file, with its V8 code cache
 *   node scripts/startupProbe.js dist/src           tsc's output, one file a module, as it was before the bundle
 * Each way, it imports the entry point (src/index.ts, which starts the server only when it is the main module).
 * `npm run bench` runs it; set PORT=0 LOG_LEVEL=warn INSIGHTS=off when running it by hand.
 */
'use strict';
const path = require('node:path');
const { performance } = require('node:perf_hooks');

async function main() {
  // Node (and tsx, when it runs this) are up: everything before this line is theirs.
  const runtime = performance.now();
  const which = process.argv[2] || 'src';
  // `start`: as npm start runs it (scripts/start.js): the sources checked against their bundle, then the bundle.
  const target = which === 'start' ? (await require('./start.js').freshBundle()).server : path.resolve(__dirname, '..', which);
  // The entry point and everything it imports.
  const { createApp, loadDotEnv, readConfig, startOptions } = require(target.endsWith('.js') ? target : path.join(target, 'index'));
  const modules = performance.now();
  loadDotEnv();
  // As src/index.ts's main builds it (the knowledge from its snapshot where it holds).
  const app = createApp({ ...readConfig(), port: 0 }, startOptions ? startOptions() : {});
  const created = performance.now();
  await app.http.listen(0, '127.0.0.1');
  const listening = performance.now();
  const used = process.cpuUsage();
  const loaded = Object.keys(require.cache);
  const packageLoaded = (name) => loaded.some((f) => f.includes(`${path.sep}node_modules${path.sep}${name}${path.sep}`));
  const figures = {
    runtime,
    modules: modules - runtime,
    createApp: created - modules,
    listen: listening - created,
    total: listening,
    // CPU time of the process (every thread: the main one, the garbage collector's), a figure less swayed than the
    // clock by other work on a shared machine.
    cpu: (used.user + used.system) / 1000,
    moduleCount: loaded.length,
    // How the knowledge was loaded: from its snapshot ('used'), or validated in full ('written', 'unwritten', 'full').
    knowledge: app.knowledgeLoad,
    // Unknown in the bundle, where a package leaves no file of its own in require's cache.
    yamlLoaded: target.endsWith('.js') ? null : packageLoaded('yaml'),
  };
  console.log(`STARTUP ${JSON.stringify(figures)}`);
  // npm start writes its bundle's code cache once it is listening, if it had none (scripts/serverLauncher.js).
  if (which === 'start') require(target).writeMissingCodeCache();
  await app.http.close();
  process.exit(0);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
