/**
 * npm run build: tsc compiles src/ and dialogs/ to dist/ (tsconfig.build.json), then esbuild bundles the
 * compiled server, with every package it requires, into one file, dist/server.js, which the container runs.
 * Node then reads one file instead of resolving, reading and compiling some 1,750 module files one by one,
 * the larger part of start-up (npm run bench shows both ways). The bundle is made from tsc's CommonJS output, so
 * each package is the build node itself would load (its `require` export); packages stay installed beside it
 * (`npm ci --omit=dev`) for what is found by path at run time, and dtrace-provider, restify's optional
 * native add-on, stays outside. Extra arguments go to tsc (`npm run build -- --outDir elsewhere`).
 * Plain JavaScript: it runs before anything is compiled.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const outFlag = args.indexOf('--outDir');
const outDir = path.resolve(root, outFlag >= 0 ? args[outFlag + 1] : 'dist');

const tsc = spawnSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', ...args], { cwd: root, stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

require('esbuild').buildSync({
  entryPoints: [path.join(outDir, 'src', 'index.js')],
  outfile: path.join(outDir, 'server.js'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Found by path, not loaded (the Web Chat bundle, the English word list), or optional and native.
  external: ['botframework-webchat', 'an-array-of-english-words', 'dtrace-provider'],
  logLevel: 'warning',
});
