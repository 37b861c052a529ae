import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The bundle (scripts/build.js bundleOptions, used by npm run build and npm start) puts a stand-in for each of
 * Microsoft's text recognizers that botbuilder-dialogs loads, which loads the real one at first use. What
 * botbuilder-dialogs does with them must be the same bundled as installed.
 */
const ROOT = path.join(__dirname, '..');
const NODE_MODULES = path.join(ROOT, 'node_modules');
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const ENTRY = `
const d = require('botbuilder-dialogs');
console.log(JSON.stringify({
  ordinal: d.recognizeChoices('the second one', ['red', 'green', 'blue']).map((r) => r.resolution.value),
  number: d.recognizeChoices('3', ['red', 'green', 'blue']).map((r) => r.resolution.value),
  cultures: d.PromptCultureModels.getSupportedCultures().map((c) => [c.locale, c.separator, c.noInLanguage]),
}));
`;

describe("the bundle's stand-ins for the text recognizers", () => {
  it('give botbuilder-dialogs the same prompt languages and choice recognition as the installed packages', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'signpost-bundle-'));
    dirs.push(dir);
    fs.writeFileSync(path.join(dir, 'entry.js'), ENTRY);
    const { bundleOptions } = require('../scripts/build.js') as { bundleOptions: (entry: string, out: string, code: string) => Record<string, unknown> };
    const options = bundleOptions(path.join(dir, 'entry.js'), path.join(dir, 'bundle.js'), 'test');
    const esbuild = await import('esbuild');
    await esbuild.build({ ...options, nodePaths: [NODE_MODULES] });
    expect(fs.readFileSync(path.join(dir, 'bundle.js'), 'utf8')).toContain('lazy-recognizers:@microsoft/recognizers-text-suite');
    const bundled = execFileSync(process.execPath, [path.join(dir, 'bundle.js')], { encoding: 'utf8' });
    const installed = execFileSync(process.execPath, [path.join(dir, 'entry.js')], { encoding: 'utf8', env: { ...process.env, NODE_PATH: NODE_MODULES } });
    expect(JSON.parse(bundled)).toEqual(JSON.parse(installed));
    expect(JSON.parse(bundled).ordinal).toEqual(['green']);
  }, 120_000);
});
