import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseYamlText, readFast, readWithDocument, type YamlFile } from '../src/knowledge/yamlFile';
import type { KnowledgeProblem } from '../src/core/model';

// The fast reader (js-yaml) must give the same data and the same line for every field as the `yaml`
// package's Document API, which reads every file the fast one refuses. Checked on every knowledge file
// and every broken-knowledge fixture, and on the shapes an editor may write.
const ROOT = path.join(__dirname, '..');
function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return yamlFiles(p);
    return /\.ya?ml$/.test(d.name) ? [p] : [];
  });
}

/** Every path to a value in `data`, and every key of every map. */
function everyPath(data: unknown, at: Array<string | number> = [], out: Array<{ at: Array<string | number>; key?: string }> = []) {
  out.push({ at });
  if (Array.isArray(data)) data.forEach((v, i) => everyPath(v, [...at, i], out));
  else if (data !== null && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) {
      out.push({ at, key: k });
      everyPath(v, [...at, k], out);
    }
  }
  return out;
}

function expectSame(file: string, src: string): void {
  const slow = readWithDocument(file, src, []);
  const fast = readFast(file, src) as YamlFile;
  expect(fast, `${file}: the fast reader read it`).toBeDefined();
  expect(fast.data, file).toStrictEqual(slow!.data);
  const paths = everyPath(slow!.data);
  // A path that is not in the file falls back to its closest parent, in both.
  paths.push({ at: ['no-such-field'] }, { at: [...(paths.at(-1)?.at ?? []), 'deeper', 3] }, { at: [], key: 'no-such-key' });
  const lines = (y: YamlFile) => paths.map((p) => `${p.at.join('.')}${p.key !== undefined ? ` [${p.key}]` : ''} → ${y.lineOf(p.at, p.key)}`);
  expect(lines(fast), file).toEqual(lines(slow!));
}

describe('reading YAML fast gives what the Document API gives', () => {
  const files = [...yamlFiles(path.join(ROOT, 'knowledge')), ...yamlFiles(path.join(ROOT, 'test/fixtures/kb-broken'))];

  it.each(files.map((f) => [path.relative(ROOT, f)]))('%s', (rel) => {
    const src = fs.readFileSync(path.join(ROOT, rel), 'utf8');
    if (!readFast(rel, src)) {
      // Refused (a syntax error, an alias…): the Document API reads it, problems and all.
      const viaBoth: KnowledgeProblem[] = [];
      const viaDocument: KnowledgeProblem[] = [];
      expect(parseYamlText(rel, src, viaBoth)?.data).toStrictEqual(readWithDocument(rel, src, viaDocument)?.data);
      expect(viaBoth).toEqual(viaDocument);
      return;
    }
    expectSame(rel, src);
  });

  it('agrees on the shapes an editor may write', () => {
    const src = [
      '# a comment',
      'entries:',
      '  - id: first',
      '    answer: |',
      '      Two lines',
      '      of answer.',
      '    folded: >-',
      '',
      '      after a blank line',
      '    keep: |+',
      '      kept',
      '',
      '    quoted: "one',
      '      two"',
      "    single: 'it''s'",
      '    empty:',
      '    nothing: ~',
      '    flow: [a, "b", { c: 1 }]',
      '    map: { x: 1, y: [2, 3] }',
      '    nested:',
      '      - - deep',
      '        - deeper',
      '      -',
      '        name: after an empty dash',
      '  - &anchored',
      '    id: second  # a comment after',
      '    number: 3',
      '    date: 2026-12-01',
      '    yes: no',
      '    "quoted key": 1',
      '    ? long key',
      '    : long value',
      'last: |',
      '  the end',
    ].join('\n');
    expectSame('shapes.yaml', src);
  });

  it('leaves what it cannot read to the Document API, which names the line', () => {
    const problems: KnowledgeProblem[] = [];
    expect(parseYamlText('broken.yaml', 'entries:\n  - id: a\n    id: b\n', problems)).toBeUndefined();
    expect(problems).toEqual([expect.objectContaining({ line: 3, message: expect.stringContaining('the same field name appears twice') })]);
    // Aliases: the fast reader refuses them, the Document API resolves them as before.
    const aliased = parseYamlText('alias.yaml', 'a: &x hello\nb: *x\n', []);
    expect(aliased?.data).toEqual({ a: 'hello', b: 'hello' });
    expect(aliased?.lineOf(['b'])).toBe(2);
    // Keys that are not plain text are named differently by the two parsers (an empty key is "" or "null"):
    // the Document API reads them, so a schema message names the key as it always has.
    for (const src of [': no key\nid: a\n', 'null: x\n', '~: x\n', '1.5: x\n', 'true: x\n', '? [a, b]\n: x\n', '!!str 3: x\n']) {
      expect(readFast('keys.yaml', src), src).toBeUndefined();
      expect(parseYamlText('keys.yaml', src, [])?.data, src).toStrictEqual(readWithDocument('keys.yaml', src, [])?.data);
    }
    expect(parseYamlText('keys.yaml', ': no key\nid: a\n', [])?.data).toStrictEqual({ '': 'no key', id: 'a' });
    // Text that only starts like a number is still text, and read fast.
    expect(readFast('keys.yaml', '6 000: six thousand\nno 1: x\n')?.data).toStrictEqual({ '6 000': 'six thousand', 'no 1': 'x' });
  });
});
