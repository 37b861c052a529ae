import fs from 'node:fs';
import path from 'node:path';

/**
 * The folder holding the project's package.json (and public/, knowledge/). Found by walking up, so the
 * same code works from src/ under tsx and from dist/ after `npm run build`.
 */
function findProjectRoot(): string {
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'public'))) return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export const PROJECT_ROOT = findProjectRoot();
export const PUBLIC_DIR = path.join(PROJECT_ROOT, 'public');
export const PACKAGE_VERSION: string = JSON.parse(fs.readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')).version;
