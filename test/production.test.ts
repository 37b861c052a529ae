import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { splitAnswer } from '../src/core/render';
import { BotProcess, startBotProcess } from './helpers/botProcess';
import { matcherFor, realKnowledge } from './helpers/testBot';

/**
 * The production start, end to end: `npm run build`, then what an image would hold (package files, dist/,
 * knowledge/, public/) in a folder of its own, with the packages of a production install (devDependencies
 * omitted), started with plain node from another working directory. A module the app needs at run time but
 * listed as a devDependency, or a path found from the working directory instead of the project, fails here.
 */

const run = promisify(execFile);
const root = path.resolve(__dirname, '..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
const k = realKnowledge();
const question = 'how long does the council have to decide whether to do an EHC needs assessment';
// Matched before any request: building the matcher blocks the event loop for seconds, long enough for the server
// to close an idle keep-alive socket that fetch would then reuse ("other side closed").
const expected = matcherFor(k).match(question);

// Outside the repository, so node cannot fall back on the repository's node_modules (devDependencies included).
const image = mkdtempSync(path.join(os.tmpdir(), 'signpost-image-'));
const elsewhere = mkdtempSync(path.join(os.tmpdir(), 'signpost-cwd-'));
let bot: BotProcess | undefined;

/**
 * The packages of `npm ci --omit=dev`, without unpacking them again: the installed tree is hard-linked into
 * the image (no copying of file contents), then `npm prune --omit=dev` takes out, by package-lock.json, every
 * devDependency and anything extraneous, and adds whatever is missing. npm never writes into a linked file:
 * the one file it rewrites (node_modules/.package-lock.json) is unlinked from the image first. Where hard
 * links cannot be made (another file system, no node_modules), a plain `npm ci --omit=dev` does the job.
 */
async function installProductionPackages(dir: string): Promise<void> {
  const npm = (args: string[]) =>
    run('npm', [...args, '--omit=dev', '--prefer-offline', '--no-audit', '--no-fund'], {
      cwd: dir,
      env: { ...process.env, NODE_ENV: 'production' },
      maxBuffer: 64 * 1024 * 1024,
      timeout: 480_000,
    });
  const installed = path.join(root, 'node_modules');
  const linked = existsSync(installed) && (await run('cp', ['-al', `${realpathSync(installed)}/.`, path.join(dir, 'node_modules')]).then(() => true, () => false));
  if (!linked) {
    rmSync(path.join(dir, 'node_modules'), { recursive: true, force: true });
    await npm(['ci']);
    return;
  }
  rmSync(path.join(dir, 'node_modules', '.package-lock.json'), { force: true });
  await npm(['prune']);
}

beforeAll(async () => {
  for (const name of ['package.json', 'package-lock.json', '.npmrc', 'knowledge', 'public']) {
    cpSync(path.join(root, name), path.join(image, name), { recursive: true });
  }
  // The build and the install at once: one is CPU, the other mostly the disk.
  await Promise.all([
    run('npm', ['run', 'build', '--', '--outDir', path.join(image, 'dist')], { cwd: root, maxBuffer: 64 * 1024 * 1024, timeout: 300_000 }),
    installProductionPackages(image),
  ]);
  bot = await startBotProcess(
    // No KNOWLEDGE_DIR, no loader hooks: the built app finds its own files.
    { NODE_ENV: 'production', KNOWLEDGE_DIR: '', NODE_OPTIONS: '', NODE_PATH: '' },
    { args: [path.join(image, 'dist', 'server.js')], cwd: elsewhere },
  );
}, 600_000);

afterAll(async () => {
  await bot?.stop('SIGKILL');
  rmSync(image, { recursive: true, force: true });
  rmSync(elsewhere, { recursive: true, force: true });
}, 300_000); // Removing an installed node_modules takes a while on a busy machine.

describe('the production build, installed without devDependencies', () => {
  it('holds the compiled app and the run-time packages only', () => {
    // The server bundled into one file (what the container runs), beside tsc's output.
    expect(existsSync(path.join(image, 'dist', 'server.js'))).toBe(true);
    expect(existsSync(path.join(image, 'dist', 'src', 'index.js'))).toBe(true);
    expect(existsSync(path.join(image, 'dist', 'dialogs'))).toBe(true);
    // The build leaves tests and scripts out.
    expect(existsSync(path.join(image, 'dist', 'test'))).toBe(false);
    expect(existsSync(path.join(image, 'dist', 'scripts'))).toBe(false);
    for (const dev of ['tsx', 'typescript', 'vitest']) expect(existsSync(path.join(image, 'node_modules', dev)), dev).toBe(false);
    expect(existsSync(path.join(image, 'node_modules', 'text-readability'))).toBe(true);
  });

  it('starts with node and reports its version and knowledge on /healthz', async () => {
    const response = await fetch(`${bot!.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', version, knowledgeEntries: k.entries.length });
    // The chat page and the Web Chat bundle come from public/ and the installed package.
    expect((await fetch(`${bot!.url}/`)).status).toBe(200);
    expect((await fetch(`${bot!.url}/webchat/webchat.js`)).status).toBe(200);
  });

  it('answers a question through the local Direct Line as the source does', async () => {
    expect(expected.kind).toBe('answer');
    if (expected.kind !== 'answer') return;

    const session = (await (await fetch(`${bot!.url}/api/token`, { method: 'POST' })).json()) as { token: string; domain: string; conversationId: string };
    const auth = { Authorization: `Bearer ${session.token}` };
    const activities = `${session.domain}/conversations/${session.conversationId}/activities`;
    expect((await fetch(`${session.domain}/conversations`, { method: 'POST', headers: auth })).status).toBe(201);

    /** The bot's texts after a watermark, once `until` holds (bounded polling: a hang guard, not a timing). */
    async function botTexts(until: (texts: string[]) => boolean): Promise<string[]> {
      for (let i = 0; i < 300; i++) {
        const set = (await (await fetch(activities, { headers: auth })).json()) as { activities: Array<{ text?: string; from: { role?: string } }> };
        const texts = set.activities.filter((a) => a.from.role === 'bot').map((a) => a.text ?? '');
        if (until(texts)) return texts;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`the bot's reply never arrived:\n${bot!.output().slice(-2000)}`);
    }
    await botTexts((texts) => texts.includes(k.text('welcome')));

    const send = (text: string) =>
      fetch(activities, { method: 'POST', headers: { ...auth, 'Content-Type': 'application/json' }, body: JSON.stringify({ type: 'message', text }) });
    expect((await send(k.text('menu.askQuestion'))).status).toBe(200);
    await botTexts((texts) => texts.includes(k.text('ask.prompt')));
    expect((await send(question)).status).toBe(200);
    // A long answer comes as its summary, then the rest on "More detail" (src/bot/replies.ts).
    const { summary, rest } = splitAnswer(expected.entry.answer);
    let texts = await botTexts((all) => all.some((t) => t.includes(summary)));
    if (rest) {
      expect((await send(k.text('more.button'))).status).toBe(200);
      texts = await botTexts((all) => all.some((t) => t.includes(rest)));
    }
    expect(texts.join('\n')).toMatch(/^Source: /m);
    expect(texts).not.toContain(k.text('error.apology'));
  });

  it('stops cleanly on SIGTERM', async () => {
    expect(await bot!.stop('SIGTERM')).toBe(0);
    expect(bot!.output()).not.toMatch(/Cannot find module|"level":50/);
  });
});
