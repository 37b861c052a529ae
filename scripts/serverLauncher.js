/**
 * dist/server.js, what the container runs (`npm run build` copies this file there): it runs dist/bundle.js, the
 * server and every package it loads in one file, with the V8 code cache the build made for it
 * (dist/bundle.js.cache), so most of the bundle's functions start compiled instead of being compiled again at
 * each start. A cache V8 refuses (another node version, a changed bundle) is ignored: the bundle is compiled as
 * usual. Imported rather than run (scripts/startupProbe.js), it exports the bundle's exports without starting.
 *   node dist/server.js                      start the server
 *   node dist/server.js --write-code-cache   (npm run build) load the bundle, build the app once (not listening),
 *                                            write the code cache of what that compiled, exit
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const Module = require('node:module');

const file = path.join(__dirname, 'bundle.js');
const cacheFile = `${file}.cache`;
const writing = require.main === module && process.argv.includes('--write-code-cache');
let cacheRead = false;
/** The bundle compiled (from the cache where V8 takes it); the cache's bytes are let go once it is read. */
function compile() {
  let cachedData;
  if (!writing) {
    try {
      cachedData = fs.readFileSync(cacheFile);
    } catch {
      // No cache: compiled as usual.
    }
  }
  const compiled = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), {
    filename: file,
    cachedData,
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  });
  cacheRead = cachedData !== undefined && !compiled.cachedDataRejected;
  return compiled;
}
const script = compile();
// The bundle runs as a CommonJS module of its own, requiring node's modules and the few packages left outside it.
const bundle = new Module(file, module);
bundle.filename = file;
bundle.paths = Module._nodeModulePaths(__dirname);
script.runInThisContext().call(bundle.exports, bundle.exports, Module.createRequire(file), bundle, file, __dirname);
bundle.loaded = true;
/**
 * Starts the server. With `writeCodeCache` (npm start, scripts/start.js, whose bundle is made on this machine),
 * a bundle that had no cache V8 took gets one once the server is listening, of what the start compiled.
 */
function launch({ writeCodeCache = false } = {}) {
  const listening = bundle.exports.main();
  if (writeCodeCache) Promise.resolve(listening).then(() => setImmediate(writeMissingCodeCache));
  return listening;
}
/** Writes the code cache of what has run so far, unless V8 took the one there. */
function writeMissingCodeCache() {
  if (cacheRead) return;
  try {
    fs.writeFileSync(cacheFile, script.createCachedData());
    cacheRead = true;
  } catch {
    // A folder it may not write to: the next start compiles as usual.
  }
}
module.exports = { ...bundle.exports, launch, writeMissingCodeCache };

if (writing) {
  // The cache holds the functions compiled so far: build the app once, as a start does (without listening or
  // recording insights), so that what start-up runs is in it, not only the bundle's top level.
  process.env.INSIGHTS = 'off';
  const { createApp, readConfig, startOptions } = bundle.exports;
  createApp(readConfig(), startOptions());
  fs.writeFileSync(cacheFile, script.createCachedData());
  process.exit(0);
} else if (require.main === module) {
  launch();
}
