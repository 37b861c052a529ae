/**
 * npm run build: tsc compiles src/ and dialogs/ to dist/ (tsconfig.build.json), then esbuild bundles the
 * compiled server, with every package it requires, into one file, dist/bundle.js, which the container runs
 * through dist/server.js (scripts/serverLauncher.js: with a V8 code cache written here).
 * Node then reads one file instead of resolving, reading and compiling some 1,750 module files one by one,
 * the larger part of start-up (npm run bench shows both ways). The bundle is made from tsc's CommonJS output, so
 * each package is the build node itself would load (its `require` export); packages stay installed beside it
 * (`npm ci --omit=dev`) for what is found by path at run time, and dtrace-provider, restify's optional
 * native add-on, stays outside. Extra arguments go to tsc (`npm run build -- --outDir elsewhere`).
 * Plain JavaScript: it runs before anything is compiled.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/**
 * How the server is bundled, here from tsc's output and by npm start (scripts/start.js) from the sources:
 * `code` is the figure a knowledge snapshot is keyed by (src/knowledge/snapshot.ts).
 */
function bundleOptions(entry, outfile, code) {
  return {
    entryPoints: [entry],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Found by path, not loaded (the Web Chat bundle, the English word list), or optional and native.
    external: ['botframework-webchat', 'an-array-of-english-words', 'dtrace-provider'],
    define: { __SIGNPOST_CODE_VERSION__: JSON.stringify(code) },
    plugins: [lazyRecognizers()],
    logLevel: 'warning',
  };
}

/**
 * botbuilder-dialogs loads Microsoft's text recognizers (some 4.8 MB of code: numbers, dates, yes/no in a dozen
 * languages, building their patterns as they load) for its number, date, confirm and choice prompts. The bot's
 * journeys use text prompts only, so in the bundle each recognizer package botbuilder-dialogs names is a
 * stand-in that loads the real one the first time anything of it is used. The language names its prompt
 * settings read as they load come from the small base package, whose values are the same.
 */
const RECOGNIZERS = /^@microsoft\/recognizers-text-(suite|date-time|choice|number)$/;
function lazyRecognizers() {
  return {
    name: 'lazy-recognizers',
    setup(build) {
      build.onResolve({ filter: RECOGNIZERS }, (args) => {
        if (args.namespace === 'lazy-recognizers' || !/[\\/]botbuilder-dialogs[\\/]/.test(args.importer)) return undefined;
        return { path: args.path, namespace: 'lazy-recognizers', pluginData: { resolveDir: args.resolveDir } };
      });
      build.onLoad({ filter: /.*/, namespace: 'lazy-recognizers' }, (args) => ({
        resolveDir: args.pluginData.resolveDir,
        loader: 'js',
        contents: `'use strict';
let real;
const load = () => (real ??= require(${JSON.stringify(args.path)}));
const cultures = ${args.path.endsWith('-suite') ? "() => require('@microsoft/recognizers-text').Culture" : 'undefined'};
module.exports = new Proxy({}, {
  get(_, key) {
    if (key === '__esModule') return true;
    if (key === 'Culture' && cultures && real === undefined) return cultures();
    return load()[key];
  },
  has(_, key) { return key in load(); },
  ownKeys() { return Reflect.ownKeys(load()); },
  getOwnPropertyDescriptor(_, key) {
    const d = Reflect.getOwnPropertyDescriptor(load(), key);
    return d && { ...d, configurable: true };
  },
});
`,
      }));
    },
  };
}
module.exports = { bundleOptions };
if (require.main !== module) return;

main().catch((error) => {
  console.error(error);
  process.exit(1);
});

async function main() {
  const args = process.argv.slice(2);
  const outFlag = args.indexOf('--outDir');
  const outDir = path.resolve(root, outFlag >= 0 ? args[outFlag + 1] : 'dist');

  const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', ...args], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0) process.exit(tsc.status ?? 1);

  // The code that reads knowledge/ (tsc's output of src/knowledge and src/core, the package and lock file), as a
  // figure the bundle carries: a snapshot of the knowledge is only read by the code that wrote it.
  const snapshot = require(path.join(outDir, 'src', 'knowledge', 'snapshot.js'));
  const codeVersion = snapshot.codeVersion();

  await require('esbuild').build(bundleOptions(path.join(outDir, 'src', 'index.js'), path.join(outDir, 'bundle.js'), codeVersion));
  // knowledge/ validated now, kept in dist/knowledge.snapshot for the bundle to read at start while the files are
  // these (src/knowledge/snapshot.ts). A knowledge base with errors leaves none: the start then names them.
  try {
    const { use } = snapshot.loadKnowledgeWithSnapshot(path.resolve(root, process.env.KNOWLEDGE_DIR || 'knowledge'), path.join(outDir, 'knowledge.snapshot'));
    if (use === 'unwritten') console.warn('build: the knowledge snapshot could not be written; the server will validate knowledge/ at each start');
  } catch (error) {
    fs.rmSync(path.join(outDir, 'knowledge.snapshot'), { force: true });
    console.warn(`build: no knowledge snapshot, as knowledge/ does not load:\n${error instanceof Error ? error.message : error}`);
  }
  // dist/server.js starts the bundle with a V8 code cache, written here by loading the bundle once. The cache is
  // only good for the node that wrote it: the Dockerfile builds and runs on the same node image.
  fs.copyFileSync(path.join(__dirname, 'serverLauncher.js'), path.join(outDir, 'server.js'));
  const cache = spawnSync(process.execPath, [path.join(outDir, 'server.js'), '--write-code-cache'], { cwd: root, stdio: 'inherit' });
  if (cache.status !== 0) process.exit(cache.status ?? 1);
}
