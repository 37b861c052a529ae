import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { decodePng, encodePng } from '../scripts/png';
import { buildTeamsPackage, TeamsPackageError } from '../scripts/teams-package';

const APP_ID = '6a0f7c2e-1d3b-4c5a-9e8f-0123456789ab';
const env = { MicrosoftAppId: APP_ID, BOT_DOMAIN: 'signpost.example.org' };
const appPackage = join(__dirname, '..', 'appPackage');

function copyOfAppPackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-apppkg-'));
  cpSync(appPackage, dir, { recursive: true });
  return dir;
}

async function failureOf(promise: Promise<unknown>): Promise<TeamsPackageError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(TeamsPackageError);
    return error as TeamsPackageError;
  }
  throw new Error('expected the package build to fail');
}

describe('Teams app package', () => {
  it('builds a zip with the filled-in manifest and both icons', async () => {
    const outFile = join(mkdtempSync(join(tmpdir(), 'signpost-zip-')), 'appPackage.zip');
    const { zipPath } = await buildTeamsPackage({ env, outFile });
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.bots).toEqual([expect.objectContaining({ botId: APP_ID, scopes: ['personal'] })]);
    expect(manifest.developer.privacyUrl).toBe('https://signpost.example.org/privacy');
    // The staff search extension and tab (validated against the 1.30 schema like the rest).
    expect(manifest.composeExtensions[0].botId).toBe(APP_ID);
    expect(manifest.staticTabs[0].contentUrl).toBe('https://signpost.example.org/teams/reference');
    expect(JSON.stringify(manifest)).not.toContain('${{');
    const color = decodePng(Buffer.from(await zip.file('color.png')!.async('uint8array')));
    expect([color.width, color.height]).toEqual([192, 192]);
  });

  it('says which environment variable is missing', async () => {
    const error = await failureOf(buildTeamsPackage({ env: { BOT_DOMAIN: 'x.example.org' }, outFile: join(tmpdir(), 'never.zip') }));
    expect(error.message).toContain('set MicrosoftAppId');
    expect(error.message).not.toContain('BOT_DOMAIN to');
  });

  it('rejects an app id that is not a GUID, naming the field', async () => {
    const error = await failureOf(buildTeamsPackage({ env: { ...env, MicrosoftAppId: 'not-a-guid' }, outFile: join(tmpdir(), 'never.zip') }));
    expect(error.message).toMatch(/manifest\.json → id: must match pattern/);
    expect(error.message).toMatch(/manifest\.json → bots → 0 → botId: must match pattern/);
  });

  it('rejects a broken manifest with a readable error', async () => {
    const dir = copyOfAppPackage();
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    manifest.bots[0].scopes = ['personal', 'everywhere'];
    manifest.name.short = 'A name far too long for the Teams app bar';
    manifest.colour = '#ffffff';
    writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    const error = await failureOf(buildTeamsPackage({ dir, env, outFile: join(dir, 'out.zip') }));
    expect(error.message).toContain('The Teams app package was not built');
    expect(error.message).toContain('manifest.json → bots → 0 → scopes → 1: must be equal to one of the allowed values (allowed: team, personal, groupChat, copilot)');
    expect(error.message).toContain('manifest.json → name → short: must NOT have more than 30 characters');
    expect(error.message).toContain('"colour" is not a field the Teams schema allows here');
  });

  it('rejects invalid JSON', async () => {
    const dir = copyOfAppPackage();
    writeFileSync(join(dir, 'manifest.json'), '{ "manifestVersion": ');
    const error = await failureOf(buildTeamsPackage({ dir, env, outFile: join(dir, 'out.zip') }));
    expect(error.message).toContain('manifest.json is not valid JSON');
  });

  it('rejects icons of the wrong size or an outline icon that is not white on transparent', async () => {
    const dir = copyOfAppPackage();
    const grey = { width: 32, height: 32, rgba: Buffer.alloc(32 * 32 * 4, 0x80) };
    writeFileSync(join(dir, 'outline.png'), encodePng(grey));
    writeFileSync(join(dir, 'color.png'), encodePng({ width: 100, height: 100, rgba: Buffer.alloc(100 * 100 * 4, 0xff) }));
    const error = await failureOf(buildTeamsPackage({ dir, env, outFile: join(dir, 'out.zip') }));
    expect(error.message).toContain('icons.color: color.png is 100×100 pixels; Teams needs 192×192');
    expect(error.message).toContain('icons.outline: outline.png has 1024 pixels that are not white');
  });

  it('ships icons that pass the checks: outline is white on transparent', () => {
    const outline = decodePng(readFileSync(join(appPackage, 'outline.png')));
    const alphas = new Set<number>();
    for (let i = 0; i < 32 * 32; i++) {
      const [r, g, b, a] = outline.rgba.subarray(i * 4, i * 4 + 4);
      alphas.add(a!);
      if (a) expect([r, g, b]).toEqual([255, 255, 255]);
    }
    expect([...alphas].sort()).toEqual([0, 255]);
  });
});
