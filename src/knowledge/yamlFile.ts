import fs from 'node:fs';
import path from 'node:path';
import type { Document, Node as YamlNode } from 'yaml';
import { EVENT_ID, SCALAR_STYLE, constructFromEvents, parseEvents, type Event as JsYamlEvent } from 'js-yaml';
import type { z } from 'zod';
import type { KnowledgeProblem } from '../core/model';
import { positionsOf, type Positions } from './yamlPositions';

/** A parsed YAML file that can say which line any field is on. */
export interface YamlFile {
  /** Path shown to editors, e.g. `knowledge/entries/assessment.yaml`. */
  file: string;
  data: unknown;
  /** 1-based line of the value at `at` (or of the closest parent that exists). */
  lineOf(at: ReadonlyArray<PropertyKey>, key?: string): number | undefined;
}

export function displayPath(abs: string): string {
  const rel = path.relative(process.cwd(), abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

/**
 * Reads and parses one YAML file. Syntax errors (including duplicate keys) are added to `problems`
 * and the file is returned as `undefined` so it never half-loads.
 *
 * Two parsers, one result. js-yaml reads a well-formed file about seven times faster than the `yaml`
 * package's Document API, and its parse events carry each node's offset, which is all `lineOf` needs.
 * Anything it does not read cleanly (a syntax error, an alias, an empty file, several documents, a key that
 * is not plain text) is read again by the `yaml` package, whose error messages, alias checks and line numbers
 * editors have always seen, so a broken file is reported exactly as before.
 */
export function readYamlFile(abs: string, problems: KnowledgeProblem[]): YamlFile | undefined {
  const file = displayPath(abs);
  let src: string;
  try {
    src = fs.readFileSync(abs, 'utf8');
  } catch (err) {
    problems.push({ file, message: `could not read the file (${(err as NodeJS.ErrnoException).code ?? 'error'})`, severity: 'error' });
    return undefined;
  }
  return parseYamlText(file, src, problems);
}

/** readYamlFile on text already read; `file` names it in problems. */
export function parseYamlText(file: string, src: string, problems: KnowledgeProblem[]): YamlFile | undefined {
  return readFast(file, src) ?? readWithDocument(file, src, problems);
}

/** The fast path: js-yaml, no aliases; undefined when the file needs the `yaml` package's reading. */
export function readFast(file: string, src: string): YamlFile | undefined {
  let events: JsYamlEvent[];
  let data: unknown;
  try {
    events = parseEvents(src, {});
    if (!keysAreText(events, src)) return undefined;
    const docs = constructFromEvents(events, { source: src, maxAliases: 0 });
    if (docs.length !== 1) return undefined;
    data = docs[0];
  } catch {
    return undefined;
  }
  let positions: Positions | undefined;
  let slow: YamlFile | undefined;
  return {
    file,
    data,
    lineOf(at, key) {
      positions ??= positionsOf(events, src);
      const line = positions.lineOf(at, key);
      if (line !== undefined) return line;
      // A node with no offset of its own (an empty item in a list): ask the `yaml` package.
      slow ??= readWithDocument(file, src, []);
      return slow?.lineOf(at, key) ?? 1;
    },
  };
}

/**
 * Whether every map key is plain text. The two parsers turn other keys into different names (an empty key is
 * "" to one and "null" to the other), so a file with a key that is empty, a number, true/false/null or a list
 * is left to the `yaml` package, whose names the schemas' messages have always shown.
 */
function keysAreText(events: readonly JsYamlEvent[], src: string): boolean {
  // One counter per open collection: in a map, every even-numbered child is a key.
  const open: Array<{ map: boolean; children: number }> = [];
  for (const e of events) {
    if (e.type === EVENT_ID.POP) {
      open.pop();
      continue;
    }
    if (e.type === EVENT_ID.DOCUMENT) continue;
    const parent = open[open.length - 1];
    if (parent) {
      if (parent.map && parent.children % 2 === 0) {
        if (e.type !== EVENT_ID.SCALAR || e.valueStart === -1 || e.tagStart !== -1) return false;
        if (e.style === SCALAR_STYLE.PLAIN && NOT_TEXT.test(src.slice(e.valueStart, e.valueEnd))) return false;
      }
      parent.children++;
    }
    if (e.type === EVENT_ID.MAPPING || e.type === EVENT_ID.SEQUENCE) open.push({ map: e.type === EVENT_ID.MAPPING, children: 0 });
  }
  return true;
}
/** Plain scalars a YAML 1.2 schema may read as something other than text: numbers, .inf, ~, null, true, false. */
const NOT_TEXT = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9.][0-9_:.eE+-]*|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** The `yaml` package's Document API: its errors, alias checks and line numbers. */
export function readWithDocument(file: string, src: string, problems: KnowledgeProblem[]): YamlFile | undefined {
  // Loaded on first use: a knowledge base js-yaml reads cleanly starts without it (70-130 ms of module loading).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { isAlias, isMap, isScalar, LineCounter, parseDocument, visit } = require('yaml') as typeof import('yaml');
  const lineCounter = new LineCounter();
  const doc = parseDocument(src, { lineCounter, prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length > 0) {
    for (const e of doc.errors) {
      problems.push({
        file,
        line: e.linePos?.[0]?.line,
        message: `the YAML is not valid here: ${yamlErrorInWords(e.code, e.message)}`,
        severity: 'error',
      });
    }
    return undefined;
  }
  const lineAt = (node: YamlNode | undefined): number | undefined =>
    node?.range ? lineCounter.linePos(node.range[0]).line : undefined;

  // Aliases (`*name`) are resolved only by toJS(), which throws a plain ReferenceError for an alias
  // with no anchor or for an alias "bomb"; a low alias limit stops the bomb before it costs memory.
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    let missing: YamlNode | undefined;
    let firstAlias: YamlNode | undefined;
    visit(doc, {
      Alias(_, node) {
        firstAlias ??= node;
        if (!missing && node.resolve(doc) === undefined) missing = node;
      },
    });
    problems.push({
      file,
      line: lineAt(missing ?? firstAlias),
      message: missing
        ? `the YAML is not valid here: "*${isAlias(missing) ? missing.source : ''}" refers to an anchor ("&${isAlias(missing) ? missing.source : ''}") that is not set above it`
        : `the YAML is not valid: it uses too many "*" aliases; write the values out instead`,
      severity: 'error',
    });
    return undefined;
  }

  return {
    file,
    data,
    lineOf(at, key) {
      const p = at.filter((k): k is string | number => typeof k === 'string' || typeof k === 'number');
      for (let n = p.length; n >= 0; n--) {
        const node = (n === 0 ? doc.contents : doc.getIn(p.slice(0, n), true)) as YamlNode | undefined;
        if (!node) continue;
        // A named key inside a map (e.g. an unknown field): point at the key itself.
        if (key !== undefined && n === p.length && isMap(node)) {
          const pair = node.items.find((it) => isScalar(it.key) && String(it.key.value) === key);
          if (pair && isScalar(pair.key)) return lineAt(pair.key as YamlNode);
        }
        const line = lineAt(node);
        if (line !== undefined) return line;
      }
      return 1;
    },
  };
}

/** Knowledge files have no need for aliases; this is far above any honest use and far below a bomb. */
const MAX_ALIASES = 50;

function yamlErrorInWords(code: string, message: string): string {
  const first = message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'the same field name appears twice in one item';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return `${first} (check the indentation and that every "- " and ":" is in place)`;
    default:
      return first;
  }
}

type Issue = z.core.$ZodIssue;

const MISSING_HINT: Record<string, string> = {
  source: 'every contact detail needs the page it came from (title and url); a detail without a source stays out',
  sources: 'every entry needs at least one source',
  answer: 'write the answer in plain English',
  questions: 'add at least 4 questions in parents\' own words',
  reviewed: 'the date you last checked it, as YYYY-MM-DD',
};

/** Turns zod issues into problems an editor can act on: file, line, field in words. */
export function issuesToProblems(y: YamlFile, issues: Issue[], problems: KnowledgeProblem[]): void {
  for (const issue of issues) {
    const at = issue.path;
    const value = getAt(y.data, at);
    let message = issue.message;
    let field = fieldInWords(y.data, at);
    let line = y.lineOf(at);
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file: y.file,
          line: y.lineOf(at, key),
          field: field ? `${field} › ${key}` : key,
          message: `"${key}" is not a field we know — check the spelling (e.g. followUps, stands_for)`,
          severity: 'error',
        });
      }
      continue;
    }
    if (issue.code === 'invalid_type' && value === undefined) {
      const last = String(at[at.length - 1]);
      message = `is missing${MISSING_HINT[last] ? ` — ${MISSING_HINT[last]}` : ''}`;
      line = y.lineOf(at.slice(0, -1));
    } else if (issue.code === 'invalid_union' && value !== undefined) {
      message = issue.message;
    }
    if (!field) field = '(top of file)';
    problems.push({ file: y.file, line, field, message, severity: 'error' });
  }
}

function getAt(data: unknown, at: ReadonlyArray<PropertyKey>): unknown {
  let cur: unknown = data;
  for (const k of at) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[k as string];
  }
  return cur;
}

/** e.g. `entry "ehc-plan-what" › questions › item 2` */
export function fieldInWords(data: unknown, at: ReadonlyArray<PropertyKey>): string {
  const parts: string[] = [];
  let cur: unknown = data;
  for (let i = 0; i < at.length; i++) {
    const k = at[i];
    const next = cur !== null && typeof cur === 'object' ? (cur as Record<PropertyKey, unknown>)[k as string] : undefined;
    if (typeof k === 'number') {
      const parent = at[i - 1];
      const named = next && typeof next === 'object' ? (next as Record<string, unknown>) : undefined;
      const name = named && (typeof named.id === 'string' ? named.id : typeof named.term === 'string' ? named.term : undefined);
      const noun = parent === 'entries' ? 'entry' : parent === 'services' ? 'service' : parent === 'glossary' ? 'term'
        : parent === 'categories' ? 'category' : parent === 'synonyms' ? 'synonym group' : 'item';
      // The list name is implied by the noun for top-level lists.
      if (['entries', 'services', 'glossary', 'categories', 'synonyms'].includes(String(parent)) && parts[parts.length - 1] === parent) parts.pop();
      parts.push(name ? `${noun} "${name}"` : `${noun} ${k + 1}`);
    } else {
      parts.push(String(k));
    }
    cur = next;
  }
  return parts.join(' › ');
}

export type { Document };
