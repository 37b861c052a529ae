/**
 * The house rules, checked on the code itself: imports point one way between the layers, and no file
 * imports itself through others (type-only imports included: they still tie two files' changes together).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..');

type Graph = Map<string, { local: string[]; packages: string[] }>;

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.posix.join(dir, name);
    if (statSync(path.join(root, rel)).isDirectory()) return sourceFiles(rel);
    return rel.endsWith('.ts') && !rel.endsWith('.d.ts') ? [rel] : [];
  });
}

/** Every module a file names: import/export … from, import type, side-effect imports, import() and require(). */
export function specifiersIn(code: string): string[] {
  const withoutComments = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?(?:[\w*\s{},$]+?\s+from\s+)?['"]([^'"]+)['"]/g,
    /\bimport\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\brequire\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const re of patterns) for (const m of withoutComments.matchAll(re)) found.push(m[1]);
  return found;
}

function resolveLocal(from: string, spec: string, files: Set<string>): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  return [`${base}.ts`, `${base}/index.ts`, base].find((f) => files.has(f));
}

function importGraph(dirs: string[]): Graph {
  const files = new Set(dirs.flatMap(sourceFiles));
  const graph: Graph = new Map();
  for (const file of files) {
    const specs = specifiersIn(readFileSync(path.join(root, file), 'utf8'));
    const local = specs.filter((s) => s.startsWith('.')).map((s) => resolveLocal(file, s, files)).filter((f): f is string => !!f);
    const packages = specs.filter((s) => !s.startsWith('.'));
    graph.set(file, { local: [...new Set(local)], packages: [...new Set(packages)] });
  }
  return graph;
}

/** Strongly connected components of more than one file (or a file importing itself): the import circles. */
export function circles(edges: Map<string, string[]>): string[][] {
  let index = 0;
  const stack: string[] = [];
  const onStack = new Set<string>();
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const out: string[][] = [];
  const visit = (v: string) => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) out.push(component.sort());
    }
  };
  for (const v of edges.keys()) if (!idx.has(v)) visit(v);
  return out;
}

const BOT_FRAMEWORK = /^(botbuilder|botframework)/;
/** The Bot Framework SDK itself (Web Chat's browser bundle is a static file the server sends, not a dependency of the code). */
const BOT_FRAMEWORK_SDK = /^(botbuilder[\w-]*|botframework-(connector|schema))(\/|$)/;

const SERVER = /^(restify|ws|node:http|http|node:https|https|node:net|net)$/;

interface Rule { what: string; files: RegExp; mayNotImportFiles?: RegExp; mayNotImportPackages?: RegExp }

/** Who may not import what. Layers: core ← knowledge ← bot, dialogs ← http (through the bot's port), pages ← app. */
const RULES: Rule[] = [
  { what: 'src/core is pure: no Bot Framework, no server, no other layer', files: /^src\/core\//, mayNotImportFiles: /^(?!src\/core\/)/, mayNotImportPackages: new RegExp(`${BOT_FRAMEWORK.source}|${SERVER.source}`) },
  { what: 'src/knowledge loads and validates: it uses core only', files: /^src\/knowledge\//, mayNotImportFiles: /^(?!src\/(core|knowledge)\/|src\/projectRoot\.ts$)/, mayNotImportPackages: new RegExp(`${BOT_FRAMEWORK.source}|${SERVER.source}`) },
  { what: 'dialogs never reach the http layer or pages', files: /^dialogs\//, mayNotImportFiles: /^src\/(http|pages|app)/, mayNotImportPackages: SERVER },
  { what: 'the bot layer never reaches the http layer, pages or dialogs (the composition root hands dialogs over)', files: /^src\/bot\//, mayNotImportFiles: /^(src\/(http|pages|app)|dialogs\/)/, mayNotImportPackages: SERVER },
  // Of the bot layer, http uses the port (endpoint.ts) and the names it shares with the channel (flags, download paths).
  { what: 'the http layer reaches the bot only through its port: no Bot Framework types, no dialogs', files: /^src\/http\//, mayNotImportFiles: /^(src\/app|dialogs\/|src\/bot\/(?!(endpoint|channelFlags|downloads)\.ts$))/, mayNotImportPackages: BOT_FRAMEWORK_SDK },
  { what: 'pages are HTML only: no Bot Framework, no server', files: /^src\/pages\//, mayNotImportFiles: /^(src\/(http|bot|app)|dialogs\/)/, mayNotImportPackages: new RegExp(`${BOT_FRAMEWORK.source}|${SERVER.source}`) },
];

export function breaches(graph: Graph, rules: Rule[] = RULES): string[] {
  const found: string[] = [];
  for (const [file, { local, packages }] of graph) {
    for (const rule of rules.filter((r) => r.files.test(file))) {
      for (const target of local) if (rule.mayNotImportFiles?.test(target)) found.push(`${file} → ${target} (${rule.what})`);
      for (const pkg of packages) if (rule.mayNotImportPackages?.test(pkg)) found.push(`${file} → ${pkg} (${rule.what})`);
    }
  }
  return found;
}

describe('the import rules', () => {
  const graph = importGraph(['src', 'dialogs']);

  it('reads every source file and its imports', () => {
    expect(graph.size).toBeGreaterThan(60);
    expect(graph.get('src/app.ts')!.local).toContain('dialogs/mainDialog.ts');
    expect(graph.get('src/core/matcher.ts')!.local).toContain('src/core/normalise.ts');
  });

  it('no layer imports what it may not', () => {
    expect(breaches(graph)).toEqual([]);
  });

  it('has no import circles, type-only imports included', () => {
    const edges = new Map([...graph].map(([f, { local }]) => [f, local]));
    expect(circles(edges)).toEqual([]);
  });

  it('the checks catch a breach and a circle when there is one', () => {
    const bad: Graph = new Map([
      ['src/core/a.ts', { local: ['src/bot/b.ts'], packages: ['botbuilder'] }],
      ['src/bot/b.ts', { local: ['src/core/a.ts'], packages: [] }],
      ['dialogs/d.ts', { local: ['src/http/server.ts'], packages: ['restify'] }],
      ['src/knowledge/k.ts', { local: ['src/bot/b.ts'], packages: [] }],
    ]);
    expect(breaches(bad)).toEqual([
      'src/core/a.ts → src/bot/b.ts (src/core is pure: no Bot Framework, no server, no other layer)',
      'src/core/a.ts → botbuilder (src/core is pure: no Bot Framework, no server, no other layer)',
      'dialogs/d.ts → src/http/server.ts (dialogs never reach the http layer or pages)',
      'dialogs/d.ts → restify (dialogs never reach the http layer or pages)',
      'src/knowledge/k.ts → src/bot/b.ts (src/knowledge loads and validates: it uses core only)',
    ]);
    expect(circles(new Map([...bad].map(([f, { local }]) => [f, local])))).toEqual([['src/bot/b.ts', 'src/core/a.ts']]);
  });

  it('keeps every Bot Framework package out of core, knowledge, pages and the http layer, type-only imports included', () => {
    const sdk = ['botbuilder', 'botbuilder-dialogs', 'botframework-connector', 'botframework-schema'];
    for (const layer of ['src/core', 'src/knowledge', 'src/pages', 'src/http']) {
      for (const pkg of sdk) {
        const file = `${layer}/x.ts`;
        const seeded: Graph = new Map([[file, { local: [], packages: specifiersIn(`import type { Activity } from '${pkg}';`) }]]);
        expect(breaches(seeded), `${file} → ${pkg}`).toHaveLength(1);
      }
    }
    // The http layer itself: it reads the port, and nothing of the SDK.
    expect(graph.get('src/http/server.ts')!.local).toContain('src/bot/endpoint.ts');
    const http = [...graph].filter(([file]) => file.startsWith('src/http/'));
    expect(http.length).toBeGreaterThan(10);
    expect(http.flatMap(([, { packages }]) => packages).filter((p) => BOT_FRAMEWORK_SDK.test(p))).toEqual([]);
  });

  it('lets the http layer use the port and Web Chat\'s bundle, and nothing else of the bot layer', () => {
    const seeded: Graph = new Map([
      ['src/http/h.ts', { local: ['src/bot/endpoint.ts', 'src/bot/channelFlags.ts', 'src/bot/bot.ts', 'src/bot/adapter.ts', 'dialogs/d.ts', 'src/app.ts', 'src/core/text.ts'], packages: ['restify', 'ws', 'botframework-webchat', 'botframework-connector'] }],
    ]);
    const rule = '(the http layer reaches the bot only through its port: no Bot Framework types, no dialogs)';
    expect(breaches(seeded)).toEqual([
      `src/http/h.ts → src/bot/bot.ts ${rule}`,
      `src/http/h.ts → src/bot/adapter.ts ${rule}`,
      `src/http/h.ts → dialogs/d.ts ${rule}`,
      `src/http/h.ts → src/app.ts ${rule}`,
      `src/http/h.ts → botframework-connector ${rule}`,
    ]);
  });

  it('reads type-only, side-effect, dynamic and require imports, and not ones in comments', () => {
    expect(specifiersIn(`import type { A } from './a';\nimport './b';\nconst c = await import('./c');\nrequire("./d");\n// import x from './e';\nexport { f } from './f';`))
      .toEqual(['./a', './b', './f', './c', './d']);
  });
});
