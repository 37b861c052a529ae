/**
 * Load and soak bench: `npm run bench:load [-- --soak 50000 --stages 1,10,50 --stage-turns 2000]`.
 *
 * Flags: --soak N (turns in the soak, default 50000), --stages 1,10,50 (concurrent conversations per stage),
 * --stage-turns N (default 2000), --paced-rate N (turns/s for the paced 50-conversation stage; 0 skips it),
 * --soak-connections N (default: the last stage). BENCH_CPU_PROF=<dir> writes a CPU profile of the bot process
 * for each stage there, and a sampled allocation profile (.heapprofile) beside it (start-up left out; open
 * either in Chrome DevTools). BENCH_NODE_FLAGS="--trace-gc …"
 * passes V8/Node flags to the bot process only.
 *
 * Three processes, so the load generator never delays the bot or its channel: the bot (createApp, memory
 * storage) in one child, the channel sink its replies go to in another, and autocannon here, driving
 * POST /api/messages with autocannon as real channels would: each connection is one parent at a time going
 * through a realistic conversation (join → welcome, menu, free-text questions from test/fixtures/eval,
 * "Ask a question", the deadlines journey if registered, help, forget me), then a new parent.
 * Prints per stage: throughput, turn latency (the request returns when the turn is done and its replies are
 * sent), the bot process's CPU time per turn, its event-loop delay and GC pauses, the machine's load average
 * (latency on a busy machine says little; CPU per turn does), errors; and the bot's memory before and after
 * the soak. Never part of `npm test`.
 *
 * Targets: zero errors, p99 < 50 ms at 50 concurrent conversations on a 2-core machine, no memory growth.
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { constants as perfConstants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';
import { cpus, loadavg, tmpdir } from 'node:os';
import { Agent, createServer, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parse } from 'yaml';

const root = path.resolve(__dirname, '..');

interface Memory {
  rss: number;
  heapUsed: number;
}
/** What the bot process measured over one stage: its CPU time and how late its event loop ran. */
interface StageCost {
  cpuMs: number;
  loopDelay: { p50: number; p99: number; max: number };
  gc: { ms: number; minorMs: number; major: number; majorMaxMs: number };
}
type ChildMessage =
  | { type: 'listening'; url: string; journeys: string[]; milestone?: string }
  | { type: 'memory'; memory: Memory; errors: number; storedKeys: number }
  | { type: 'stage'; cost: StageCost };
type ParentMessage = { type: 'memory' } | { type: 'stage-start'; profile?: string } | { type: 'stage-end' };

// ---------------------------------------------------------------------------------------------------------
// Child: the bot, on its own core.
async function serve(): Promise<void> {
  // The bench comes from one address; the per-client rate limit is for the internet, not for this.
  process.env.RATE_LIMIT = 'off';
  process.env.STORAGE = 'memory';
  // Insights stay on (their cost is part of a turn) but go to a throw-away folder, never data/insights.
  const insightsDir = mkdtempSync(path.join(tmpdir(), 'signpost-bench-insights-'));
  process.env.INSIGHTS_DIR = insightsDir;
  const { createApp } = await import('../src/app');
  const { readConfig } = await import('../src/config');
  const { createJourneys } = await import('../dialogs');
  let errors = 0;
  const log = { info: () => undefined, warn: () => undefined, error: () => void (errors += 1) };
  const app = createApp(readConfig({ ...process.env, PORT: '0' }), { log });
  const url = await app.http.listen(0, '127.0.0.1');
  const journeys = createJourneys(app.deps).map((j) => j.id);
  const deadlines = app.deps.knowledge.deadlines as { milestones?: Array<{ label?: string }> } | undefined;
  process.send!({ type: 'listening', url, journeys, milestone: deadlines?.milestones?.[0]?.label } satisfies ChildMessage);
  // Per stage: CPU time of this process, event-loop delay (sampled every 5 ms: cheap, and fine enough) and GC
  // pauses; with BENCH_CPU_PROF, a CPU profile of the stage alone (start-up left out).
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let gc = { ms: 0, minorMs: 0, major: 0, majorMaxMs: 0 };
  const gcObserver = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      gc.ms += entry.duration;
      if ((entry as { detail?: { kind?: number } }).detail?.kind === perfConstants.NODE_PERFORMANCE_GC_MINOR) gc.minorMs += entry.duration;
      if (((entry as { detail?: { kind?: number } }).detail)?.kind === perfConstants.NODE_PERFORMANCE_GC_MAJOR) {
        gc.major += 1;
        gc.majorMaxMs = Math.max(gc.majorMaxMs, entry.duration);
      }
    }
  });
  gcObserver.observe({ entryTypes: ['gc'] });
  let stageCpu = process.cpuUsage();
  let profile: { session: Session; file: string } | undefined;
  const post = (session: Session, method: string) =>
    new Promise<unknown>((resolve, reject) => session.post(method, (error, result) => (error ? reject(error) : resolve(result))));
  const postWith = (session: Session, method: string, params: object) =>
    new Promise<unknown>((resolve, reject) => session.post(method, params, (error, result) => (error ? reject(error) : resolve(result))));
  process.on('message', async (message: ParentMessage) => {
    if (message.type === 'stage-start') {
      if (message.profile) {
        const session = new Session();
        session.connect();
        await post(session, 'Profiler.enable');
        await post(session, 'Profiler.start');
        // Where the allocations come from (what the young-generation GC pays for), sampled every 32 KB.
        await post(session, 'HeapProfiler.enable');
        await postWith(session, 'HeapProfiler.startSampling', { samplingInterval: 32 * 1024, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
        profile = { session, file: message.profile };
      }
      loop.reset();
      loop.enable();
      gc = { ms: 0, minorMs: 0, major: 0, majorMaxMs: 0 };
      stageCpu = process.cpuUsage();
      return;
    }
    if (message.type === 'stage-end') {
      const cpu = process.cpuUsage(stageCpu);
      loop.disable();
      const ms = (ns: number) => Math.round(ns / 1e5) / 10;
      if (profile) {
        const { profile: result } = (await post(profile.session, 'Profiler.stop')) as { profile: object };
        writeFileSync(profile.file, JSON.stringify(result));
        const { profile: heap } = (await post(profile.session, 'HeapProfiler.stopSampling')) as { profile: object };
        writeFileSync(profile.file.replace(/\.cpuprofile$/, '.heapprofile'), JSON.stringify(heap));
        profile.session.disconnect();
        profile = undefined;
      }
      const cost: StageCost = { cpuMs: (cpu.user + cpu.system) / 1000, loopDelay: { p50: ms(loop.percentile(50)), p99: ms(loop.percentile(99)), max: ms(loop.max) }, gc };
      process.send!({ type: 'stage', cost } satisfies ChildMessage);
      return;
    }
    if (message.type !== 'memory') return;
    // Collect twice so what remains is what is really kept.
    global.gc?.();
    global.gc?.();
    const { rss, heapUsed } = process.memoryUsage();
    // Conversations still in the store: forget me at the end of each script should keep this near the connection count.
    const inner = (app.storage as { inner?: { memory?: Record<string, unknown> } }).inner;
    const storedKeys = Object.values(inner?.memory ?? {}).filter((v) => v !== undefined).length;
    process.send!({ type: 'memory', memory: { rss, heapUsed }, errors, storedKeys } satisfies ChildMessage);
  });
  process.on('disconnect', () => {
    rmSync(insightsDir, { recursive: true, force: true });
    process.exit(0);
  });
}

// ---------------------------------------------------------------------------------------------------------
// Parent: the channel sink and the load.
function flag(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 && process.argv[index + 1] ? process.argv[index + 1] : fallback;
}

function evalQuestions(): string[] {
  const dir = path.join(root, 'test', 'fixtures', 'eval');
  const questions: string[] = [];
  try {
    for (const file of readdirSync(dir).filter((f) => /^questions.*\.ya?ml$/.test(f))) {
      const parsed = parse(readFileSync(path.join(dir, file), 'utf8')) as { questions?: Array<{ q?: string }> };
      for (const item of parsed?.questions ?? []) if (typeof item.q === 'string') questions.push(item.q);
    }
  } catch {
    // No fixtures yet: fall back to a few typical questions below.
  }
  return questions.length > 0
    ? questions
    : ['how long does the council have to decide about an assessment', 'what is a senco', 'do i need a diagnosis for an ehcp', 'what is sen support'];
}

/**
 * The channel the bot replies to, in a process of its own: on the client's event loop, a busy load generator
 * would answer the bot's sends late and that wait would count as the bot's latency.
 */
async function sink(): Promise<void> {
  const apologyText = String(process.argv[process.argv.indexOf('--sink') + 1]);
  const stats: SinkStats = { activities: 0, apologies: 0, connections: 0 };
  const server = createServer((req, res) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (c) => (raw += c));
    req.on('end', () => {
      stats.activities += 1;
      if (raw.includes(apologyText)) stats.apologies += 1;
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(`{"id":"s${stats.activities}"}`);
    });
  });
  server.keepAliveTimeout = 30_000;
  // How many TCP connections the bot opened to the channel: far fewer than activities means keep-alive works.
  server.on('connection', () => void (stats.connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  process.send!({ type: 'sink', url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, stats } satisfies SinkMessage);
  process.on('message', () => process.send!({ type: 'sink', url: '', stats } satisfies SinkMessage));
  process.on('disconnect', () => process.exit(0));
}

interface SinkStats {
  activities: number;
  apologies: number;
  connections: number;
}
type SinkMessage = { type: 'sink'; url: string; stats: SinkStats };

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

async function main(): Promise<void> {
  const soakTurns = Number(flag('soak', '50000'));
  const stages = flag('stages', '1,10,50').split(',').map(Number);
  const stageTurns = Number(flag('stage-turns', '2000'));
  // Closed-loop stages send each turn the moment the last one is answered (saturation). Parents type: 50 of
  // them at once send a few turns a second, so also measure 50 conversations at a paced rate.
  const pacedRate = Number(flag('paced-rate', '20'));
  const soakConnections = Number(flag('soak-connections', String(stages[stages.length - 1] ?? 50)));
  const messages = parse(readFileSync(path.join(root, 'knowledge', 'messages.yaml'), 'utf8')) as Record<string, string>;

  const profileDir = process.env.BENCH_CPU_PROF ? path.resolve(process.env.BENCH_CPU_PROF) : undefined;
  if (profileDir) mkdirSync(profileDir, { recursive: true });
  const nodeFlags = (process.env.BENCH_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);
  const child = fork(__filename, ['--serve'], { execArgv: ['--import', 'tsx', '--expose-gc', ...nodeFlags], cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const inbox: ChildMessage[] = [];
  const waiters: Array<() => void> = [];
  child.on('message', (m: ChildMessage) => {
    inbox.push(m);
    waiters.splice(0).forEach((w) => w());
  });
  const receive = async <T extends ChildMessage['type']>(type: T): Promise<Extract<ChildMessage, { type: T }>> => {
    for (;;) {
      const index = inbox.findIndex((m) => m.type === type);
      if (index >= 0) return inbox.splice(index, 1)[0] as Extract<ChildMessage, { type: T }>;
      await new Promise<void>((resolve) => waiters.push(resolve));
    }
  };
  const tell = (message: ParentMessage) => child.send(message);
  const memory = async () => {
    tell({ type: 'memory' });
    return receive('memory');
  };

  const { url, journeys, milestone } = await receive('listening');
  const sinkProcess = fork(__filename, ['--sink', messages['error.apology'].slice(0, 40)], { execArgv: ['--import', 'tsx'], cwd: root, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const sinkStats = () =>
    new Promise<SinkMessage>((resolve) => {
      sinkProcess.once('message', (m: SinkMessage) => resolve(m));
      sinkProcess.send({ type: 'stats' });
    });
  const sink = await new Promise<SinkMessage>((resolve) => sinkProcess.once('message', (m: SinkMessage) => resolve(m)));
  const questions = evalQuestions();

  // One parent's conversation, as a list of turns; autocannon loops it per connection with a fresh context.
  const say = (text: string) => ({ type: 'message', text });
  const script: Array<Record<string, unknown>> = [
    { type: 'conversationUpdate', join: true },
    say('menu'),
    say('QUESTION'),
    say(messages['menu.askQuestion']),
    say('QUESTION'),
    ...(journeys.includes('deadlines') ? [say(messages['menu.deadlines']), ...(milestone ? [say(milestone)] : []), say('3 October 2026'), say('cancel')] : []),
    say('QUESTION'),
    say('help'),
    say('forget me'),
  ];
  let conversations = 0;
  let sequence = 0;
  const requests = script.map((step, index) => ({
    method: 'POST' as const,
    path: '/api/messages',
    headers: { 'Content-Type': 'application/json' },
    setupRequest: (req: Record<string, unknown>, context: Record<string, unknown>) => {
      if (index === 0 || !context.conversationId) context.conversationId = `bench-${++conversations}`;
      const conversationId = String(context.conversationId);
      const parent = { id: `parent-${conversationId}`, name: '' };
      const text = step.text === 'QUESTION' ? questions[(sequence * 7919) % questions.length] : step.text;
      const activity = {
        type: step.type,
        ...(text !== undefined ? { text } : {}),
        ...(step.join ? { membersAdded: [parent] } : {}),
        id: `a${++sequence}`,
        channelId: 'webchat',
        serviceUrl: sink.url,
        conversation: { id: conversationId },
        from: parent,
        recipient: { id: 'send-signpost', name: 'SEND Signpost' },
        timestamp: new Date().toISOString(),
      };
      return { ...req, body: JSON.stringify(activity) };
    },
  }));

  // autocannon has no type definitions in this project; its options and result shapes are documented.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const autocannon = require('autocannon') as (options: object) => Promise<AutocannonResult>;
  interface AutocannonResult {
    requests: { average: number; total: number };
    latency: { p50: number; p99: number; max: number; average: number };
    errors: number;
    timeouts: number;
    non2xx: number;
    duration: number;
  }
  interface Stage {
    result: AutocannonResult;
    cost: StageCost;
    apologies: number;
    load: string;
  }
  /** One stage: autocannon here, the bot's CPU, loop delay and GC measured in its own process. */
  const run = async (label: string, connections: number, amount: number, overallRate?: number): Promise<Stage> => {
    const profile = profileDir ? path.join(profileDir, `${label.replace(/[^\w]+/g, '-')}.cpuprofile`) : undefined;
    const before = (await sinkStats()).stats.apologies;
    tell({ type: 'stage-start', profile });
    const result = await autocannon({ url, connections, amount, requests, timeout: 30, pipelining: 1, ...(overallRate ? { overallRate } : {}) });
    tell({ type: 'stage-end' });
    const { cost } = await receive('stage');
    const apologies = (await sinkStats()).stats.apologies - before;
    return { result, cost, apologies, load: loadavg()[0].toFixed(2) };
  };

  const report = (label: string, { result: r, cost, apologies, load }: Stage) =>
    console.log(
      `${label.padEnd(20)} turns ${String(r.requests.total).padStart(6)}  ${r.requests.average.toFixed(0).padStart(5)} turns/s  ` +
        `p50 ${String(r.latency.p50).padStart(3)} ms  p99 ${String(r.latency.p99).padStart(4)} ms  max ${String(r.latency.max).padStart(4)} ms  ` +
        `| bot CPU ${(cost.cpuMs / Math.max(1, r.requests.total)).toFixed(2)} ms/turn, loop delay p99 ${cost.loopDelay.p99} ms max ${cost.loopDelay.max} ms, GC ${Math.round(cost.gc.ms)} ms (young ${Math.round(cost.gc.minorMs)} ms; ${cost.gc.major} full, longest ${Math.round(cost.gc.majorMaxMs)} ms)  ` +
        `| load ${load}  | errors ${r.errors + r.timeouts + r.non2xx + apologies} (transport ${r.errors}, timeouts ${r.timeouts}, non-2xx ${r.non2xx}, apologies ${apologies})`,
    );

  console.log(`SEND Signpost load bench — ${script.length} turns per conversation (journeys: ${journeys.join(', ') || 'none'}), ${questions.length} eval questions, ${cpus().length} cores`);
  await run('warm-up', 5, 500); // JIT, caches, first-use lazy loads.
  for (const connections of stages) {
    const label = `${connections} conversation(s)`;
    report(label, await run(label, connections, stageTurns));
  }

  /**
   * Parents at a paced rate, as they really arrive: each turn at a random moment (exponential gaps, a Poisson
   * process at `rate` turns/s), from one of `connections` conversations that is not already waiting for a reply.
   * autocannon's overallRate gives every connection the same timer, so all 50 fire together and the stage
   * measures a burst of 50 queued turns, not a paced load; its figure is kept beside this one.
   */
  const paced = async (label: string, connections: number, amount: number, rate: number): Promise<Stage> => {
    const profile = profileDir ? path.join(profileDir, `${label.replace(/[^\w]+/g, '-')}.cpuprofile`) : undefined;
    const before = (await sinkStats()).stats.apologies;
    const agent = new Agent({ keepAlive: true, maxSockets: connections });
    const conversations = Array.from({ length: connections }, () => ({ context: {} as Record<string, unknown>, step: 0, busy: false }));
    const latencies: number[] = [];
    let errors = 0, non2xx = 0, sent = 0;
    const post = (body: string) => new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${url}/api/messages`, { method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      });
      req.on('error', reject);
      req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
      req.end(body);
    });
    tell({ type: 'stage-start', profile });
    const started = performance.now();
    const inFlight: Array<Promise<void>> = [];
    while (sent < amount) {
      await new Promise((r) => setTimeout(r, -Math.log(1 - Math.random()) * (1000 / rate)));
      const idle = conversations.filter((c) => !c.busy);
      if (!idle.length) continue;
      const c = idle[Math.floor(Math.random() * idle.length)];
      const { body } = requests[c.step].setupRequest({}, c.context) as { body: string };
      c.step = (c.step + 1) % requests.length;
      if (c.step === 0) c.context = {};
      c.busy = true;
      sent++;
      const t0 = performance.now();
      inFlight.push(post(body).then((status) => {
        latencies.push(performance.now() - t0);
        if (status < 200 || status >= 300) non2xx++;
      }, () => { errors++; }).finally(() => { c.busy = false; }));
    }
    await Promise.all(inFlight);
    const duration = (performance.now() - started) / 1000;
    agent.destroy();
    tell({ type: 'stage-end' });
    const { cost } = await receive('stage');
    const apologies = (await sinkStats()).stats.apologies - before;
    latencies.sort((a, b) => a - b);
    const at = (q: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0);
    const result: AutocannonResult = {
      requests: { average: latencies.length / duration, total: latencies.length },
      latency: { p50: at(0.5), p99: at(0.99), max: Math.round(latencies[latencies.length - 1] ?? 0), average: latencies.reduce((a, b) => a + b, 0) / Math.max(1, latencies.length) },
      errors, timeouts: 0, non2xx, duration,
    };
    return { result, cost, apologies, load: loadavg()[0].toFixed(2) };
  };

  if (pacedRate > 0) {
    const connections = stages[stages.length - 1] ?? 50;
    const amount = Math.max(pacedRate * 30, 200);
    const label = `${connections} @ ${pacedRate} turns/s`;
    report(`${label}, random arrivals`, await paced(label, connections, amount, pacedRate));
    report(`${label}, lock-step (autocannon)`, await run(`${label} lock-step`, connections, amount, pacedRate));
  }

  // The soak runs in two halves so growth can be told apart from warm-up: a leak grows in both halves.
  const start = await memory();
  const { result: first, apologies: firstApologies, ...firstRest } = await run('soak 1', soakConnections, half(soakTurns));
  const middle = await memory();
  const { result: second, apologies: secondApologies, ...secondRest } = await run('soak 2', soakConnections, soakTurns - half(soakTurns));
  const end = await memory();
  const apologies = firstApologies + secondApologies;
  report(`soak 1/2 @ ${soakConnections}`, { result: first, apologies: firstApologies, ...firstRest });
  report(`soak 2/2 @ ${soakConnections}`, { result: second, apologies: secondApologies, ...secondRest });
  const heap = (m: ChildMessage & { type: 'memory' }) => `RSS ${mb(m.memory.rss)}, heap ${mb(m.memory.heapUsed)}, ${m.storedKeys} stored states`;
  console.log(`memory after GC: before soak ${heap(start)}; after ${first.requests.total} turns ${heap(middle)}; after ${first.requests.total + second.requests.total} turns ${heap(end)}`);
  console.log(
    `heap growth: first half ${mb(middle.memory.heapUsed - start.memory.heapUsed)}, second half ${mb(end.memory.heapUsed - middle.memory.heapUsed)}; ` +
      `soak errors ${first.errors + first.timeouts + first.non2xx + second.errors + second.timeouts + second.non2xx + apologies} (apology replies ${apologies})`,
  );
  const { stats } = await sinkStats();
  console.log(`bot errors logged: ${end.errors}; activities the channel received: ${stats.activities} over ${stats.connections} connections`);
  if (profileDir) console.log(`CPU profiles of each stage (the bot process): ${profileDir}`);
  child.disconnect();
  sinkProcess.disconnect();
}

const half = (n: number) => Math.ceil(n / 2);

if (process.argv.includes('--serve')) void serve();
else if (process.argv.includes('--sink')) void sink();
else
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
