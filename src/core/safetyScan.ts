import { parse, type AstNode, type CharacterClassBody } from 'regjsparser';

/**
 * The safety screen's fast path: where in a text each pattern could start, worked out once from the patterns
 * themselves, so a long message runs each pattern only at the few places it could match instead of scanning
 * every character with every pattern.
 *
 * A pattern's leading literals are the strings every match of it starts with, up to LITERAL_CHARS characters:
 * for `\b(cant|can t) breathe`, "cant " and "can t"; for `\b(he|she) (is|s) gone`, "he is", "he s ", "she i"
 * and "she s". The regular expression is parsed (regjsparser: the
 * grammar of JavaScript's own regular expressions, Annex B included, which a hand-written reader would get
 * wrong on some corner), then walked from its start: zero-width assertions (\b, ^, lookahead, lookbehind)
 * consume nothing and are stepped over; a group or `|` gives each branch's literals; an optional part gives
 * both, with and without it; a small class ([sz], \d) one literal per character; anything else that consumes
 * (., \w, \s, a negated or large class, a back-reference) ends the literal there. A branch whose literal is
 * empty (it can start with anything) makes the pattern one that runs everywhere, as before. Patterns are
 * matched case-insensitively without the u flag, where an ASCII letter matches only itself in either case,
 * so literals are lower-case ASCII; a character outside ASCII ends a literal too.
 */

/**
 * The longest literal kept. Longer literals tell more words apart ("thr" is in "three", "through" and "throw";
 * "throw" only in the last), so fewer places are tried. Measured on 25 different 4,000-character stories, both
 * forms, 952 patterns: 3 characters 2.0 ms a story, 4 1.2 ms, 5 0.87 ms, 6 0.75 ms, 8 0.81 ms; building the scan
 * 0.47, 0.62, 0.68, 0.92 and 1.8 s. Five: most of the gain for little more building.
 */
export const LITERAL_CHARS = 5;
/** Above this many literals for one pattern, the walk stops extending them (they stay correct, only shorter). */
const MAX_LITERALS = 512;
/** A class of more characters than this ends the literal rather than multiplying it. */
const MAX_CLASS = 12;

export interface Leading {
  /** Lower-case ASCII, 1 to LITERAL_CHARS characters: a match starts with it (ignoring case). */
  literal: string;
  /** The pattern checks a word edge (\b) before its first character, a letter, digit or _: a match starts a word. */
  wordStart: boolean;
}

interface State { s: string; open: boolean; edge: boolean }

const isWordCode = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const wordCodeIn = (lo: number, hi: number) => [[48, 57], [65, 90], [95, 95], [97, 122]].some(([a, b]) => lo <= b && hi >= a);
const fold = (c: number) => (c >= 65 && c <= 90 ? c + 32 : c);
/** charInfo's bits (patternScanner). */
const WORD = 1, ANYWHERE = 2, AT_WORD = 4;

const closed = (states: State[]): State[] => states.map((x) => (x.open ? { ...x, open: false } : x));

function dedupe(states: State[]): State[] {
  const seen = new Map<string, State>();
  for (const x of states) seen.set(`${x.open ? 1 : 0}${x.edge ? 1 : 0}${x.s}`, x);
  return [...seen.values()];
}

/** Every open literal extended by one of `chars` (codes, already lower case ASCII). */
function extend(states: State[], chars: number[]): State[] {
  const out: State[] = [];
  for (const x of states) {
    if (!x.open) { out.push(x); continue; }
    for (const c of chars) {
      const s = x.s + String.fromCharCode(c);
      out.push({ s, open: s.length < LITERAL_CHARS, edge: x.edge });
    }
  }
  return out.length > MAX_LITERALS ? closed(states) : dedupe(out);
}

/** The characters a class (or class escape) can match, lower case ASCII; null when it is not a small ASCII set. */
function classChars(node: AstNode): number[] | null {
  const set = new Set<number>();
  const add = (lo: number, hi: number): boolean => {
    if (lo > hi || hi >= 128) return false;
    for (let c = lo; c <= hi; c++) set.add(fold(c));
    return set.size <= MAX_CLASS;
  };
  const addOne = (part: CharacterClassBody): boolean => {
    if (part.type === 'value') return add(part.codePoint, part.codePoint);
    if (part.type === 'characterClassRange') return add(part.min.codePoint, part.max.codePoint);
    if (part.type === 'characterClassEscape') return part.value === 'd' && add(48, 57);
    return false;
  };
  if (node.type === 'characterClassEscape') return addOne(node) ? [...set] : null;
  if (node.type !== 'characterClass' || node.negative || node.kind !== 'union') return null;
  for (const part of node.body) if (!addOne(part)) return null;
  return set.size ? [...set] : null;
}

/** The literals after `node`, from the literals before it. */
function step(node: AstNode, states: State[]): State[] {
  if (!states.some((x) => x.open)) return states;
  switch (node.type) {
    case 'anchor':
      return node.kind === 'boundary' ? states.map((x) => (x.open && x.s === '' ? { ...x, edge: true } : x)) : states;
    case 'group':
      if (node.behavior !== 'normal' && node.behavior !== 'ignore') return states; // lookaround: consumes nothing
      if ('modifierFlags' in node && node.modifierFlags) return closed(states); // (?i:…) and the like: not followed
      return sequence(node.body, states);
    case 'alternative':
      return sequence(node.body, states);
    case 'disjunction': {
      const out = dedupe(node.body.flatMap((branch) => step(branch, states)));
      return out.length > MAX_LITERALS ? closed(states) : out;
    }
    case 'value': {
      const c = node.codePoint;
      return c < 128 ? extend(states, [fold(c)]) : closed(states);
    }
    case 'characterClass':
    case 'characterClassEscape': {
      const chars = classChars(node);
      return chars ? extend(states, chars) : closed(states);
    }
    case 'quantifier': {
      const { min } = node;
      const max = node.max ?? Infinity;
      const body = node.body[0];
      if (max === 0) return states;
      if (min === 0) {
        const once = step(body, states);
        const out = dedupe([...states, ...(max === 1 ? once : closed(once))]);
        return out.length > MAX_LITERALS ? closed(states) : out;
      }
      let out = states;
      for (let i = 0; i < min && out.some((x) => x.open); i++) out = step(body, out);
      return max === min ? out : closed(out);
    }
    default:
      return closed(states); // ., a back-reference, a property escape: anything may follow
  }
}

function sequence(nodes: AstNode[], states: State[]): State[] {
  let out = states;
  for (let i = 0; i < nodes.length && out.some((x) => x.open); i++) out = step(nodes[i], out);
  return out;
}

/** The literals of `nodes` from their start, as the pattern's own leading literals are worked out. */
function literalsOf(nodes: AstNode[], edge = false): Leading[] | null {
  const states = sequence(nodes, [{ s: '', open: true, edge }]);
  if (states.some((x) => x.s === '')) return null;
  const leading = states.map((x) => ({ literal: x.s, wordStart: x.edge && isWordCode(x.s.charCodeAt(0)) }));
  return leading.filter((a, i) => !leading.some((b, j) => j !== i && a.literal.startsWith(b.literal) &&
    (b.literal.length < a.literal.length || j < i) && (!b.wordStart || a.wordStart)));
}

/** Whether the last character consumed before nodes[k] is always one that is not a letter, digit or _. */
function endsNonWord(nodes: AstNode[], k: number): boolean {
  for (let j = k - 1; j >= 0; j--) {
    const n = nodes[j];
    if (n.type === 'anchor' && n.kind === 'start') return true; // the text's start (no m flag): a word starts there too
    if (n.type === 'anchor' || (n.type === 'group' && n.behavior !== 'normal' && n.behavior !== 'ignore')) continue;
    if (n.type === 'quantifier' && n.max === 0) continue;
    if (!nodeEndsNonWord(n)) return false;
    if (!(n.type === 'quantifier' && n.min === 0)) return true; // it always consumes: its last character is the one
    // It may consume nothing: then the character before it is the one, too.
  }
  return false; // the branch's start: the character before is not the pattern's to say
}

/**
 * Whether a node always ends with a character that is not a letter, digit or _, or at the text's start. A node
 * that may consume nothing does not, unless it is then at the text's start (its inside reaches its own start).
 */
function nodeEndsNonWord(n: AstNode): boolean {
  switch (n.type) {
    case 'value': return !isWordCode(n.codePoint);
    case 'anchor': return n.kind === 'start'; // consumes nothing, at the text's start: nothing before it
    case 'characterClassEscape': return n.value === 's' || n.value === 'W';
    case 'characterClass':
      return !n.negative && n.kind === 'union' && n.body.every((part) =>
        part.type === 'value' ? !isWordCode(part.codePoint)
          : part.type === 'characterClassRange' ? !wordCodeIn(part.min.codePoint, part.max.codePoint)
            : part.type === 'characterClassEscape' && (part.value === 's' || part.value === 'W'));
    case 'group': return (n.behavior === 'normal' || n.behavior === 'ignore') && !('modifierFlags' in n && n.modifierFlags) && endsNonWord(n.body, n.body.length);
    case 'alternative': return endsNonWord(n.body, n.body.length);
    case 'disjunction': return n.body.every(nodeEndsNonWord);
    case 'quantifier': return nodeEndsNonWord(n.body[0]);
    default: return false;
  }
}

/** The most characters `nodes` can consume (Infinity when unbounded); lookarounds and assertions consume none. */
function maxLength(nodes: AstNode[]): number {
  let total = 0;
  for (const n of nodes) {
    switch (n.type) {
      case 'anchor': break;
      case 'group': if (n.behavior === 'normal' || n.behavior === 'ignore') total += maxLength(n.body); break;
      case 'alternative': total += maxLength(n.body); break;
      case 'disjunction': total += Math.max(...n.body.map((b) => maxLength([b]))); break;
      case 'value': total += n.codePoint > 0xffff ? 2 : 1; break;
      case 'characterClass': case 'characterClassEscape': case 'dot': total += 1; break;
      case 'quantifier': {
        const body = maxLength(n.body);
        total += body === 0 ? 0 : (n.max ?? Infinity) * body;
        break;
      }
      default: return Infinity;
    }
  }
  return total;
}

/** The fewest characters `nodes` can consume. */
function minLength(nodes: AstNode[]): number {
  let total = 0;
  for (const n of nodes) {
    switch (n.type) {
      case 'group': if (n.behavior === 'normal' || n.behavior === 'ignore') total += minLength(n.body); break;
      case 'alternative': total += minLength(n.body); break;
      case 'disjunction': total += Math.min(...n.body.map((b) => minLength([b]))); break;
      case 'value': total += n.codePoint > 0xffff ? 2 : 1; break;
      case 'characterClass': case 'characterClassEscape': case 'dot': total += 1; break;
      case 'quantifier': total += n.min * minLength(n.body); break;
      default: break; // assertions; a back-reference may be empty
    }
  }
  return total;
}

const parseOptions = { lookbehind: true, namedGroups: true, unicodePropertyEscape: true, modifiers: true };

/**
 * A pattern read for the scan: its top-level branches (A|B matches somewhere exactly when A or B does), each
 * with its leading literals and what else every match of it holds: for each later word edge of the branch
 * (`\b(he|she)\b.{0,20}\b(kicked|punched)`), the literals that start a word there. Null: the pattern runs
 * over the whole text (a branch may start with anything, or it has a back-reference or a named group, whose
 * meaning would change if its branches ran apart).
 */
/**
 * A top-level branch of a pattern: its source, its leading literals, and what else every match of it holds:
 * one of `literals` starting a word between `from` and `to` characters after the match's start.
 */
export interface Branch {
  source: string; leading: Leading[]; requires: Array<{ literals: Leading[]; from: number; to: number }>;
  /** Present when the branch is run as these pieces instead (see assertionPieces): it matches where all of them do. */
  pieces?: string[];
  /** With pieces: the same cut as a stretch and what follows it, as the scanner runs it. */
  cut?: Cut;
  /**
   * A branch that matches wherever this one does, run first (and its answer kept for the text): a copy of a guard
   * run whole is tried only where the branch without the guard matches (guardCopies).
   */
  pre?: string;
}

export function readPattern(pattern: string): Branch[] | null {
  // Read once per process: screens made again for the same patterns (tests, cross-validation) find them here.
  let read = readPatterns.get(pattern);
  if (read === undefined) {
    read = readPatternNow(pattern);
    if (readPatterns.size >= 10_000) readPatterns.clear();
    readPatterns.set(pattern, read);
  }
  return read;
}
const readPatterns = new Map<string, Branch[] | null>();

function readPatternNow(pattern: string): Branch[] | null {
  let root: AstNode;
  try {
    root = parse(pattern, 'i', parseOptions) as AstNode;
  } catch {
    return null;
  }
  if (standsAlone(root)) return null;
  const branches = root.type === 'disjunction' ? root.body : [root];
  const out: Branch[] = [];
  for (const branch of branches) {
    const nodes = branch.type === 'alternative' ? branch.body : [branch];
    const read = readBranch(pattern.slice(branch.range[0], branch.range[1]), nodes, branch.range[0]);
    if (!read) return null;
    out.push(...read);
  }
  return out;
}

/**
 * A top-level branch read (see readPattern): as it is written; or, when that runs a regular expression longer than
 * V8 optimises, with its long guards copied out (guardCopies), longest first, until none does. Null: it may start
 * with anything.
 */
function readBranch(source: string, nodes: AstNode[], offset: number): Branch[] | null {
  const read = readAsWritten(source, nodes, offset);
  if (!read || !read.some(runsOverLimit)) return read;
  // A copy still too long is read afresh only when that may cut its start by its lengths (splitByLength), each
  // start spelt out short enough.
  const starts = startByLength(source, nodes, offset);
  const again = starts !== null && [...starts.values()].every((srcs) => srcs.join('|').length < REGEXP_OPTIMISED_CHARS);
  let out = read;
  for (const guard of guardsOf(source, nodes, offset)) {
    out = out.flatMap((b) => (runsOverLimit(b) && guardCopies(b, guard, again)) || [b]);
    if (out.length > read.length * MAX_GUARD_COPIES) return read;
    if (!out.some(runsOverLimit)) return out;
  }
  return read; // copying would only multiply the slow work
}

/** A top-level branch read as it is written: cut before an unbounded leading alternative, by the length of its start, or not. */
function readAsWritten(source: string, nodes: AstNode[], offset: number): Branch[] | null {
  const parts = splitLeading(source, nodes, offset);
  if (parts) return readParts(parts);
  const byLength = splitByLength(source, nodes, offset);
  if (byLength) return byLength;
  const read = branchOf(source, nodes, offset);
  return read && [read];
}

/** Whether the scanner would run, for this branch, a regular expression longer than V8 optimises. */
export function runsOverLimit(b: Branch): boolean {
  return b.cut ? [b.cut.stretch, ...b.cut.after].some((x) => x.length > REGEXP_OPTIMISED_CHARS) : b.source.length > REGEXP_OPTIMISED_CHARS;
}

/** At most this many branches are made of each branch read (guardCopies). */
const MAX_GUARD_COPIES = 16;

/**
 * A long guard: a negative look-ahead of tests that each consume nothing, `(?!T1T2…Tn)` (the past-and-over guard,
 * 25 KB, is four: a past time near, a happy ending near, no danger-now word after, none before), and its tests.
 */
interface Guard { text: string; tests: string[] }

/**
 * The branch's long guards (SHARED_TEST_CHARS or more, two tests or more), longest first, where copies of it
 * with each test of one alone decide as it does (guardCopies): under nothing but groups, alternatives and
 * look-arounds that are not negative (no quantifier, no negative look-around).
 */
function guardsOf(source: string, nodes: AstNode[], offset: number): Guard[] {
  const text = (n: AstNode) => source.slice(n.range[0] - offset, n.range[1] - offset);
  const guards: Guard[] = [];
  const visit = (n: AstNode): void => {
    if (n.type === 'alternative' || n.type === 'disjunction') { n.body.forEach(visit); return; }
    if (n.type !== 'group' || ('modifierFlags' in n && n.modifierFlags) || n.behavior === 'negativeLookbehind') return;
    if (n.behavior !== 'negativeLookahead') { n.body.forEach(visit); return; }
    if (n.body.length >= 2 && n.body.every((t) => maxLength([t]) === 0) && n.range[1] - n.range[0] >= SHARED_TEST_CHARS) {
      guards.push({ text: text(n), tests: n.body.map(text) });
    }
  };
  nodes.forEach(visit);
  // Only a guard written once in the branch: its text found once in a branch read is then this guard.
  const once = (x: string) => source.indexOf(x) === source.lastIndexOf(x);
  return guards.filter((g) => once(g.text)).sort((a, b) => b.text.length - a.text.length);
}

/**
 * A branch as copies, one for each test of a long guard it holds, the guard written in the i-th as `(?!Ti)`: the
 * branch matches at a place exactly when one of its copies does. The guard holds where T1…Tn do not all match; as
 * each consumes nothing, they are all tried at the same place, so that is where one of them does not, where
 * `(?!Ti)` holds for some i (no back-reference can tie them: those patterns are not read). So the guard means
 * `(?:(?!T1)|…|(?!Tn))`, and a branch with alternatives at one part matches exactly when one of its copies with
 * each alternative there does, when that part sits under nothing but groups, alternatives and look-arounds that
 * are not negative (guardsOf). A copy reads as its branch does (the same literals, the same cut: a test that
 * consumes nothing for another), so it is the branch read with the guard's text, which is there once, replaced;
 * with `readAgain`, a copy still longer than V8 optimises is read afresh, as its start may now be cut by its
 * lengths (splitByLength).
 * The past-and-over guard's copies are 4.4 to 7.5 KB. Null: the guard's text is not in the branch just once.
 */
function guardCopies(b: Branch, guard: Guard, readAgain: boolean): Branch[] | null {
  const at = b.source.indexOf(guard.text);
  if (at < 0 || b.source.indexOf(guard.text, at + 1) >= 0) return null;
  if (b.cut && b.cut.stretch + b.cut.after.join('') !== b.source) return null;
  return guard.tests.flatMap((t) => {
    const copy = withGuard(b, guard.text, `(?!${t})`);
    if (!readAgain || !runsOverLimit(copy)) return [copy];
    let root: AstNode;
    try {
      root = parse(copy.source, 'i', parseOptions) as AstNode;
    } catch {
      return [copy];
    }
    const again = readAsWritten(copy.source, root.type === 'alternative' ? root.body : [root], 0);
    return again && !again.some(runsOverLimit) ? again : [copy];
  });
}

/**
 * A branch read with `guard`'s text (there once) replaced by `by`, a test that consumes nothing too. Run whole, it
 * is tried only where the branch without the guard (an empty group in its place) matches, as it matches nowhere
 * else: a test taken out of a part that sits under no negation or quantifier only lets more match. Where the
 * branch fails for another reason than the guard (most places its literals are found), that is one regular
 * expression run, not one for each copy.
 */
function withGuard(b: Branch, guard: string, by: string): Branch {
  const put = (x: string) => x.replace(guard, () => by);
  if (!b.cut) return { ...b, source: put(b.source), pre: b.source.replace(guard, () => '(?:)') };
  const cut = { ...b.cut, stretch: put(b.cut.stretch), after: b.cut.after.map(put) };
  return { ...b, source: put(b.source), cut, pieces: cut.after.map((a) => cut.stretch + a) };
}

/** Each of `parts` read as a branch; null when one is not (it may start with anything). */
function readParts(parts: string[]): Branch[] | null {
  const out: Branch[] = [];
  for (const part of parts) {
    let partRoot: AstNode;
    try {
      partRoot = parse(part, 'i', parseOptions) as AstNode;
    } catch {
      return null;
    }
    const read = branchOf(part, partRoot.type === 'alternative' ? partRoot.body : [partRoot], 0);
    if (!read) return null;
    out.push(read);
  }
  return out;
}

/**
 * V8 compiles a regular expression of more than this many characters without its optimisations
 * (RegExp::kRegExpTooLargeToOptimize, 20 KB): the missing-child pattern of 21,248 characters took 66 µs a test
 * where the bench's stories reach it, and its first 20,401 characters 9.8 µs; the same 20,401 with a look-ahead
 * that never holds added took 8.6 µs at 20,480 characters and 58.8 µs at 20,601.
 */
export const REGEXP_OPTIMISED_CHARS = 20 * 1024;

/** At most this many fixed-length ways through a branch's start are spelt out (splitByLength). */
const MAX_WAYS = 64;

/**
 * The ways through `nodes` (a sequence), each of one fixed length, as sources matching exactly what the
 * sequence does, together: optional parts and alternatives spelt out (`(ran|ran off)\b` as `ran\b` and
 * `ran off\b`). Null: a part of no fixed length that is neither (\w+, .{0,9}), or too many ways.
 */
function fixedWays(nodes: AstNode[], source: string, offset: number): Array<{ src: string; len: number }> | null {
  const text = (n: AstNode) => source.slice(n.range[0] - offset, n.range[1] - offset);
  const waysOf = (n: AstNode): Array<{ src: string; len: number }> | null => {
    const len = maxLength([n]);
    // A part of fixed length as written; bracketed when it could read otherwise beside what now comes next (an
    // escape such as \0 before a digit, a literal brace), or is a bare list of alternatives.
    if (len === minLength([n]) && len !== Infinity) {
      const t = text(n);
      return [{ src: n.type === 'disjunction' || (n.type === 'value' && !/^[a-z0-9 ]$/i.test(t)) ? `(?:${t})` : t, len }];
    }
    switch (n.type) {
      case 'group':
        if ((n.behavior !== 'normal' && n.behavior !== 'ignore') || ('modifierFlags' in n && n.modifierFlags)) return null;
        return sequenceWays(n.body);
      case 'alternative':
        return sequenceWays(n.body);
      case 'disjunction': {
        const out: Array<{ src: string; len: number }> = [];
        for (const b of n.body) {
          const w = waysOf(b);
          if (!w || out.length + w.length > MAX_WAYS) return null;
          out.push(...w);
        }
        return out;
      }
      case 'quantifier': {
        if (n.min !== 0 || n.max !== 1) return null;
        const w = waysOf(n.body[0]);
        return w && w.length < MAX_WAYS ? [{ src: '', len: 0 }, ...w] : null;
      }
      default:
        return null;
    }
  };
  const sequenceWays = (seq: AstNode[]): Array<{ src: string; len: number }> | null => {
    let out = [{ src: '', len: 0 }];
    for (const n of seq) {
      const w = waysOf(n);
      if (!w || out.length * w.length > MAX_WAYS) return null;
      out = out.flatMap((a) => w.map((b) => ({ src: a.src + b.src, len: a.len + b.len })));
    }
    return out;
  };
  return sequenceWays(nodes);
}

/**
 * A branch longer than V8 optimises (REGEXP_OPTIMISED_CHARS) whose start, up to the first test that consumes
 * nothing, has several lengths (`\b(bolted|ran off)\b(?!…)(?!…)…`): cut into one branch for each length, its
 * start spelt out as the ways of that length (`\b(?:bolted|ran off)\b(?!…)…`), so each is run as pieces
 * (assertionPieces, even after one test) short enough to be optimised. The branch matches at a place exactly
 * when one of them does: the ways together match exactly the stretches the start does, and no back-reference or
 * named group can tell them apart (those patterns are not read). Null: not cut (short enough already, a start
 * with no fixed ways, or pieces still too long). On the bench's 25 stories the four slowest, each with a
 * missing-child pattern reached, went from 3.9-4.3 ms to 2.6-2.7 ms (the least of 30 calls each).
 */
function splitByLength(source: string, nodes: AstNode[], offset: number): Branch[] | null {
  if (source.length <= REGEXP_OPTIMISED_CHARS) return null;
  const byLen = startByLength(source, nodes, offset);
  if (!byLen) return null;
  const k = firstTest(nodes);
  // Each part is its start spelt out, then the rest as parsed already: only the start is parsed again (moved to
  // where it sits in the part), not the 20 KB after it, once for each length.
  const restAt = nodes[k].range[0], rest = source.slice(restAt - offset);
  const read: Branch[] = [];
  for (const srcs of byLen.values()) {
    const head = `(?:${[...new Set(srcs)].join('|')})`;
    let headRoot: AstNode;
    try {
      headRoot = parse(head, 'i', parseOptions) as AstNode;
    } catch {
      return null;
    }
    // One test is enough to cut at here: the point is to bring each piece under the limit.
    const part = branchOf(head + rest, [moved(headRoot, restAt - head.length), ...nodes.slice(k)], restAt - head.length, 1);
    if (!part || (part.pieces ?? [part.source]).some((x) => x.length > REGEXP_OPTIMISED_CHARS)) return null;
    read.push(part);
  }
  return read;
}

/**
 * The ways through a branch's start, up to its first test that consumes nothing, by their length (fixedWays).
 * Null: no such start, no fixed ways, or all of one length.
 */
function startByLength(source: string, nodes: AstNode[], offset: number): Map<number, string[]> | null {
  const k = firstTest(nodes);
  if (k === 0 || k === nodes.length) return null;
  const ways = fixedWays(nodes.slice(0, k), source, offset);
  if (!ways) return null;
  const byLen = new Map<number, string[]>();
  for (const w of ways) byLen.set(w.len, [...(byLen.get(w.len) ?? []), w.src]);
  return byLen.size < 2 ? null : byLen;
}

/** Where a branch's first test that consumes nothing stands (a look-around group); nodes.length when none does. */
function firstTest(nodes: AstNode[]): number {
  let k = 0;
  while (k < nodes.length && !(nodes[k].type === 'group' && maxLength([nodes[k]]) === 0)) k++;
  return k;
}

/** A copy of a parsed node with every range moved by `by`. */
function moved<T>(node: T, by: number): T {
  if (Array.isArray(node)) return node.map((x) => moved(x, by)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'range' ? (value as number[]).map((x) => x + by) : moved(value, by);
  return out as T;
}

/**
 * A branch that starts (after assertions) with a group of alternatives, one of which has no longest length
 * (`\b(he|she|caught \w+) cutting`): every later literal could start anywhere after, so nothing bounds where
 * the branch starts from it. Cut into one branch for each such alternative and one for all the others, the
 * group made (?:…), each has its own bounded stretches; the branch matches at a place exactly when one of them
 * does (no back-reference or named group can tell them apart: those patterns are not read). Null: not cut.
 */
function splitLeading(source: string, nodes: AstNode[], offset: number): string[] | null {
  let i = 0;
  while (i < nodes.length && (nodes[i].type === 'anchor' || (nodes[i].type === 'group' && (nodes[i] as { behavior: string }).behavior !== 'normal' && (nodes[i] as { behavior: string }).behavior !== 'ignore'))) i++;
  const g = nodes[i];
  if (!g || g.type !== 'group' || (g.behavior !== 'normal' && g.behavior !== 'ignore') || ('modifierFlags' in g && g.modifierFlags)) return null;
  if (g.body.length !== 1 || g.body[0].type !== 'disjunction' || maxLength([g]) !== Infinity) return null;
  const alternatives = g.body[0].body;
  const text = (n: AstNode) => source.slice(n.range[0] - offset, n.range[1] - offset);
  const bounded = alternatives.filter((a) => maxLength([a]) !== Infinity).map(text);
  const unbounded = alternatives.filter((a) => maxLength([a]) === Infinity).map(text);
  const before = source.slice(0, g.range[0] - offset), after = source.slice(g.range[1] - offset);
  return [...(bounded.length ? [bounded.join('|')] : []), ...unbounded].map((a) => `${before}(?:${a})${after}`);
}

/**
 * How a branch is cut (assertionPieces): its stretch of fixed length, and what follows it, each test alone and
 * then the rest: the branch matches at a place exactly when the stretch does there and each of `after` does
 * `length` characters on. Run that way, the stretch and each of `after` are compiled on their own, and a part
 * that ends many branches (the long-past guard, 20 KB, ends over forty) is compiled once for all of them: that
 * held the compiled screen to half its size, and V8's compiled code for the patterns under its limit.
 */
export interface Cut { stretch: string; length: number; after: string[]; /** How many of `after` are tests (the rest consumes). */ tests: number }

/**
 * A test after a stretch of fixed length at least this long is cut off even when it is the only one, so that
 * it is compiled once (Cut). Shorter ones stay in their branch: one regular expression runs faster than two.
 */
export const SHARED_TEST_CHARS = 2000;

/**
 * A branch that starts with a stretch of fixed length and then tests several things that consume nothing at one
 * place (`\bseizure(?!…)(?!…)(?:(?=…)|(?<=…))…`), as pieces: the stretch with each of those tests, and the stretch
 * with the rest. Every match of the stretch ends at the same place, so the branch matches at a start exactly when
 * each piece does there (no back-reference or named group can tie them: those patterns are not read). V8 runs a
 * long chain of look-arounds far slower as one expression than as pieces: the seizure pattern, 28 of them after
 * "seizure", took 0.33 ms a 4,000-character story as one and 0.035 ms as pieces (its long-past guard followed by
 * any one other test alone cost 0.26 ms). With 40 of 1,214 patterns cut, the bench's 25 stories: CPU 3.9 ms a
 * story before, 3.3 ms after (three runs each on a busy machine). Null: not cut (no such stretch, or fewer than
 * `least` tests after it, unless the one test is SHARED_TEST_CHARS long).
 */
function assertionPieces(source: string, nodes: AstNode[], offset: number, least = 2): Cut | null {
  const zeroWidth = (n: AstNode) => maxLength([n]) === 0;
  const k = firstTest(nodes);
  const head = nodes.slice(0, k);
  if (k === 0 || k === nodes.length || minLength(head) !== maxLength(head)) return null;
  let end = k;
  while (end < nodes.length && zeroWidth(nodes[end])) end++;
  // One long test is cut off too, so that it is compiled once for every branch it ends (see Cut).
  const tests = end - k;
  if (tests < least && !(tests === 1 && nodes[k].range[1] - nodes[k].range[0] >= SHARED_TEST_CHARS)) return null;
  const text = (a: number, b: number) => source.slice(nodes[a].range[0] - offset, nodes[b - 1].range[1] - offset);
  const stretch = text(0, k);
  const after = nodes.slice(k, end).map((_, i) => text(k + i, k + i + 1));
  if (end < nodes.length) after.push(text(end, nodes.length));
  return { stretch, length: minLength(head), after, tests };
}

/**
 * A top-level branch read: its leading literals and what else every match holds. Null: it may start with anything.
 * `least`: the fewest tests after a stretch of fixed length that cut it into pieces (assertionPieces).
 */
function branchOf(source: string, nodes: AstNode[], offset: number, least = 2): Branch | null {
  const leading = literalsOf(nodes);
  if (!leading) return null;
  const requires: Branch['requires'] = [];
  // The shortest and longest stretch before nodes[k], added up as k moves on.
  let from = minLength([nodes[0]]), to = maxLength([nodes[0]]);
  for (let k = 1; k < nodes.length; from += minLength([nodes[k]]), to += maxLength([nodes[k]]), k++) {
    // A word starts here: after a word edge, or after a character that is not a letter, digit or _.
    const n = nodes[k];
    const atEdge = n.type === 'anchor' && n.kind === 'boundary';
    const afterGap = !atEdge && endsNonWord(nodes, k);
    if (!atEdge && !afterGap) continue;
    const later = literalsOf(nodes.slice(k), afterGap);
    if (later && later.every((x) => x.wordStart)) requires.push({ literals: later, from, to });
  }
  const cut = assertionPieces(source, nodes, offset, least);
  return cut ? { source, leading, requires, pieces: cut.after.map((a) => cut.stretch + a), cut } : { source, leading, requires };
}

/**
 * Every literal a match of `pattern` (flags i, no u) can start with, without a literal that another one
 * starts; null when some match may start with anything (no literal, or a pattern the parser refuses).
 */
export function leadingLiterals(pattern: string): Leading[] | null {
  try {
    return literalsOf([parse(pattern, 'i', parseOptions) as AstNode]);
  } catch {
    return null;
  }
}

function standsAlone(root: AstNode): boolean {
  let alone = false;
  const visit = (n: AstNode): void => {
    if (n.type === 'reference' || (n.type === 'group' && n.behavior === 'normal' && 'name' in n && n.name)) alone = true;
    if ('body' in n && Array.isArray(n.body)) for (const b of n.body as AstNode[]) visit(b);
  };
  visit(root);
  return alone;
}

/**
 * A scanner for patterns (each with its category's index): `scan(text, hit)` sets hit[c] to 1 for every
 * category c with a pattern matching somewhere in text, exactly as testing every pattern over the whole text
 * (flags i) would. One walk over the text finds where each literal starts (a literal after \b only at the
 * start of a word). A branch runs, compiled sticky, only where one of its leading literals starts, and only
 * when each of its other required literals starts where a match from there would hold it (between the
 * shortest and the longest stretch before it; anywhere after, when that is unbounded). A pattern with no
 * literal runs over the whole text, in `everywhere`'s regular expressions.
 */
export function patternScanner(patterns: Array<{ source: string; category: number }>, everywhere: (sources: string[]) => RegExp[]) {
  // Each distinct literal (and whether it must start a word) gets an id; keyed by the two together.
  const keyIds = new Map<string, number>();
  const keyLiterals: Leading[] = [];
  const idOf = (l: Leading) => {
    const key = (l.wordStart ? '^' : '') + l.literal;
    let id = keyIds.get(key);
    if (id === undefined) { keyIds.set(key, (id = keyIds.size)); keyLiterals.push(l); }
    return id;
  };
  const firstWordStart = new Uint8Array(128), firstAnywhere = new Uint8Array(128);
  const branches: Array<{ source: string; category: number; leading: number[]; requires: Array<{ keys: Int32Array; from: number; to: number }>; cut?: Cut; pre?: string }> = [];
  const startsWith: number[][] = []; // key id → the branches that start with it
  const plain = new Map<number, string[]>();
  const mark = (l: Leading) => { (l.wordStart ? firstWordStart : firstAnywhere)[l.literal.charCodeAt(0)] = 1; };
  for (const p of patterns) {
    const read = readPattern(p.source);
    if (!read) {
      plain.set(p.category, [...(plain.get(p.category) ?? []), p.source]);
      continue;
    }
    for (const b of read) {
      const id = branches.length;
      branches.push({
        source: b.source, category: p.category, leading: [...new Set(b.leading.map(idOf))],
        requires: b.requires.map((r) => ({ keys: Int32Array.from(r.literals, idOf), from: r.from, to: r.to })), cut: b.cut, pre: b.pre,
      });
      for (const r of b.requires) r.literals.forEach(mark);
      for (const l of b.leading) {
        (startsWith[idOf(l)] ??= []).push(id);
        mark(l);
      }
    }
  }
  const keyCount = keyIds.size;
  // The literals as a trie over their characters: node 0 is the empty literal, next[node * width + letterOf[c]] the
  // node one character c longer (0: no literal goes on so), and each node's key ids, as a word's start and anywhere
  // (-1: none). The walk below follows it instead of looking each prefix up by its key. Only the characters the
  // literals use have a column (letterOf; 0 is a column of zeros for every other character), which keeps the table
  // small with five-character literals: about 12,500 nodes of 47 columns, 2.4 MB.
  const letterOf = new Int32Array(128);
  let width = 1;
  for (const { literal } of keyLiterals) for (let i = 0; i < literal.length; i++) letterOf[literal.charCodeAt(i)] ||= width++;
  const literalsByNode: Array<{ word: number; anywhere: number }> = [{ word: -1, anywhere: -1 }];
  let next = new Int32Array(width * 64);
  keyLiterals.forEach(({ literal, wordStart }, id) => {
    let node = 0;
    for (let i = 0; i < literal.length; i++) {
      const at = node * width + letterOf[literal.charCodeAt(i)];
      let child = next[at];
      if (child === 0) {
        child = literalsByNode.length;
        literalsByNode.push({ word: -1, anywhere: -1 });
        if ((child + 1) * width > next.length) { const grown = new Int32Array(next.length * 2); grown.set(next); next = grown; }
        next[at] = child;
      }
      node = child;
    }
    if (wordStart) literalsByNode[node].word = id;
    else literalsByNode[node].anywhere = id;
  });
  next = next.slice(0, literalsByNode.length * width); // grown by doubling: keep what is used
  const wordIdAt = Int32Array.from(literalsByNode, (x) => x.word), anywhereIdAt = Int32Array.from(literalsByNode, (x) => x.anywhere);
  // What the walk asks of each character code, looked up once: its trie column, upper case folded (0 for every
  // character no literal uses, non-ASCII too: the column of zeros ends a literal there), and in charInfo whether
  // it is a letter, digit or _ (WORD), and whether a literal starts with it anywhere (ANYWHERE) or at a word's
  // start (AT_WORD).
  const columnOf = new Int32Array(128), charInfo = new Int32Array(128);
  for (let c = 0; c < 128; c++) {
    const f = fold(c);
    columnOf[c] = letterOf[f];
    charInfo[c] = (isWordCode(f) ? WORD : 0) | (firstAnywhere[f] ? ANYWHERE : 0) | (firstWordStart[f] ? AT_WORD : 0);
  }
  const plainRegexes = [...plain].map(([category, sources]) => ({ category, regexes: everywhere(sources) }));
  // Reused from message to message: the literals found, in text order, and then each literal's places in order.
  let atKey = new Int32Array(1024), atPos = new Int32Array(1024), places = new Int32Array(1024);
  // Literal k's places are places[keyFrom[k]..keyTo[k] - 1]; both 0 for a literal not in the text. Only the
  // literals a text holds (seenKeys[0..seenCount - 1]) are set, and set back to 0 before the next text: a short
  // message costs its own few literals, not a pass over all 13,000.
  const keyFrom = new Int32Array(keyCount), keyTo = new Int32Array(keyCount), seenKeys = new Int32Array(keyCount);
  let seenCount = 0;
  // Per text: the branches already listed (touchedIn, touchedList) carry the text's number; testedAt[i] the
  // number of the branch's walk that tried it at i.
  const touchedIn = new Int32Array(branches.length), touchedList = new Int32Array(branches.length);
  let testedAt = new Int32Array(4096);
  let textNumber = 0, startNumber = 0;
  // The branches packed into flat arrays, read in the loop below without touching an object: branch b's category,
  // its requirements reqStart[b]..reqStart[b + 1] - 1, requirement r's span (reqFrom[r], reqTo[r]: Infinity when
  // unbounded) and literals reqKeys[keyStart[r]..keyStart[r + 1] - 1]; the branches that start with key k,
  // startIds[startAt[k]..startAt[k + 1] - 1].
  const branchCategory = Int32Array.from(branches, (b) => b.category);
  const reqStart = new Int32Array(branches.length + 1);
  branches.forEach((b, id) => { reqStart[id + 1] = reqStart[id] + b.requires.length; });
  const allRequires = branches.flatMap((b) => b.requires);
  const reqFrom = Float64Array.from(allRequires, (r) => r.from), reqTo = Float64Array.from(allRequires, (r) => r.to);
  const keyStart = new Int32Array(allRequires.length + 1);
  allRequires.forEach((r, i) => { keyStart[i + 1] = keyStart[i] + r.keys.length; });
  const reqKeys = new Int32Array(keyStart[allRequires.length]);
  allRequires.forEach((r, i) => reqKeys.set(r.keys, keyStart[i]));
  const startAt = new Int32Array(keyCount + 1);
  for (let k = 0; k < keyCount; k++) startAt[k + 1] = startAt[k] + (startsWith[k]?.length ?? 0);
  const startIds = new Int32Array(startAt[keyCount]);
  for (let k = 0; k < keyCount; k++) if (startsWith[k]) startIds.set(startsWith[k], startAt[k]);
  const leadStart = new Int32Array(branches.length + 1);
  branches.forEach((b, id) => { leadStart[id + 1] = leadStart[id] + b.leading.length; });
  const leadKeys = Int32Array.from(branches.flatMap((b) => b.leading));
  // A branch compiled when first run: whole (with the part it is tried only where, -1: none), or cut (its stretch
  // here, what follows it as parts, each part compiled once for all the branches it follows, sticky). A test's
  // answer at a place is kept for the text: several branches often end in the same test at the same place.
  const compiled: Array<{ whole: RegExp; pre: number } | { stretch: RegExp; length: number; parts: Int32Array } | undefined> = new Array(branches.length);
  const partIds = new Map<string, number>(), partRegexes: RegExp[] = [], partIsTest: boolean[] = [];
  const partOf = (source: string, isTest: boolean): number => {
    let id = partIds.get(source);
    if (id === undefined) {
      partIds.set(source, (id = partRegexes.length));
      partRegexes.push(new RegExp(source, 'iy'));
      partIsTest.push(isTest);
    }
    return id;
  };
  const answers = new Map<number, boolean>();
  const compile = (id: number) => {
    const { cut, source, pre } = branches[id];
    if (!cut) return { whole: new RegExp(source, 'iy'), pre: pre === undefined ? -1 : partOf(pre, true) };
    return { stretch: new RegExp(cut.stretch, 'iy'), length: cut.length, parts: Int32Array.from(cut.after, (a, i) => partOf(a, i < cut.tests)) };
  };

  /** Whether literal `k` starts somewhere in from..to. */
  const within = (k: number, from: number, to: number): boolean => {
    let lo = keyFrom[k], hi = keyTo[k];
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (places[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < keyTo[k] && places[lo] <= to;
  };

  // The branch being walked: its requirements' literals that are in the text, requirement r's at
  // presentKeys[presentStart[r - reqStart[id]]..presentStart[r - reqStart[id] + 1] - 1].
  let mostRequires = 0, mostKeys = 0;
  for (let id = 0; id < branches.length; id++) {
    mostRequires = Math.max(mostRequires, reqStart[id + 1] - reqStart[id]);
    mostKeys = Math.max(mostKeys, keyStart[reqStart[id + 1]] - keyStart[reqStart[id]]);
  }
  const presentStart = new Int32Array(mostRequires + 1), presentKeys = new Int32Array(mostKeys), seenOf = new Int32Array(mostRequires);
  /** Whether requirement r of the walked branch (whose first is r0) has a literal starting within from..to. */
  const holds = (r: number, r0: number, from: number, to: number): boolean => {
    for (let q = presentStart[r - r0], q1 = presentStart[r - r0 + 1]; q < q1; q++) if (within(presentKeys[q], from, to)) return true;
    return false;
  };
  /**
   * Whether branch `id` (the one walked) matches at `at`: each literal it requires (but `known`, found there
   * already) starts within its span, `rarest` asked first (-1: none), then the branch itself, sticky.
   */
  const startsHere = (id: number, at: number, known: number, rarest: number, text: string): boolean => {
    const r0 = reqStart[id];
    if (rarest >= 0 && !holds(rarest, r0, at + reqFrom[rarest], at + reqTo[rarest])) return false;
    for (let r = r0, r1 = reqStart[id + 1]; r < r1; r++) {
      if (r === known || r === rarest) continue;
      if (!holds(r, r0, at + reqFrom[r], at + reqTo[r])) return false;
    }
    const run = (compiled[id] ??= compile(id));
    if ('whole' in run) {
      if (run.pre >= 0 && !partMatches(run.pre, at, text)) return false;
      run.whole.lastIndex = at;
      return run.whole.test(text);
    }
    run.stretch.lastIndex = at;
    if (!run.stretch.test(text)) return false;
    const from = at + run.length;
    for (let i = 0; i < run.parts.length; i++) {
      const part = run.parts[i];
      if (partIsTest[part]) {
        if (!partMatches(part, from, text)) return false;
        continue;
      }
      const re = partRegexes[part];
      re.lastIndex = from;
      if (!re.test(text)) return false;
    }
    return true;
  };
  /** Whether part `part` matches at `at`, its answer kept for the text. */
  const partMatches = (part: number, at: number, text: string): boolean => {
    const key = part * 0x1000000 + at; // a text is far shorter than 2^24
    let answer = answers.get(key);
    if (answer === undefined) {
      const re = partRegexes[part];
      re.lastIndex = at;
      answers.set(key, (answer = re.test(text)));
    }
    return answer;
  };

  return function scan(text: string, hit: Uint8Array): void {
    answers.clear();
    for (const { category, regexes } of plainRegexes) if (!hit[category] && regexes.some((re) => re.test(text))) hit[category] = 1;
    let found = 0;
    const n = text.length;
    let prevWord = false;
    for (let i = 0; i < n; i++) {
      const c0 = text.charCodeAt(i), info = c0 < 128 ? charInfo[c0] : 0;
      const word = (info & WORD) !== 0;
      const wordStart = word && !prevWord;
      prevWord = word;
      if ((info & ANYWHERE) === 0 && (!wordStart || (info & AT_WORD) === 0)) continue;
      // Room for what this place can add: two literals (at a word's start, anywhere) for each length.
      if (found + 2 * LITERAL_CHARS > atKey.length) {
        const k2 = new Int32Array(atKey.length * 2), p2 = new Int32Array(atKey.length * 2);
        k2.set(atKey); p2.set(atPos); atKey = k2; atPos = p2;
        places = new Int32Array(atKey.length);
      }
      // Each literal starting here, shortest first, a word's start before anywhere (the order the places are kept in).
      let node = next[columnOf[c0]];
      for (let len = 1; node !== 0; ) {
        if (wordStart) {
          const id = wordIdAt[node];
          if (id >= 0) { atKey[found] = id; atPos[found++] = i; }
        }
        const id = anywhereIdAt[node];
        if (id >= 0) { atKey[found] = id; atPos[found++] = i; }
        if (len === LITERAL_CHARS || i + len >= n) break;
        const c = text.charCodeAt(i + len);
        if (c >= 128) break;
        node = next[node * width + columnOf[c]];
        len++;
      }
    }
    // Each literal's places, in text order (a counting sort of what the walk found, over the literals found only).
    for (let s = 0; s < seenCount; s++) keyFrom[seenKeys[s]] = keyTo[seenKeys[s]] = 0;
    seenCount = 0;
    for (let f = 0; f < found; f++) {
      const key = atKey[f];
      if (keyTo[key]++ === 0) seenKeys[seenCount++] = key;
    }
    for (let s = 0, at = 0; s < seenCount; s++) {
      const key = seenKeys[s];
      keyFrom[key] = at;
      at += keyTo[key];
      keyTo[key] = keyFrom[key];
    }
    for (let f = 0; f < found; f++) places[keyTo[atKey[f]]++] = atPos[f];
    if (++textNumber === 0x7fffffff) { touchedIn.fill(0); textNumber = 1; }
    // The branches that start with a literal found here, each once.
    let touched = 0;
    for (let s = 0; s < seenCount; s++) {
      const key = seenKeys[s];
      for (let j = startAt[key], j1 = startAt[key + 1]; j < j1; j++) {
        const id = startIds[j];
        if (touchedIn[id] === textNumber) continue;
        touchedIn[id] = textNumber;
        touchedList[touched++] = id;
      }
    }
    if (n + 1 > testedAt.length) testedAt = new Int32Array(n + 1);
    for (let t = 0; t < touched; t++) {
      const id = touchedList[t];
      if (hit[branchCategory[id]]) continue;
      // How often the branch's leading literals, and each literal it requires, start in the text: a requirement
      // nowhere in it rules the branch out. The rarest of them, leading or required with a bounded span, is the
      // one walked: every place the branch could start is found from it, each once.
      // Each requirement's literals that are in the text, and how often they start there; most touched branches
      // have a requirement absent, found here before their leading literals are counted.
      const r0 = reqStart[id], r1 = reqStart[id + 1];
      let absent = false, kept = 0;
      for (let r = r0; r < r1; r++) {
        let seen = 0;
        presentStart[r - r0] = kept;
        for (let q = keyStart[r], q1 = keyStart[r + 1]; q < q1; q++) {
          const k = reqKeys[q], places = keyTo[k] - keyFrom[k];
          if (places > 0) { seen += places; presentKeys[kept++] = k; }
        }
        if (seen === 0) { absent = true; break; }
        seenOf[r - r0] = seen;
      }
      if (absent) continue;
      presentStart[r1 - r0] = kept;
      let leadCount = 0;
      for (let q = leadStart[id], q1 = leadStart[id + 1]; q < q1; q++) leadCount += keyTo[leadKeys[q]] - keyFrom[leadKeys[q]];
      // The rarest requirement and the next (one of them the anchor, the other asked first at each place).
      let anchor = -1, fewest = leadCount, rarest = -1, rarestSeen = Infinity, second = -1, secondSeen = Infinity;
      for (let r = r0; r < r1; r++) {
        const seen = seenOf[r - r0];
        if (seen < fewest && reqTo[r] !== Infinity) { fewest = seen; anchor = r; }
        if (seen < rarestSeen) { second = rarest; secondSeen = rarestSeen; rarest = r; rarestSeen = seen; }
        else if (seen < secondSeen) { second = r; secondSeen = seen; }
      }
      const askFirst = rarest === anchor ? second : rarest;
      if (anchor < 0) {
        // From the leading literals' own places.
        search: for (let q = leadStart[id], q1 = leadStart[id + 1]; q < q1; q++) {
          const k = leadKeys[q];
          for (let x = keyFrom[k], x1 = keyTo[k]; x < x1; x++) {
            if (startsHere(id, places[x], -1, askFirst, text)) { hit[branchCategory[id]] = 1; break search; }
          }
        }
        continue;
      }
      // From the anchor's places p: the branch starts between p - its longest stretch and p - its shortest.
      if (++startNumber === 0x7fffffff) { testedAt.fill(0); startNumber = 1; }
      const before = reqFrom[anchor], beforeMost = reqTo[anchor];
      search: for (let qa = keyStart[anchor], qa1 = keyStart[anchor + 1]; qa < qa1; qa++) {
        const ka = reqKeys[qa];
        for (let y = keyFrom[ka], y1 = keyTo[ka]; y < y1; y++) {
          const p = places[y], lo = p - beforeMost, hi = p - before;
          for (let q = leadStart[id], q1 = leadStart[id + 1]; q < q1; q++) {
            const k = leadKeys[q];
            let a = keyFrom[k], b = keyTo[k];
            while (a < b) {
              const mid = (a + b) >> 1;
              if (places[mid] < lo) a = mid + 1;
              else b = mid;
            }
            for (const b1 = keyTo[k]; a < b1 && places[a] <= hi; a++) {
              const at = places[a];
              if (testedAt[at] === startNumber) continue;
              testedAt[at] = startNumber;
              if (startsHere(id, at, anchor, askFirst, text)) { hit[branchCategory[id]] = 1; break search; }
            }
          }
        }
      }
    }
  };
}
