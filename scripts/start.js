/**
 * npm start: the server from the sources, as one bundled file with a V8 code cache, remade whenever a source
 * has changed. It bundles src/ and dialogs/ with the packages they load into dist/dev/bundle.js (the build's
 * esbuild settings, scripts/build.js, on the TypeScript itself, with the esbuild tsx uses, so the code is
 * read exactly as `tsx src/index.ts` reads it) and starts it through the build's launcher
 * (scripts/serverLauncher.js), which writes the code cache after the first start. A start reuses the bundle
 * only when its record of the sources matches them: a hash of every file under src/ and dialogs/ (its path
 * and bytes), package.json, package-lock.json, tsconfig.json, these two scripts, node's version and esbuild's.
 * An edit anywhere there is bundled again before the server starts; it never runs older code.
 * The knowledge snapshot sits beside the bundle (src/knowledge/snapshot.ts).
 *   node scripts/start.js            start (npm start)
 *   node scripts/start.js --bundle   make the bundle if it is not fresh, print where it is, do not start
 * Plain JavaScript: it runs before anything is compiled.
 */
'use strict';
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const outDir = path.join(root, 'dist', 'dev');
const SOURCES = ['src', 'dialogs', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/start.js', 'scripts/build.js', 'scripts/serverLauncher.js'];

/** The esbuild tsx runs the sources with (its own dependency, or the project's when they are one). */
function tsxEsbuild() {
  return require(require.resolve('esbuild', { paths: [path.dirname(require.resolve('tsx/package.json', { paths: [root] }))] }));
}

function hashInto(hash, full) {
  let stat;
  try {
    stat = fs.statSync(full);
  } catch {
    hash.update(`${path.relative(root, full)}\0missing\0`);
    return;
  }
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(full).sort()) hashInto(hash, path.join(full, name));
  } else if (stat.isFile()) {
    const bytes = fs.readFileSync(full);
    hash.update(`${path.relative(root, full).split(path.sep).join('/')}\0${bytes.length}\0`);
    hash.update(bytes);
  }
}

/** What the bundle is made from, as one hash. */
function sourcesHash(esbuildVersion) {
  const hash = crypto.createHash('sha256');
  hash.update(`node ${process.version}\0esbuild ${esbuildVersion}\0`);
  for (const p of SOURCES) hashInto(hash, path.join(root, p));
  return hash.digest('hex');
}

/**
 * Each TypeScript file made CommonJS first, as tsx runs it, so its imports are require() calls and each package
 * is the build node itself loads (its `require` export), as in the build's bundle of tsc's output.
 */
function asTsxRunsIt(esbuild) {
  return {
    name: 'typescript-as-commonjs',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await fs.promises.readFile(args.path, 'utf8');
        const { code } = await esbuild.transform(source, { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: args.path });
        return { contents: code, loader: 'js' };
      });
    },
  };
}

/** dist/dev/server.js, made again unless the record beside it says it was made from these very sources. */
async function freshBundle() {
  const esbuild = tsxEsbuild();
  const sources = sourcesHash(esbuild.version);
  const record = path.join(outDir, 'sources.sha256');
  let made;
  try {
    made = fs.readFileSync(record, 'utf8');
  } catch {
    made = undefined;
  }
  const server = path.join(outDir, 'server.js');
  if (made === sources && fs.existsSync(server)) return { server, rebuilt: false };
  // The record goes first: a bundle half made by a stopped start is never taken for a fresh one.
  fs.rmSync(record, { force: true });
  fs.rmSync(path.join(outDir, 'bundle.js.cache'), { force: true });
  const { bundleOptions } = require('./build.js');
  const options = bundleOptions(path.join(root, 'src', 'index.ts'), path.join(outDir, 'bundle.js'), sources);
  await esbuild.build({ ...options, plugins: [asTsxRunsIt(esbuild), ...options.plugins] });
  fs.copyFileSync(path.join(__dirname, 'serverLauncher.js'), server);
  fs.writeFileSync(record, sources);
  return { server, rebuilt: true };
}

module.exports = { freshBundle, sourcesHash };

if (require.main === module) {
  freshBundle().then(({ server, rebuilt }) => {
    if (process.argv.includes('--bundle')) {
      console.log(`${rebuilt ? 'bundled' : 'fresh'}: ${path.relative(root, server)}`);
    } else {
      require(server).launch({ writeCodeCache: true });
    }
  }, (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
