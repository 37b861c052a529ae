/**
 * npm run record-session -- [--dir data/insights-session] [--limit N]
 *
 * A recorded session of real use: every question in test/fixtures/eval/*.yaml is sent, as a new
 * conversation, through the real HTTP endpoint POST /api/messages of the real app (local mode),
 * with the bot's replies going to a local channel sink (a stand-in for the channel's Connector).
 * Channels rotate through webchat, msteams and directline. Insights are recorded as in production,
 * into --dir (emptied first, so the report shows exactly this session).
 *
 * Feedback is pressed only where the bot offered it, and follows the eval's expectation: "Yes" when
 * the answer was the expected entry, otherwise "No" and, as what was missing, the parent's question.
 *
 * Then: npm run insights -- --dir data/insights-session --since <today>
 */
import { mkdirSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { createApp } from '../src/app';
import { readConfig } from '../src/config';
import { startChannelSink, SinkActivity } from '../test/helpers/channelSink';

interface EvalQuestion { q: string; expect?: string; kind?: string; category?: string }

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

const CHANNELS = ['webchat', 'msteams', 'directline'];
const quietLog = { info: () => undefined, warn: () => undefined, error: (obj: object, msg?: string) => console.error(msg, obj) };

function buttonsOf(activity: SinkActivity | undefined): string[] {
  // Suggested actions, hero-card buttons and Adaptive Card actions (however deeply nested) all carry a title.
  const titles: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const o = node as Record<string, unknown>;
    if (typeof o.title === 'string' && typeof o.type === 'string' && /^(imBack|messageBack|postBack|Action\.)/.test(o.type)) titles.push(o.title);
    Object.values(o).forEach(walk);
  };
  walk([activity?.body.suggestedActions, activity?.body.attachments]);
  return titles;
}

async function main(): Promise<void> {
  const dir = path.resolve(option('dir') ?? path.join('data', 'insights-session'));
  const limit = Number(option('limit') ?? Infinity);
  mkdirSync(dir, { recursive: true });
  for (const f of readdirSync(dir)) if (/^insights-.*\.jsonl$/.test(f)) unlinkSync(path.join(dir, f));

  const evalDir = path.resolve('test', 'fixtures', 'eval');
  const questions: EvalQuestion[] = [];
  for (const file of readdirSync(evalDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const doc = parse(readFileSync(path.join(evalDir, file), 'utf8')) as { questions?: EvalQuestion[]; not_safety?: EvalQuestion[] };
    questions.push(...(doc.questions ?? []), ...(doc.not_safety ?? []));
  }

  const config = readConfig({ ...process.env, MicrosoftAppId: '', INSIGHTS: 'on', INSIGHTS_DIR: dir, PORT: '0' });
  const app = createApp(config, { log: quietLog });
  const base = await app.http.listen(0, '127.0.0.1');
  const sink = await startChannelSink();
  const feedback = app.deps.knowledge.dialogText.feedback ?? {};
  const counts = { conversations: 0, posts: 0, replies: 0, yes: 0, no: 0, failed: 0 };
  const started = Date.now();

  const selected = questions.slice(0, Number.isFinite(limit) ? limit : undefined);
  for (const [i, question] of selected.entries()) {
    const channelId = CHANNELS[i % CHANNELS.length];
    const conversationId = `session-${i}`;
    const post = async (extra: Record<string, unknown>) => {
      counts.posts++;
      const res = await fetch(`${base}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          channelId, serviceUrl: sink.url, conversation: { id: conversationId },
          from: { id: `parent-${i}` }, recipient: { id: 'send-signpost' },
          id: `act-${i}-${counts.posts}`, timestamp: new Date().toISOString(), ...extra,
        }),
      });
      if (!res.ok) counts.failed++;
      return sink.messagesFor(conversationId);
    };
    counts.conversations++;
    await post({ type: 'conversationUpdate', membersAdded: channelId === 'msteams' ? [{ id: 'send-signpost' }] : [{ id: `parent-${i}` }] });
    const before = sink.messagesFor(conversationId).length;
    const replies = (await post({ type: 'message', text: question.q })).slice(before);
    const offered = buttonsOf(replies[replies.length - 1]);
    if (offered.includes(feedback['yes.button']) && offered.includes(feedback['no.button'])) {
      const answered = app.deps.matcher.match(question.q);
      const right = answered.kind === 'answer' && question.expect !== undefined && answered.entry.id === question.expect;
      if (right) {
        counts.yes++;
        await post({ type: 'message', text: feedback['yes.button'] });
      } else {
        counts.no++;
        await post({ type: 'message', text: feedback['no.button'] });
        await post({ type: 'message', text: question.q });
      }
    }
  }
  await app.deps.insights?.flush();
  counts.replies = sink.received.length;
  await sink.close();
  await app.http.close();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Recorded session: ${selected.length} eval questions, ${counts.conversations} conversations over ${CHANNELS.join('/')}, ` +
    `${counts.posts} POSTs to /api/messages (${counts.failed} failed), ${counts.replies} replies at the channel sink, ` +
    `feedback pressed: ${counts.yes} yes / ${counts.no} no, in ${seconds}s.`);
  console.log(`Insights written to ${path.relative(process.cwd(), dir)}: ${readdirSync(dir).filter((f) => f.endsWith('.jsonl')).join(', ')}`);
  console.log(`Report: npm run insights -- --dir ${path.relative(process.cwd(), dir)} --since ${new Date().toISOString().slice(0, 10)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
