import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * npm start (scripts/start.js) runs a bundle of the sources it keeps in dist/dev: these tests prove it never
 * runs code older than the sources. They work on a copy of the project (its node_modules linked), where a
 * source file is edited between starts.
 */
const ROOT = path.join(__dirname, '..');
const copies: string[] = [];
afterAll(() => copies.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function copyProject(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signpost-start-'));
  copies.push(dir);
  for (const p of ['src', 'dialogs', 'knowledge', 'public', 'package.json', 'package-lock.json', 'tsconfig.json', 'scripts/start.js', 'scripts/build.js', 'scripts/serverLauncher.js']) {
    fs.cpSync(path.join(ROOT, p), path.join(dir, p), { recursive: true });
  }
  fs.symlinkSync(fs.realpathSync(path.join(ROOT, 'node_modules')), path.join(dir, 'node_modules'), 'dir');
  return dir;
}

const ENV = { ...process.env, PORT: '0', LOG_LEVEL: 'warn', INSIGHTS: 'off', STORAGE: 'memory', MicrosoftAppId: '', MicrosoftAppPassword: '' };

/** npm start in `dir` until it says it is running; everything it printed by then. */
function startOnce(dir: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/start.js'], { cwd: dir, env: ENV });
    let out = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no start within 90 s:\n${out}`));
    }, 90_000);
    const seen = (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('SEND Signpost is running')) {
        clearTimeout(timer);
        child.kill('SIGTERM');
        child.once('exit', () => resolve(out));
      }
    };
    child.stdout.on('data', seen);
    child.stderr.on('data', seen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!out.includes('SEND Signpost is running')) reject(new Error(`exited ${code} before starting:\n${out}`));
    });
  });
}

/** Whether start.js would bundle again ('bundled') or finds the bundle fresh ('fresh'), making it if not. */
function bundleState(dir: string): string {
  return spawnSync(process.execPath, ['scripts/start.js', '--bundle'], { cwd: dir, env: ENV, encoding: 'utf8' }).stdout.trim().split(':')[0];
}

describe('npm start runs the sources as they are now', () => {
  it('an edit to a source, even one that keeps its size and time, is what the next start runs', async () => {
    const dir = copyProject();
    const config = path.join(dir, 'src', 'config.ts');
    const original = fs.readFileSync(config, 'utf8');
    fs.writeFileSync(config, `${original}\nconsole.log('SOURCE MARK one');\n`);
    const first = await startOnce(dir);
    expect(first).toContain('SOURCE MARK one');
    expect(bundleState(dir)).toBe('fresh');

    const mtime = fs.statSync(config).mtime;
    fs.writeFileSync(config, `${original}\nconsole.log('SOURCE MARK two');\n`);
    fs.utimesSync(config, mtime, mtime);
    const second = await startOnce(dir);
    expect(second).toContain('SOURCE MARK two');
    expect(second).not.toContain('SOURCE MARK one');
    expect(bundleState(dir)).toBe('fresh');

    // A new file counts too, though nothing imports it yet.
    fs.writeFileSync(path.join(dir, 'src', 'unused.ts'), 'export const unused = 1;\n');
    expect(bundleState(dir)).toBe('bundled');
  }, 300_000);
});
