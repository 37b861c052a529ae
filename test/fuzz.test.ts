/**
 * Property-based checks that no input makes the pure modules throw unexpectedly:
 * the matcher (and safety screen) over any text, the date parser over any text, and the knowledge
 * loader over broken YAML (it may only throw KnowledgeError). Runs are bounded (numRuns, maxLength)
 * and seeded, so a failure reproduces; nothing here measures time.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDateInput } from '../src/core/dateInput';
import { KnowledgeError, loadKnowledge } from '../src/knowledge';
import { createMatcher, type Matcher } from '../src/core/matcher';
import { redact } from '../src/core/redact';
import { createSafetyScreen } from '../src/core/safety';
import type { Knowledge } from '../src/core/model';

const SEED = 20261123;
const params = (numRuns: number) => ({ seed: SEED, numRuns });

/** Text a parent, a bot or an attacker might send: words from the domain mixed with anything at all. */
const domainWords = fc.constantFrom(
  'ehcp', 'EHC', 'plan', 'send', 'tribunal', 'senco', 'assessment', 'weeks', 'council', 'school',
  'my', 'son', 'daughter', 'help', 'what', 'how', 'long', 'annual', 'review', 'appeal', '?', '!', '...',
  '3rd', 'March', '2026', '31/2/26', '13/13', 'yesterday', 'last', 'week', 'monday', 'of', 'the',
  '<script>', '[x](javascript:alert(1))', '\u0000', '\u202e', '😀', '\ud800', '  ', '\n', '\t', 'é', 'ß',
  'constructor', '__proto__', 'toString', 'hasOwnProperty',
);

/** Words that are also the names of JavaScript's own object properties: a look-up table that is a plain object finds them. */
const OBJECT_NAMES = Object.getOwnPropertyNames(Object.prototype);
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.string({ unit: 'binary', maxLength: 100 }),
  fc.array(domainWords, { maxLength: 40 }).map((w) => w.join(' ')),
  fc.array(fc.oneof(domainWords, fc.string({ maxLength: 8 })), { maxLength: 30 }).map((w) => w.join('')),
);

/** Shapes that make careless regular expressions backtrack; long enough to matter, short enough to stay quick. */
const pathological = [
  '.'.repeat(3000) + 'x',
  '1'.repeat(3000) + 'x',
  ' '.repeat(3000) + 'x',
  'a'.repeat(3000),
  '1st '.repeat(700),
  'of '.repeat(1000),
  'ehcp '.repeat(600),
  '😀'.repeat(1500),
  '\u0000'.repeat(3000),
  ('monday 3 march 2026 ').repeat(150),
];

let knowledge: Knowledge;
let matcher: Matcher;
let screen: ReturnType<typeof createSafetyScreen>;

beforeAll(() => {
  knowledge = loadKnowledge();
  matcher = createMatcher(knowledge);
  screen = createSafetyScreen(knowledge);
});

const OUTCOMES = new Set(['answer', 'didYouMean', 'glossary', 'noAnswer']);

describe('matcher and safety screen: any text', () => {
  it('match() returns one of the contract outcomes and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const outcome = matcher.match(text);
        expect(OUTCOMES.has(outcome.kind)).toBe(true);
        if (outcome.kind === 'didYouMean') {
          expect(outcome.options.length).toBeGreaterThanOrEqual(2);
          expect(outcome.options.length).toBeLessThanOrEqual(3);
        }
        if (outcome.kind === 'answer') expect(knowledge.entry(outcome.entry.id)).toBeDefined();
      }),
      params(300),
    );
  });

  it('search() respects its limit and never throws', () => {
    fc.assert(
      fc.property(anyText, fc.integer({ min: 1, max: 10 }), (text, limit) => {
        const results = matcher.search(text, limit);
        expect(Array.isArray(results)).toBe(true);
        expect(results.length).toBeLessThanOrEqual(limit);
      }),
      params(200),
    );
  });

  it('the safety screen returns a hit or null and never throws', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const hit = screen(text);
        if (hit !== null) expect(hit.categories.length).toBeGreaterThan(0);
      }),
      params(300),
    );
  });

  it.each(pathological.map((p) => [p.slice(0, 12), p]))('pathological text %j', (_label, text) => {
    expect(OUTCOMES.has(matcher.match(text).kind)).toBe(true);
    expect(() => screen(text)).not.toThrow();
    expect(() => matcher.search(text, 5)).not.toThrow();
  });

  it.each(OBJECT_NAMES)('the word %j is read as a word, not as a property of a table', (word) => {
    for (const text of [word, `my son keeps saying ${word} at school, can I ask for an EHC needs assessment?`, `${word} I'm not safe`]) {
      expect(() => screen(text)).not.toThrow();
      const outcome = matcher.match(text);
      expect(OUTCOMES.has(outcome.kind)).toBe(true);
      expect(JSON.stringify(outcome)).not.toContain('native code');
    }
    // The screen still reads the risk words around it.
    expect(screen(`${word} I'm not safe`)).not.toBeNull();
  });

  it('non-string input is treated as text, not a crash', () => {
    for (const odd of [undefined, null, 42, {}, []] as unknown as string[]) {
      expect(() => matcher.match(odd)).not.toThrow();
    }
  });
});

describe('date parser: any text', () => {
  const today = { y: 2026, m: 11, d: 23 };
  const expectations = fc.constantFrom('past', 'future', 'any') as fc.Arbitrary<'past' | 'future' | 'any'>;

  it('returns ok with a real date, or a named problem, and never throws', () => {
    fc.assert(
      fc.property(anyText, expectations, fc.boolean(), (text, expect_, allowMonthOnly) => {
        const result = parseDateInput(text, { today, expect: expect_, allowMonthOnly });
        if (result.ok) {
          expect(Number.isInteger(result.date.y)).toBe(true);
          expect(result.date.m).toBeGreaterThanOrEqual(1);
          expect(result.date.m).toBeLessThanOrEqual(12);
          expect(result.date.d).toBeGreaterThanOrEqual(1);
          expect(result.date.d).toBeLessThanOrEqual(31);
        } else {
          expect(typeof result.problem).toBe('string');
        }
      }),
      params(500),
    );
  });

  it('date-shaped noise: any numbers in any order', () => {
    const part = fc.oneof(fc.integer({ min: -5, max: 99999 }).map(String), domainWords, fc.constantFrom('/', '-', '.', ' ', ','));
    fc.assert(
      fc.property(fc.array(part, { maxLength: 12 }), (parts) => {
        expect(() => parseDateInput(parts.join(''), { today })).not.toThrow();
      }),
      params(500),
    );
  });

  it.each(pathological.map((p) => [p.slice(0, 12), p]))('pathological text %j', (_label, text) => {
    expect(() => parseDateInput(text, { today })).not.toThrow();
  });
});

describe('redact: any text', () => {
  it('never throws and never grows text more than a little', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        const out = redact(text);
        expect(typeof out).toBe('string');
        expect(out.length).toBeLessThanOrEqual(text.length * 2 + 20);
      }),
      params(500),
    );
  });
});

describe('knowledge loader: broken YAML only ever throws KnowledgeError', () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'signpost-fuzz-'));
  });
  afterAll(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  /** A fresh knowledge dir holding only the given files (every knowledge file is optional). */
  function kbWith(files: Record<string, string | Buffer>): string {
    const dir = fs.mkdtempSync(path.join(root, 'kb-'));
    for (const [rel, content] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      fs.writeFileSync(path.join(dir, rel), content);
    }
    return dir;
  }

  function loadsOrKnowledgeError(dir: string): void {
    try {
      loadKnowledge(dir, { today: new Date('2026-11-23T12:00:00Z') });
    } catch (err) {
      if (!(err instanceof KnowledgeError)) {
        throw new Error(`loader threw ${(err as Error)?.name}: ${(err as Error)?.message} (not a KnowledgeError)`);
      }
      expect(err.problems.length).toBeGreaterThan(0);
      for (const p of err.problems) expect(typeof p.file).toBe('string');
    }
  }

  const FILES = ['entries/fuzz.yaml', 'glossary.yaml', 'synonyms.yaml', 'services.yaml', 'safety.yaml', 'messages.yaml', 'deadlines.yaml', 'dialogs/fuzz.yaml'];

  /** YAML text: valid documents of random shape, random characters, and mangled copies of real files. */
  const realEntry = fs.readFileSync(path.join('knowledge', 'entries', 'assessment.yaml'), 'utf8');
  const yamlish = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)), // JSON is YAML
    fc.jsonValue({ maxDepth: 3 }).map((v) => `entries: ${JSON.stringify(v)}`),
    fc.array(fc.constantFrom('entries:', '  - id: x', '    title: y', '    questions: [a, b]', '  -', ': :', '- - -', '&a', '*a', '!!str', '"', "'", '{', '[', '|', '>', '\t', '#', '---', '...', '%YAML 1.2', '? x'), { maxLength: 15 }).map((l) => l.join('\n')),
    fc.tuple(fc.nat(realEntry.length), fc.nat(realEntry.length), fc.string({ maxLength: 5 })).map(
      ([a, b, s]) => realEntry.slice(0, Math.min(a, b)) + s + realEntry.slice(Math.max(a, b)), // cut and splice a real file
    ),
  );

  it('random content in any knowledge file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FILES), yamlish, (file, content) => {
        loadsOrKnowledgeError(kbWith({ [file]: content }));
      }),
      params(120),
    );
  });

  it('bytes that are not UTF-8, empty files and a folder where a file should be', () => {
    loadsOrKnowledgeError(kbWith({ 'glossary.yaml': Buffer.from([0xff, 0xfe, 0x00, 0xc3, 0x28]) }));
    loadsOrKnowledgeError(kbWith({ 'entries/empty.yaml': '' }));
    loadsOrKnowledgeError(kbWith({ 'messages.yaml/inner.txt': 'x' }));
    loadsOrKnowledgeError(path.join(root, 'does-not-exist'));
  });

  // Found by this file: the yaml library throws ReferenceError from toJS() for these, which is not
  // one of its parse errors, so the loader must catch it and report it as a KnowledgeError.
  it('an alias with no anchor, and an alias "billion laughs" bomb, are reported as KnowledgeError', () => {
    loadsOrKnowledgeError(kbWith({ 'entries/alias.yaml': 'entries: *nowhere\n' }));
    const bomb = [
      'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]',
      'entries: *e',
    ].join('\n');
    loadsOrKnowledgeError(kbWith({ 'entries/bomb.yaml': bomb }));
  });
});
