import { ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

export interface BotProcess {
  /** e.g. http://127.0.0.1:41234 */
  url: string;
  child: ChildProcess;
  /** Everything the process printed so far (its JSON log lines and console output). */
  output(): string;
  /** Resolves when a printed line matches (a hang guard rejects after timeoutMs). */
  waitForOutput(pattern: RegExp, timeoutMs?: number): Promise<void>;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Sends a signal (SIGTERM by default) and resolves with the exit code. */
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** What to run instead of the source under tsx: e.g. the built `dist/server.js` of a production copy. */
export interface BotCommand {
  /** Arguments to node. */
  args: string[];
  cwd: string;
}

/**
 * The real server (`src/index.ts` under tsx, as `npm start` does, unless `command` says otherwise), on a free port.
 * Local mode (no app id); `env` adds or overrides variables (STORAGE, BLOB_CONNECTION_STRING…).
 */
export async function startBotProcess(env: Record<string, string> = {}, command?: BotCommand): Promise<BotProcess> {
  // node --import tsx, not the tsx CLI: the CLI runs the app in a second process, so a SIGKILL (the
  // tests' clean-up) killed only the wrapper and left the app running after the test run.
  const child = spawn(process.execPath, command?.args ?? ['--import', 'tsx', 'src/index.ts'], {
    cwd: command?.cwd ?? root,
    env: { ...process.env, PORT: '0', MicrosoftAppId: '', MicrosoftAppPassword: '', LOG_LEVEL: 'info', NODE_ENV: 'test', INSIGHTS: 'off', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString();
    for (const listener of [...listeners]) listener();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const waitForOutput = (pattern: RegExp, timeoutMs = 30_000) =>
    new Promise<void>((resolve, reject) => {
      const check = () => {
        if (!pattern.test(output)) return;
        listeners.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`The bot process did not print ${pattern}. It printed:\n${output.slice(-2000)}`));
      }, timeoutMs);
      listeners.add(check);
      exited.then(() => {
        if (!listeners.has(check)) return;
        listeners.delete(check);
        clearTimeout(timer);
        reject(new Error(`The bot process exited before printing ${pattern}:\n${output.slice(-2000)}`));
      });
      check();
    });

  // Generous: several processes may be starting at once on a busy 2-core machine (a hang guard, not a timing).
  await waitForOutput(/"msg":"SEND Signpost is listening"/, 120_000).catch((error: unknown) => {
    // A process that never came up is not left running after the test.
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    throw error;
  });
  const line = output.split('\n').find((l) => l.includes('"msg":"SEND Signpost is listening"'))!;
  const port = (JSON.parse(line) as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    waitForOutput,
    exited,
    stop: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      return exited;
    },
  };
}
