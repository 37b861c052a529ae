// Builds the Teams app package (dist/appPackage.zip): fills in the placeholders from the environment, validates
// the manifest against the vendored Teams schema, checks the icons, then zips manifest + icons.
// Usage: MicrosoftAppId=<guid> BOT_DOMAIN=<host> npm run teams:package
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04'; // the Teams schema is JSON Schema draft-04, which Ajv 8 only reads via this plugin
import addFormats from 'ajv-formats';
import JSZip from 'jszip';
import { decodePng } from './png';

export interface PackageOptions {
  /** Folder holding manifest.json, the icons and schema/ (default: appPackage/). */
  dir?: string;
  /** Where to write the zip (default: dist/appPackage.zip). */
  outFile?: string;
  env?: NodeJS.ProcessEnv;
}

export class TeamsPackageError extends Error {
  constructor(public readonly problems: string[]) {
    super(`The Teams app package was not built:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'TeamsPackageError';
  }
}

/** Placeholder in manifest.json → environment variable that fills it. */
export const PLACEHOLDERS: Record<string, { env: string; what: string }> = {
  MICROSOFT_APP_ID: { env: 'MicrosoftAppId', what: 'the bot\'s Microsoft App ID from the Azure Bot registration' },
  BOT_DOMAIN: { env: 'BOT_DOMAIN', what: 'the public host name of the bot, e.g. signpost.example.org (no https://)' },
};

export function fillPlaceholders(text: string, env: NodeJS.ProcessEnv): string {
  const problems: string[] = [];
  const filled = text.replace(/\$\{\{\s*([A-Z0-9_]+)\s*\}\}/g, (whole, name: string) => {
    const placeholder = PLACEHOLDERS[name];
    if (!placeholder) {
      problems.push(`manifest.json uses \${{${name}}} but the packager does not know that placeholder`);
      return whole;
    }
    const value = env[placeholder.env]?.trim();
    if (!value) {
      problems.push(`set ${placeholder.env} to ${placeholder.what} (manifest.json needs it for \${{${name}}})`);
      return whole;
    }
    // The value lands inside a JSON string; escape it so a stray quote cannot change the manifest's shape.
    return JSON.stringify(value).slice(1, -1);
  });
  if (problems.length) throw new TeamsPackageError([...new Set(problems)]);
  return filled;
}

type ValidationError = { instancePath: string; message?: string; params: Record<string, unknown> };

function describe(error: ValidationError): string {
  const where = error.instancePath ? `manifest.json${error.instancePath.replace(/\//g, ' → ')}` : 'manifest.json';
  const extra = error.params.additionalProperty
    ? ` ("${String(error.params.additionalProperty)}" is not a field the Teams schema allows here)`
    : error.params.allowedValues
      ? ` (allowed: ${(error.params.allowedValues as unknown[]).join(', ')})`
      : '';
  return `${where}: ${error.message ?? 'is not valid'}${extra}`;
}

export function validateManifest(manifest: unknown, schema: object): string[] {
  // strict: false because Microsoft's schema uses annotations Ajv's strict mode rejects (e.g. "default" on $ref).
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map((e) => describe(e as ValidationError));
}

export function checkIcons(dir: string, manifest: { icons?: { color?: string; outline?: string } }): string[] {
  const problems: string[] = [];
  const icons = [
    { key: 'color' as const, size: 192 },
    { key: 'outline' as const, size: 32 },
  ];
  for (const { key, size } of icons) {
    const file = manifest.icons?.[key];
    if (!file) continue; // the schema check reports the missing field
    const path = join(dir, file);
    if (!existsSync(path)) {
      problems.push(`icons.${key}: file ${file} is not in ${dir}`);
      continue;
    }
    let image;
    try {
      image = decodePng(readFileSync(path));
    } catch (error) {
      problems.push(`icons.${key}: ${file} cannot be read as a PNG (${(error as Error).message})`);
      continue;
    }
    if (image.width !== size || image.height !== size) {
      problems.push(`icons.${key}: ${file} is ${image.width}×${image.height} pixels; Teams needs ${size}×${size}`);
    }
    if (key === 'outline') {
      // Teams draws the outline icon on its own backgrounds: only white or fully transparent pixels are allowed.
      let transparent = 0;
      let coloured = 0;
      for (let i = 0; i < image.width * image.height; i++) {
        const [r, g, b, a] = image.rgba.subarray(i * 4, i * 4 + 4);
        if (a === 0) transparent++;
        else if (r !== 255 || g !== 255 || b !== 255) coloured++;
      }
      if (transparent === 0) problems.push(`icons.outline: ${file} has no transparent background; Teams needs white on transparent`);
      if (coloured > 0) problems.push(`icons.outline: ${file} has ${coloured} pixels that are not white; Teams needs white on transparent`);
    }
  }
  return problems;
}

export async function buildTeamsPackage(options: PackageOptions = {}): Promise<{ zipPath: string; manifest: Record<string, unknown> }> {
  const root = resolve(__dirname, '..');
  const dir = resolve(options.dir ?? join(root, 'appPackage'));
  const zipPath = resolve(options.outFile ?? join(root, 'dist', 'appPackage.zip'));
  const env = options.env ?? process.env;

  const text = fillPlaceholders(readFileSync(join(dir, 'manifest.json'), 'utf8'), env);
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new TeamsPackageError([`manifest.json is not valid JSON: ${(error as Error).message}`]);
  }
  const schemaPath = join(root, 'appPackage', 'schema', 'MicrosoftTeams.schema.json');
  const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as { properties: { manifestVersion: { const: string } } };
  const problems: string[] = [];
  if (manifest.manifestVersion !== schema.properties.manifestVersion.const) {
    problems.push(`manifest.json: manifestVersion is ${JSON.stringify(manifest.manifestVersion)} but the schema in appPackage/schema is for ${schema.properties.manifestVersion.const}`);
  } else {
    problems.push(...validateManifest(manifest, schema));
  }
  problems.push(...checkIcons(dir, manifest as { icons?: { color?: string; outline?: string } }));
  if (problems.length) throw new TeamsPackageError(problems);

  const zip = new JSZip();
  zip.file('manifest.json', JSON.stringify(manifest, null, 2) + '\n');
  const icons = manifest.icons as { color: string; outline: string };
  for (const file of [icons.color, icons.outline]) zip.file(file, readFileSync(join(dir, file)));
  // Fixed dates keep the zip byte-identical between builds of the same input.
  zip.forEach((_path, entry) => { entry.date = new Date('2026-01-01T00:00:00Z'); });
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(dirname(zipPath), { recursive: true });
  writeFileSync(zipPath, bytes);
  return { zipPath, manifest };
}

if (require.main === module) {
  buildTeamsPackage()
    .then(({ zipPath, manifest }) => {
      console.log(`Built ${zipPath} (manifest ${String(manifest.manifestVersion)}, app ${String(manifest.id)}). Upload it in Teams: Apps → Manage your apps → Upload an app.`);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    });
}
