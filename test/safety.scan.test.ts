import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { basicNormalise } from '../src/core/normalise';
import { categoryRegexes, createSafetyScreen, SCREEN_MAX_CHARS, spelledForms } from '../src/core/safety';
import { leadingLiterals, patternScanner, readPattern } from '../src/core/safetyScan';

/**
 * The safety screen runs each pattern only where it could start (src/core/safetyScan.ts). It must decide
 * exactly as the plain screen does: every pattern over every form of the text.
 */

const lits = (p: string) => leadingLiterals(p)?.map((l) => `${l.wordStart ? '^' : ''}${l.literal}`).sort() ?? null;

describe('the leading literals of a pattern', () => {
  it('reads each branch of a top-level alternation, with or without its word edge', () => {
    expect(lits('\\bone|two')).toEqual(['^one', 'two']);
    expect(lits('\\b(he|she) (is|s) gone')).toEqual(['^he is', '^he s ', '^she i', '^she s']);
    expect(lits('\\bSuicid')).toEqual(['^suici']);
  });
  it('takes an optional part both ways', () => {
    expect(lits('(?:a|b)?c')).toEqual(['ac', 'bc', 'c']);
    expect(lits('\\b(?:a|b)?c')).toEqual(['^ac', '^bc', '^c']);
    expect(lits('\\bi( really| just)? cant')).toEqual(['^i can', '^i jus', '^i rea']);
    expect(lits('\\b(very )*sad')).toEqual(['^sad', '^very ']);
  });
  it('steps over lookarounds and anchors, which consume nothing', () => {
    expect(lits('(?<!x)\\bone')).toEqual(['^one']);
    expect(lits('\\b(?<!\\bnot )(?=gun)gun')).toEqual(['^gun']);
    expect(lits('(^|[.!?]\\s*)lost')).toEqual(['!', '.', '?', 'lost']);
  });
  it('ends the literal at anything that is not a small set of characters', () => {
    expect(lits('\\b[sz]ip')).toEqual(['^sip', '^zip']);
    expect(lits('\\bab.c')).toEqual(['^ab']);
    expect(lits('\\bab\\w+')).toEqual(['^ab']);
    expect(lits('x+y')).toEqual(['x']);
    expect(lits('\\b(ab){2}')).toEqual(['^abab']);
    expect(lits('\\bcaf\u00e9s')).toEqual(['^caf']);
    expect(lits('\\bs[^x]y')).toEqual(['^s']);
    expect(lits('\\d+x')).toEqual([...'0123456789']);
  });
  it('has none when a match may start with anything', () => {
    expect(lits('[a-z]+ing')).toBeNull();
    expect(lits('\\b\\w+ing')).toBeNull();
    expect(lits('.x')).toBeNull();
    expect(lits('(a)?')).toBeNull();
    expect(lits('\\bone|\\s*two')).toBeNull();
    expect(lits('\u00e9t\u00e9')).toBeNull();
    expect(lits('(')).toBeNull(); // not a pattern: run as it is, where it fails as before
  });
  it('keeps a word start only after a word edge and before a letter, digit or _', () => {
    expect(lits('\\b-x')).toEqual(['-x']);
    expect(lits('\\b(?:go|-)')).toEqual(['-', '^go']);
  });
  it('finds what else every match holds, and how far it reaches', () => {
    const [b] = readPattern('\\b(he|she)\\b.{0,20}\\b(kicked|punched) (me|us)')!;
    // After "he" or "she" and up to 20 characters; after one of those words and a space.
    expect(b.requires.map((r) => [r.literals.map((l) => l.literal).sort(), r.from, r.to])).toEqual([[['kicke', 'punch'], 2, 23], [['me', 'us'], 9, 31]]);
    const [c] = readPattern('\\bab+c (is |was )?(very )?gone')!;
    expect(c.requires.map((r) => [r.literals.map((l) => l.literal).sort(), r.from, r.to])).toEqual([[['gone', 'is go', 'is ve', 'very ', 'was g', 'was v'], 4, Infinity], [['gone', 'very '], 4, Infinity], [['gone'], 4, Infinity]]);
    expect(readPattern('\\bab(c|d-)?gone')![0].requires).toEqual([]);
    // A leading group with an alternative of no longest length is read as one branch per such alternative
    // and one for the others: each keeps its own stretches.
    const requires = (p: string) => readPattern(p)!.map((x) => [x.source, x.requires.map((r) => [r.literals.map((l) => l.literal).sort(), r.from, r.to])]);
    expect(requires('(^|[.!?]\\s*)lost')).toEqual([['(?:^)lost', [[['lost'], 0, 0]]], ['(?:[.!?]\\s*)lost', [[['lost'], 1, Infinity]]]]);
    expect(requires('(^|[.!?a]\\s*)lost')).toEqual([['(?:^)lost', [[['lost'], 0, 0]]], ['(?:[.!?a]\\s*)lost', []]]);
    expect(requires('\\b(he|she|caught \\w+) cutting')).toEqual([
      ['\\b(?:he|she) cutting', [[['cutti'], 3, 4]]],
      ['\\b(?:caught \\w+) cutting', [[['cutti'], 9, Infinity]]],
    ]);
    expect(requires('\\b(he|she) (is|caught \\w+) cutting').map(([source]) => source)).toEqual(['\\b(he|she) (is|caught \\w+) cutting']);
    expect(readPattern('(a)\\1')).toBeNull();
    expect(readPattern('(?<x>a)b')).toBeNull();
    expect(readPattern('\\bone|two')!.map((b) => b.source)).toEqual(['\\bone', 'two']);
  });
});

/** The plain screen's verdict on the patterns: every category regex over every form. */
const compiled = new Map<string, RegExp>();
function plainCategories(categories: Array<{ patterns: string[] }>, forms: string[]): number[] {
  const out: number[] = [];
  const re = (p: string) => compiled.get(p) ?? compiled.set(p, new RegExp(p, 'i')).get(p)!;
  categories.forEach((c, i) => {
    if (c.patterns.some((p) => forms.some((f) => re(p).test(f)))) out.push(i);
  });
  return out;
}

function scanCategories(categories: Array<{ patterns: string[] }>, texts: string[]): number[] {
  const scan = patternScanner(categories.flatMap((c, category) => c.patterns.map((source) => ({ source, category }))), categoryRegexes);
  const hit = new Uint8Array(categories.length);
  for (const t of texts) scan(t, hit);
  return [...hit.keys()].filter((i) => hit[i]);
}

describe('the scan decides as every pattern over the whole text', () => {
  it('on tricky patterns', () => {
    const categories = [
      { patterns: ['\\bone|two', '(?:a|b)?cat\\b', '(?<!not )\\bgun\\b', '\\b(he|she)\\b.{0,20}\\b(kicked|punched) (me|us)'] },
      { patterns: ['[a-z]+ing now', '(^|[.!?]\\s*)lost him', '(\\w)\\1{3}', '(?<w>fire)!'] },
      { patterns: ['\\bhurt(ing)? (him|her)self\\b', '\\bab+c\\b.*\\bend\\b', 'x\\b-y'] },
    ];
    const texts = [
      'ONE', 'xone', 'atwo', 'bcat', 'cats', 'a gun', 'not gun', 'nogun', 'he then kicked me', 'he then kicked them',
      'she said that it was the day he kicked us', 'she                        kicked me', 'singing now', 'sing now',
      'lost him', 'we lost him', 'we. lost him', 'hmm!   LOST HIM', 'zzzz', 'zzz', 'fire!', 'HURTING HIMSELF', 'hurt herselfish',
      'abbbc then the end', 'abc endless', 'x-y', 'x -y', '', 'caf\u00e9 cat', '\u212aicked', 'hurt himself\u0130',
    ];
    for (const t of texts) {
      expect(scanCategories(categories, [t]), t).toEqual(plainCategories(categories, [t]));
      for (const other of texts) {
        const joined = `${t} and then ${other}`;
        expect(scanCategories(categories, [joined]), joined).toEqual(plainCategories(categories, [joined]));
      }
    }
  });

  // Both sides over a fixed share of the training messages and every tuning message, then over long stories made
  // from them. The slow side is the plain screen, which runs every pattern over every form: most of its time goes on a
  // few dozen patterns with no literal start or with long lookbehinds, and it costs the same on a message whatever
  // the message says, so over all ~23,000 messages and every story it took about nine minutes. Why a share is
  // enough: the scan goes wrong mainly by skipping a pattern where it would match, and a pattern is checked wherever
  // it matches a message it is given. Every twenty-fourth training message (risk and ordinary alike, so patterns are
  // seen both firing and held back by their guards) and all the hand-picked tuning messages meet 636 of the 1,737
  // patterns that fire on any message (every twelfth met 833, every eighth 973: with 26,000 messages and 1,780
  // patterns those took CI to within a minute of its limit), and stories built from every ordinary message with risk
  // messages from across the whole list meet more;
  // most of the others fire on only one or two. The tricky-pattern test above covers how patterns
  // are read. After a large change to the patterns, diff `npm run safety:dump` against `npm run safety:dump -- --plain`:
  // that compares every message. Time is no part of what the tests assert.
  const knowledge = loadKnowledge();
  const fast = createSafetyScreen(knowledge, { model: false });
  // The plain screen: each pattern on its own, over the whole of every form. (Joined into a few alternations per
  // category, as the screen once ran them, the same patterns decide the same but take almost twice as long.)
  const plain = knowledge.safety.categories.map((c) => ({ id: c.id, regexes: c.patterns.map((p) => new RegExp(p, 'i')) }));
  const training = knowledge.safety.training ?? { risk: [], ordinary: [] };
  const tuning = parse(fs.readFileSync(path.join(__dirname, 'fixtures', 'eval', 'safety.yaml'), 'utf8')) as { questions: Array<{ q: string }>; not_safety: string[] };
  const STRIDE = 24;
  const share = (messages: string[]) => messages.filter((_, i) => i % STRIDE === 0);
  const risk = [...share(training.risk), ...tuning.questions.map((x) => x.q)];
  const ordinary = [...share(training.ordinary), ...tuning.not_safety];
  const allRisk = [...training.risk, ...tuning.questions.map((x) => x.q)];
  const allOrdinary = [...training.ordinary, ...tuning.not_safety];
  /** Checks each message; returns how many the plain screen catches. */
  const compare = (messages: string[]): number => {
    const forms = messages.map((q) => {
      const text = q.slice(0, SCREEN_MAX_CHARS);
      const norm = basicNormalise(text);
      // Each distinct form once, as the screen reads them: a message with no punctuation or capitals is its own normalised form.
      return [...new Set([text.toLowerCase().replace(/[’‘]/g, "'"), norm, ...spelledForms(norm, knowledge.synonyms.spellings)])];
    });
    // The plain side one pattern at a time over every message: run message by message instead, each message
    // goes through a thousand regular expressions' code and the side takes about twice as long.
    const hit = plain.map(() => new Uint8Array(messages.length));
    plain.forEach((c, k) => {
      for (const re of c.regexes) forms.forEach((f, i) => { if (!hit[k][i] && f.some((form) => re.test(form))) hit[k][i] = 1; });
    });
    let caught = 0;
    messages.forEach((q, i) => {
      const expected = plain.filter((_, k) => hit[k][i]).map((c) => c.id);
      expect(fast(q)?.categories.map((c) => c.id) ?? [], q.slice(0, 120)).toEqual(expected);
      if (expected.length) caught++;
    });
    return caught;
  };

  it('on every twenty-fourth training message and every tuning message, with the patterns in knowledge/safety.yaml', () => {
    const caught = compare([...risk, ...ordinary]);
    // The comparison means something only if both sides catch and both pass messages.
    expect(caught).toBeGreaterThan(risk.length / 2);
    expect(caught).toBeLessThan(risk.length + ordinary.length);
  }, 600_000);

  it('on long stories made from them, a risk message inside every other one', () => {
    // Stories: all ordinary messages joined to the screen's limit, every other one with a risk message inside; one
    // in every twenty-three is kept (23 is odd and not a multiple of 3, so both kinds and each of the three joins
    // still come round). Two in eleven took a minute of CI on a quiet machine once the training file passed 25,000
    // messages.
    const stories: string[] = [];
    for (let start = 0, n = 0; start < allOrdinary.length; n++) {
      const parts: string[] = [];
      for (let length = 0; start < allOrdinary.length && length < SCREEN_MAX_CHARS; start++) {
        parts.push(allOrdinary[start]);
        length += allOrdinary[start].length + 2;
      }
      if (n % 23 !== 0) continue;
      if (n % 2 === 1) parts.splice((n * 5) % (parts.length + 1), 0, allRisk[(n * 13) % allRisk.length]);
      stories.push(parts.join(['. ', '\n', ' '][n % 3]));
    }
    const caught = compare(stories);
    // Both sides catch many (most stories with a risk message inside; a few are caught only by the second layer,
    // which is off here) and pass many.
    expect(caught).toBeGreaterThan(stories.length / 4);
    expect(caught).toBeLessThan(stories.length);
  }, 600_000);
});
