import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';

/**
 * A knowledge folder built from `files` (path → YAML text) in a temp directory, for tests of the loader. Each
 * test file that imports this removes its folders when it ends.
 */
const roots: string[] = [];
afterAll(() => roots.splice(0).forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

export function knowledgeDir(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-'));
  roots.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
