/**
 * npm run bench — prints (never asserts) matcher figures:
 *   start-up: loadKnowledge + createMatcher + the safety screen on the real knowledge, stage by stage
 *   (YAML parse, schemas, the matcher's training files, checks, the English word list, the matcher's index,
 *   the safety model built from its file, the rest of the safety screen), and memory after, with what each part
 *   keeps (npm run bench exposes the collector for that);
 *   the app's real start-up in a fresh process (scripts/startupProbe.js): module loading, createApp, listening;
 *   index build time and match latency (p50, p99) at real size, 10× and 100× synthetic sizes.
 * Synthetic entries are copies of the real ones with a made-up word added to each title and
 * question, so the vocabulary and the token index grow as well as the entry count.
 * Queries: the eval questions (in-scope and out-of-scope), each matched several times after a warm-up.
 * BENCH_SAFETY_ONLY=1: start-up and the safety screen only.
 * BENCH_MATCH_ONLY=1: start-up in this process and the match sections only (no app start-ups in fresh processes,
 * no safety screen), for comparing matcher changes quickly; BENCH_SIZES=1 (or 1,10) measures only those sizes.
 */
import { spawnSync } from 'node:child_process';
import { warmUpMessages } from '../src/core/warmUp';
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { performance } from 'node:perf_hooks';
import { defaultKnowledgeDir, emptyTimings, loadKnowledge } from '../src/knowledge';
import { loadSafetyModel } from '../src/knowledge/safetyModelFile';
import { readEnglishWords } from '../src/knowledge/englishWords';
import { createMatcher, STORY_TUNING, TUNING } from '../src/core/matcher';
import { createSafetyScreen, SAFETY_MODEL_OPTIONS, safetyModelFor, safetyTrainingSet } from '../src/core/safety';
import { trainSafetyModel } from '../src/core/safetyModel';
import { FORUM_TUNING_FILE, loadEvalSets, loadForum } from './evalRunner';
import type { Knowledge } from '../src/core/model';

/** What scripts/startupProbe.js prints: milliseconds since its process began. */
interface StartupFigures { runtime: number; modules: number; createApp: number; listen: number; total: number; cpu: number; moduleCount: number; yamlLoaded: boolean | null; knowledge: string }

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
const ms = (n: number) => `${n.toFixed(3)} ms`;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function synthetic(k: Knowledge, times: number): Knowledge {
  if (times === 1) return k;
  const entries = [];
  for (let n = 0; n < times; n++) {
    for (const e of k.entries) {
      if (n === 0) { entries.push(e); continue; }
      const tag = `synth${n.toString(36)}q`;
      entries.push({ ...e, id: `${e.id}-${tag}`, title: `${e.title} ${tag}`, questions: e.questions.map((q) => `${q} ${tag}`) });
    }
  }
  const byId = new Map(entries.map((e) => [e.id, e]));
  return { ...k, entries, entry: (id: string) => byId.get(id) };
}

const rssBefore = process.memoryUsage().rss;
// With --expose-gc (npm run bench sets it), the heap each part keeps is measured after each stage, by a full
// collection; the stages' times are taken around the work alone, so the collections are in none of them.
const keptNow = () => { global.gc?.(); const m = process.memoryUsage(); return m.heapUsed + m.external; };
const keptBy: Array<[string, number]> = [];
let keptBefore = keptNow();
const keep = (part: string) => { if (!global.gc) return; const k = keptNow(); keptBy.push([part, k - keptBefore]); keptBefore = k; };
const timings = emptyTimings();
const t0 = performance.now();
const knowledge = loadKnowledge(undefined, { timings });
const t1 = performance.now();
keep('the knowledge (entries, services, training messages, model files)');
const tWords0 = performance.now();
const english = readEnglishWords(); // read once per process and handed to the matcher, as the app does
const tWords = performance.now();
keep('the English word list');
const tMatcher0 = performance.now();
const matcher = createMatcher(knowledge, TUNING, english);
const tMatcher = performance.now();
keep("the matcher's index");
const tPrepared0 = performance.now();
matcher.prepare(); // the app does this once it is listening (src/index.ts): after start-up, not part of it
const tPrepared = performance.now();
keep("the matcher's index of its training messages");
const tSafety0 = performance.now();
safetyModelFor(knowledge); // kept per knowledge: createSafetyScreen below finds it built
const tSafetyModel = performance.now();
keep('the safety model');
const tScreen0 = performance.now();
const screen = createSafetyScreen(knowledge);
const t2 = performance.now();
keep('the safety screen, the rest');
const tScreenPrepared0 = performance.now();
screen.prepare(); // also once listening: the pattern scan and the second layer's index of neighbours
const screenPrepareMs = performance.now() - tScreenPrepared0;
keep("the safety screen's pattern scan and index of neighbours");
const indexAndScreen = (tWords - tWords0) + (tMatcher - tMatcher0) + (tSafetyModel - tSafety0) + (t2 - tScreen0);
const prepareMs = tPrepared - tPrepared0;
global.gc?.();
const mem = process.memoryUsage();
console.log(`Start-up (real knowledge: ${knowledge.entries.length} entries, ${knowledge.entries.reduce((a, e) => a + e.questions.length, 0)} questions, ` +
  `${knowledge.matcherTraining?.length ?? 0} matcher training messages, ` +
  `${(knowledge.safety.training?.risk.length ?? 0) + (knowledge.safety.training?.ordinary.length ?? 0)} safety training messages):`);
const stages: Array<[string, number]> = [
  ['YAML read + parse', timings.parse],
  ['schemas', timings.schemas],
  ['matcher training + model files', timings.matcherFiles],
  ['checks (sources, readability, questions)', timings.checks],
  ['building the knowledge', timings.other],
  ['English word list', tWords - tWords0],
  ['matcher index', tMatcher - tMatcher0],
  ['safety model (built from safety-model.yaml)', tSafetyModel - tSafety0],
  ['safety screen, the rest', t2 - tScreen0],
];
for (const [name, t] of stages) console.log(`  ${name.padEnd(42)} ${ms(t).padStart(12)}`);
const startupTotal = (t1 - t0) + indexAndScreen;
console.log(`  loadKnowledge ${ms(t1 - t0)}  createMatcher + safety screen ${ms(indexAndScreen)}  total ${ms(startupTotal)}`);
console.log(`  after start-up (the app does it once listening): the matcher's index of its training messages ${ms(prepareMs)}, ` +
  `the safety screen's pattern scan and index of neighbours ${ms(screenPrepareMs)}`);
console.log(`  memory after start-up: rss ${mb(mem.rss)} (+${mb(mem.rss - rssBefore)}), heap used ${mb(mem.heapUsed)}`);
if (keptBy.length) {
  console.log('  memory each part keeps (heap and buffers after a full collection; issue 13: under 150 MB for any model or table):');
  for (const [part, bytes] of keptBy) console.log(`    ${part.padEnd(68)} ${mb(bytes).padStart(9)}`);
  console.log(`    ${'all of them'.padEnd(68)} ${mb(keptBy.reduce((a, [, b]) => a + b, 0)).padStart(9)}`);
}
// BENCH_SAFETY_ONLY=1 npm run bench: the start-up figures above and the safety screen's, nothing else.
if (process.env.BENCH_SAFETY_ONLY) {
  safetyScreenFigures();
  process.exit(0);
}
{
  // What more matcher training messages would add: warm builds with none and with twice today's (copies).
  const training = knowledge.matcherTraining ?? [];
  const without = { ...knowledge, matcherTraining: [] };
  const doubled = { ...knowledge, matcherTraining: [...training, ...training.map((m) => ({ ...m, q: `${m.q} thanks` }))] };
  createMatcher(without, TUNING, english).prepare();
  const w0 = performance.now();
  createMatcher(without, TUNING, english).prepare();
  const w1 = performance.now();
  createMatcher(doubled, TUNING, english).prepare();
  const w2 = performance.now();
  if (training.length) {
    console.log(`  matcher index and its training index, warm: no training messages ${ms(w1 - w0)}, ${doubled.matcherTraining.length} ${ms(w2 - w1)} ` +
      `(about ${ms(((w2 - w1) - (w1 - w0)) / doubled.matcherTraining.length * 1000)} per 1,000 messages)`);
  }
}
if (!process.env.BENCH_MATCH_ONLY) {
  // The app's real start-up, as a parent waits for it: a fresh process loading every module, then createApp,
  // then listening (scripts/startupProbe.js), started as `npm start` starts it (scripts/start.js: the sources'
  // bundle, made first if they changed, with its code cache and knowledge snapshot), as tsx runs the sources
  // (npm run start:tsx) and, once `npm run build` has made dist/, as the container starts it (plain node). The
  // stages above are what a full load of the knowledge costs; a start whose knowledge snapshot holds (the
  // `knowledge` figure: used) reads it instead. Module loading is counted here only. The limit is 2 s.
  const root = path.join(__dirname, '..');
  const probe = path.join(__dirname, 'startupProbe.js');
  const runs = Number(process.env.BENCH_STARTUP_RUNS ?? 3);
  const env = { ...process.env, PORT: '0', LOG_LEVEL: 'warn', INSIGHTS: 'off', STORAGE: 'memory' };
  // A first start after an edit bundles the sources (and validates the knowledge if it changed); bench times the
  // starts after it.
  spawnSync(process.execPath, [probe, 'start'], { cwd: root, env, encoding: 'utf8' });
  const startups: Array<[string, string[], string]> = [
    ['npm start (the sources\' bundle, dist/dev/)', [probe, 'start'], 'node up'],
    ['npm run start:tsx (tsx, src/)', [require.resolve('tsx/cli'), probe, 'src'], 'node + tsx up'],
  ];
  const bundle = path.join(root, 'dist', 'server.js');
  if (fs.existsSync(bundle)) {
    const age = fs.statSync(bundle).mtime.toISOString().slice(0, 16).replace('T', ' ');
    startups.push([`npm run start:prod (node dist/server.js: the bundle with its code cache, built ${age} UTC)`, [probe, 'dist/server.js'], 'node up']);
    startups.push(['node on dist/src (tsc\'s output, one file a module)', [probe, 'dist/src'], 'node up']);
  } else console.log('App start-up as the container runs it: run `npm run build` first to measure it (dist/ is missing).');
  // Round by round, each way once a round, so a busy moment of the machine falls on all of them alike.
  const results: Array<Array<StartupFigures & { wall: number }>> = startups.map(() => []);
  const failed = new Set<number>();
  for (let i = 0; i < runs; i++) {
    startups.forEach(([how, args], w) => {
      if (failed.has(w)) return;
      const started = performance.now();
      const run = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
      const wall = performance.now() - started;
      const line = run.stdout.split('\n').find((l) => l.startsWith('STARTUP '));
      if (run.status !== 0 || !line) {
        console.log(`App start-up, ${how}: the probe failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' ')}`);
        failed.add(w);
        return;
      }
      results[w].push({ ...(JSON.parse(line.slice('STARTUP '.length)) as StartupFigures), wall });
    });
  }
  for (const [w, [how, , runtimeName]] of startups.entries()) {
    const figures = results[w];
    if (!figures.length) continue;
    const median = (f: (r: StartupFigures & { wall: number }) => number) => figures.map(f).sort((a, b) => a - b)[figures.length >> 1];
    console.log(`App start-up, ${how}, in a fresh process (median of ${figures.length}; limit 2 s):`);
    const rows: Array<[string, number]> = [
      [runtimeName, median((r) => r.runtime)],
      [figures[0].moduleCount > 10 ? `the app's modules (${figures[0].moduleCount} files)` : "the app's modules (one file)", median((r) => r.modules)],
      ['createApp (the stages above, the bot, routes)', median((r) => r.createApp)],
      ['listen', median((r) => r.listen)],
      ['process start → listening', median((r) => r.total)],
      ['spawn → listening and closed, as a parent waits', median((r) => r.wall)],
      ['CPU time to listening (less swayed by other work)', median((r) => r.cpu)],
    ];
    for (const [name, t] of rows) console.log(`  ${name.padEnd(50)} ${ms(t).padStart(12)}`);
    if (figures[0].yamlLoaded) console.log('  (the yaml package was loaded on the way: only a file js-yaml refuses needs it)');
    console.log(`  knowledge: ${figures.map((r) => r.knowledge).join(', ')} (used: read from its snapshot; written, unwritten, full: validated in full)`);
  }
}
if (process.env.BENCH_STARTUP_ONLY) process.exit(0);

const sets = loadEvalSets(knowledge);
const queries = [...sets.inScope.map((x) => x.q), ...sets.outOfScope.map((x) => x.q), ...sets.notSafety];
const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);

function latency(fn: (q: string) => unknown, qs: string[], repeat: number) {
  for (const q of qs) fn(q); // warm-up (JIT, typo cache is per-process but filled only by these same queries)
  const times: number[] = [];
  for (let r = 0; r < repeat; r++) {
    for (const q of qs) {
      const s = performance.now();
      fn(q);
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), max: times[times.length - 1], min: times[0], n: times.length };
}

/**
 * The same timing, with what each call had besides the matcher's own work, to explain a p99: whether a garbage
 * collection ran in it (the heap's used size fell across the call), this process's CPU time in it (all its
 * threads: V8's optimising compiler and GC helpers run beside the main one), and the heap it allocated.
 * The heap statistics and CPU are read outside the timed stretch.
 */
function latencyExplained(fn: (q: string) => unknown, qs: string[], repeat: number) {
  for (const q of qs) fn(q); // the same one warm-up pass as latency()
  const n = repeat * qs.length;
  const wall = new Float64Array(n), cpu = new Float64Array(n), allocated = new Float64Array(n);
  const gcIn = new Uint8Array(n);
  let k = 0;
  for (let r = 0; r < repeat; r++) {
    for (const q of qs) {
      const h0 = v8.getHeapStatistics().used_heap_size;
      const c0 = process.cpuUsage();
      const s = performance.now();
      fn(q);
      wall[k] = performance.now() - s;
      const c = process.cpuUsage(c0);
      const h1 = v8.getHeapStatistics().used_heap_size;
      cpu[k] = (c.user + c.system) / 1000;
      gcIn[k] = h1 < h0 ? 1 : 0;
      allocated[k] = h1 - h0;
      k++;
    }
  }
  const sorted = Array.from(wall).sort((a, b) => a - b);
  const slow = [...wall.keys()].filter((i) => wall[i] > 1);
  const noGc = [...wall.keys()].filter((i) => !gcIn[i]);
  return {
    p50: percentile(sorted, 50), p99: percentile(sorted, 99), max: sorted[n - 1], n,
    cpuP99: percentile(Array.from(cpu).sort((a, b) => a - b), 99),
    gcs: gcIn.reduce((a, g) => a + g, 0),
    allocatedPerCall: noGc.reduce((a, i) => a + allocated[i], 0) / Math.max(1, noGc.length),
    slow: slow.length,
    slowInGc: slow.filter((i) => gcIn[i]).length,
    slowWaiting: slow.filter((i) => !gcIn[i] && cpu[i] < wall[i] / 2).length,
    slowFirstRepeats: slow.filter((i) => !gcIn[i] && cpu[i] >= wall[i] / 2 && i < 4 * qs.length).length,
  };
}

console.log(`\nMatch latency over ${queries.length} eval questions × ${REPEAT} (after one warm-up pass; issue 13's limits: p99 under 1 ms at the real size, under 10 ms at 100×):`);
// BENCH_SIZES=1 (or 1,10): only those sizes, for comparing two builds quickly.
const SIZES = (process.env.BENCH_SIZES ?? '1,10,100').split(',').map(Number);
{
  // As the app does once it is listening (src/index.ts, core/warmUp.ts), before any parent's message: the matcher
  // run once over the knowledge's own messages, so V8 has optimised it. Here in one go; the app runs it in slices.
  const w0 = performance.now();
  const warm = warmUpMessages(knowledge);
  for (const text of warm) matcher.match(text);
  console.log(`  the app's warm-up after start-up (${warm.length} messages, in slices between requests): ${ms(performance.now() - w0)}`);
}
for (const times of SIZES) {
  const k = synthetic(knowledge, times);
  const b0 = performance.now();
  const m = times === 1 ? matcher : createMatcher(k, TUNING, english);
  const b1 = performance.now();
  const explained = times === 1 ? latencyExplained((q) => m.match(q), queries, REPEAT) : undefined;
  const l = explained ?? latency((q) => m.match(q), queries, times === 100 ? Math.max(2, Math.floor(REPEAT / 5)) : REPEAT);
  const buildNote = times === 1 ? `(in start-up above: ${ms(indexAndScreen)})` : ms(b1 - b0);
  console.log(`  ${String(times).padStart(3)}× (${String(k.entries.length).padStart(6)} entries) index build ${buildNote.padEnd(14)} match p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  (${l.n} calls)`);
  if (explained) {
    // What the slowest calls had in them: the p99 is the 1% slowest calls, and a call is slow when a garbage
    // collection runs in it, when this thread waits for a core (its CPU time well under its time), or in the
    // first repeats, while V8 still optimises the matcher's code (its compiler threads take CPU beside it, and
    // code thrown back to the interpreter runs several times slower until optimised again).
    const e = explained;
    console.log(`        this process's CPU per call (all its threads) p99 ${ms(e.cpuP99)}; garbage collections in ${e.gcs} calls (one in ${Math.round(e.n / Math.max(1, e.gcs))}); ` +
      `allocated per call about ${(e.allocatedPerCall / 1024).toFixed(0)} KB`);
    console.log(`        calls over 1 ms: ${e.slow} (${(100 * e.slow / e.n).toFixed(2)}%): ${e.slowInGc} with a garbage collection, ${e.slowWaiting} waiting for a core, ` +
      `${e.slowFirstRepeats} more in the first 4 repeats, ${e.slow - e.slowInGc - e.slowWaiting - e.slowFirstRepeats} others`);
  }
  if (times === 1) {
    // Each message's median over the repeats: the matcher's own work per message, apart from the machine's other
    // load (a pause on a loaded machine lands on one call, not on every repeat of it).
    const each = queries.map(() => [] as number[]);
    for (let r = 0; r < REPEAT; r++) {
      queries.forEach((q, i) => { const s = performance.now(); m.match(q); each[i].push(performance.now() - s); });
    }
    const medians = each.map((t) => t.sort((a, b) => a - b)[t.length >> 1]).sort((a, b) => a - b);
    console.log(`        each message's median over ${REPEAT} repeats: p50 ${ms(percentile(medians, 50))}  p99 ${ms(percentile(medians, 99))}  max ${ms(medians[medians.length - 1])}`);
    // And its fastest: the matcher's own work with the least of the machine's other load in it, the figure to
    // compare two versions by on a shared machine (with the sum, the whole set's work).
    const mins = each.map((t) => t[0]);
    const sortedMins = mins.slice().sort((a, b) => a - b);
    console.log(`        each message's fastest of ${REPEAT}: p50 ${ms(percentile(sortedMins, 50))}  p99 ${ms(percentile(sortedMins, 99))}  ` +
      `max ${ms(sortedMins[sortedMins.length - 1])}  sum ${ms(mins.reduce((a, b) => a + b, 0))}`);
  }
  // Cold first call on unseen text: typo correction has no cache for it.
  if (times === 1) {
    // Every call has a new word, so each is a first look-up; 10 rounds of the same 100 messages, so p99 is not
    // simply the slowest of 100 calls.
    const cold = latency((q) => m.match(`${q} zzqx${Math.random().toString(36).slice(2, 6)}`), queries.slice(0, 100), 10);
    console.log(`        with an unseen word in every message (no typo cache): p50 ${ms(cold.p50)}  p99 ${ms(cold.p99)}  (${cold.n} calls)`);
  }
}
// Long forum-style messages as shipped (TUNING, the re-ranking model deciding), on the thresholds alone, and
// with all the long-message rules on (STORY_TUNING).
const forumQs = (loadForum(knowledge, FORUM_TUNING_FILE).inScope.map((x) => x.q));
console.log(`\nLong forum-style messages (${forumQs.length}), re-ranked (as shipped; issue 13: p99 under 10 ms at 100×) vs thresholds alone vs STORY_TUNING:`);
for (const times of [1, 100].filter((t) => SIZES.includes(t))) {
  const k = synthetic(knowledge, times);
  for (const [name, t] of [['re-ranked', TUNING], ['thresholds', { ...TUNING, rerank: false }], ['STORY', { ...TUNING, ...STORY_TUNING, rerank: false }]] as const) {
    const b0 = performance.now();
    const m = createMatcher(k, t, english);
    const b1 = performance.now();
    const l = latency((q) => m.match(q), forumQs, times === 100 ? 2 : REPEAT / 4);
    console.log(`  ${String(times).padStart(3)}× ${name.padEnd(10)} index build ${ms(b1 - b0)}  match p50 ${ms(l.p50)}  p99 ${ms(l.p99)}  max ${ms(l.max)}  (${l.n} calls)`);
  }
}
if (process.env.BENCH_MATCH_ONLY) process.exit(0);
safetyScreenFigures();

/** The safety screen's latency (issue 14), and its second layer's part of start-up. */
function safetyScreenFigures(): void {
  const sets = loadEvalSets(knowledge);
  const queries = [...sets.inScope.map((x) => x.q), ...sets.outOfScope.map((x) => x.q), ...sets.notSafety];
  const REPEAT = Number(process.env.BENCH_REPEAT ?? 20);
  // Issue 14: every message is screened, one over the length limit on its first 4,000 characters, so none costs
  // more than a few milliseconds. Aims: short messages p99 at most 0.5 ms; any 4,000-character message p99 at most
  // 4 ms. The minimum beside each shows the work itself; p50 and p99 above it are the machine's other work too.
  const s = latency((q) => screen(q), queries, REPEAT);
  console.log(`\nSafety screen (issue 14: short messages p99 ≤ 0.5 ms, any 4,000-character message p99 ≤ 4 ms):`);
  console.log(`  short messages (${queries.length} eval questions × ${REPEAT}): p50 ${ms(s.p50)}  p99 ${ms(s.p99)}  max ${ms(s.max)}  min ${ms(s.min)}`);
  const longMessage = 'We had the annual review and the school agreed to more support, but transport is a mess. '.repeat(50);
  const sl = latency((q) => screen(q), [longMessage], REPEAT * 25); // 500 calls: p99 is the fifth slowest, not the slowest
  console.log(`  a 4,000-character message, one sentence over and over: p50 ${ms(sl.p50)}  p99 ${ms(sl.p99)}  min ${ms(sl.min)}`);
  // The same length in different words: each new word is featurised once, as in a real long story.
  let story = '';
  for (const q of sets.notSafety) if (story.length < 4000) story += `${q} `;
  const sv = latency((q) => screen(q), [story.slice(0, 4000)], REPEAT * 25);
  console.log(`  a 4,000-character story of different ordinary messages: p50 ${ms(sv.p50)}  p99 ${ms(sv.p99)}  min ${ms(sv.min)}`);
  // The worst case: many different stories (ordinary messages from every place in the set, joined with spaces,
  // full stops or new lines, so the second layer also scores many sentences), each 4,000 characters, and a
  // message far over the limit (screened on its start).
  const stories: string[] = [];
  const joins = [' ', '. ', '\n'];
  for (let i = 0; i < sets.notSafety.length; i += 9) {
    let t = '';
    for (let j = i; t.length < 4000; j++) t += sets.notSafety[j % sets.notSafety.length] + joins[stories.length % joins.length];
    stories.push(t.slice(0, 4000));
  }
  // REPEAT rounds: 440 calls, so p99 is the fifth slowest, not the slowest but one. Each call's CPU time (the
  // process's, in microseconds) beside its wall time: a slow call with little CPU waited for a core; one with
  // as much CPU did the work (a minor GC lands on the call that allocates past the young generation's end).
  const cpuTimes: number[] = [];
  const sw = latency((q) => { const c0 = process.cpuUsage(); screen(q); const c = process.cpuUsage(c0); cpuTimes.push((c.user + c.system) / 1000); }, stories, REPEAT);
  cpuTimes.splice(0, stories.length); // the warm-up pass
  cpuTimes.sort((a, b) => a - b);
  console.log(`  ${stories.length} different 4,000-character stories (the worst case): p50 ${ms(sw.p50)}  p99 ${ms(sw.p99)}  max ${ms(sw.max)}  min ${ms(sw.min)}`);
  console.log(`    each call's CPU time: p50 ${ms(percentile(cpuTimes, 50))}  p99 ${ms(percentile(cpuTimes, 99))}  max ${ms(cpuTimes[cpuTimes.length - 1])}`);
  // CPU time over the same stories: the screen's own work, less swayed by waiting for a core on a busy machine.
  const rounds = Math.max(2, Math.round(REPEAT / 4));
  const cpu0 = process.cpuUsage();
  for (let r = 0; r < rounds; r++) for (const q of stories) screen(q);
  const cpu = process.cpuUsage(cpu0);
  console.log(`    CPU time per story: ${ms((cpu.user + cpu.system) / 1000 / (rounds * stories.length))}`);
  const huge = stories.join(' ');
  const sh = latency((q) => screen(q), [huge], REPEAT);
  console.log(`  a ${huge.length.toLocaleString('en-GB')}-character message (screened on its first 4,000): p50 ${ms(sh.p50)}  p99 ${ms(sh.p99)}`);
  // The second layer is learned offline (npm run train:safety); start-up reads knowledge/safety-model.yaml and
  // builds its scorer. Both parts of start-up above, timed apart here.
  const problems: Parameters<typeof loadSafetyModel>[2] = [];
  const tm0 = performance.now();
  const weights = loadSafetyModel(defaultKnowledgeDir(), knowledge.safety.training, problems);
  const tm1 = performance.now();
  safetyModelFor({ ...knowledge, safety: { ...knowledge.safety, model: weights } });
  console.log(`  the second layer (part of start-up above): reading safety-model.yaml ${ms(tm1 - tm0)}, building its scorer ${ms(performance.now() - tm1)} (${weights?.features.length ?? 0} features)`);
  const tt0 = performance.now();
  trainSafetyModel(safetyTrainingSet(knowledge), { ...SAFETY_MODEL_OPTIONS, spellings: knowledge.synonyms.spellings });
  console.log(`  training it instead, as start-up did before npm run train:safety: ${ms(performance.now() - tt0)}`);
}
