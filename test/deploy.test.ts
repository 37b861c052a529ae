/**
 * The Dockerfile cannot be built here (no Docker), so this holds it to what CI does test: the run stage
 * installs with `npm ci --omit=dev` and copies exactly the files test/production.test.ts installs from,
 * runs as a non-root user, and its HEALTHCHECK asks the readiness route.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');
const dockerfile = readFileSync(path.join(root, 'Dockerfile'), 'utf8');
const stages = dockerfile.split(/^FROM /m).slice(1);
const runStage = stages[stages.length - 1];

describe('the Dockerfile', () => {
  it('builds on Node 20 slim in two stages, and the run stage installs run-time packages only', () => {
    expect(stages).toHaveLength(2);
    for (const stage of stages) expect(stage).toMatch(/^node:20-slim\b/);
    expect(stages[0]).toMatch(/RUN npm run build/);
    expect(runStage).toMatch(/RUN npm ci --omit=dev/);
    expect(runStage).not.toMatch(/RUN npm ci\s*$/m);
  });

  it('copies what the production test installs from, and nothing else from the source tree', () => {
    const production = readFileSync(path.join(root, 'test', 'production.test.ts'), 'utf8');
    const listed = /for \(const name of (\[[^\]]+\])\)/.exec(production)?.[1];
    expect(listed, 'the file list in test/production.test.ts').toBeDefined();
    const expected = (JSON.parse(listed!.replace(/'/g, '"')) as string[]).sort();
    const copied = [...runStage.matchAll(/^COPY (?!--from)(.+)$/gm)].flatMap((m) => m[1].trim().split(/\s+/).slice(0, -1)).sort();
    expect(copied).toEqual(expected);
    expect(runStage).toMatch(/COPY --from=build \/src\/dist \.\/dist/);
  });

  it('builds with the knowledge the run stage copies, so the build\'s knowledge snapshot is the one the server reads', () => {
    const build = stages[0];
    expect(build).toMatch(/^COPY knowledge \.\/knowledge$/m);
    expect(build.search(/^COPY knowledge /m)).toBeLessThan(build.indexOf('RUN npm run build'));
    expect(runStage).toMatch(/^COPY knowledge \.\/knowledge$/m);
    // Both stages copy from the same build context: the same bytes, so the snapshot's key holds.
    expect(readFileSync(path.join(root, '.dockerignore'), 'utf8')).not.toMatch(/^knowledge/m);
  });

  it('runs as a non-root user, checks /readyz, and starts the built app with node', () => {
    const user = /^USER (\S+)/m.exec(runStage)?.[1];
    expect(user).toBeDefined();
    expect(['root', '0']).not.toContain(user);
    // The one bundled file `npm run build` makes (scripts/build.js), as `npm run start:prod` starts it.
    // Started with the node flags every way of starting the app uses (the young generation's size), no other.
    const cmd = 'CMD ["node", "--max-semi-space-size=32", "dist/server.js"]';
    expect(runStage).toContain(cmd);
    expect(runStage.indexOf('USER ')).toBeLessThan(runStage.indexOf(cmd));
    const scripts = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
    expect(scripts['start:prod']).toBe('node --max-semi-space-size=32 dist/server.js');
    expect(scripts.start).toBe('node --max-semi-space-size=32 scripts/start.js');
    expect(scripts['start:tsx']).toBe('tsx --max-semi-space-size=32 src/index.ts');
    // The bench measures the matcher in a process with the same young generation, and with the collector exposed
    // so it can measure what each part of start-up keeps.
    expect(scripts.bench).toBe('tsx --expose-gc --max-semi-space-size=32 scripts/bench.ts');
    expect(/^HEALTHCHECK[\s\S]+?\/readyz/m.test(runStage)).toBe(true);
  });
});
