/**
 * Named fragments in safety.yaml. The same long lists recur across the safety patterns (the "it is happening
 * now" words, the partner words, the "years ago" words); `fragments:` names each once, and a pattern (or another
 * fragment) uses it as `{{name}}`. A reference is replaced by the fragment's text exactly as written (no brackets
 * are added), before the patterns are checked and compiled, so the screen, its scanner and the snapshot only
 * ever see the expanded patterns.
 */

/** A fragment's name: lower-case letters, digits and hyphens. */
export const FRAGMENT_NAME = /^[a-z0-9][a-z0-9-]*$/;
/** `{{…}}`: a reference, or something written like one (checked, so a misspelt name is never matched literally). */
const REFERENCE = /\{\{([^{}]*)\}\}/g;

export interface FragmentProblem {
  /** Where in safety.yaml: ['fragments', name] or ['categories', ci, 'patterns', pi]. */
  at: Array<string | number>;
  message: string;
}

export interface Expanded {
  /** Each category's patterns with every reference replaced (a pattern whose references could not be is left as written). */
  patterns: string[][];
  problems: FragmentProblem[];
  /** `ci:pi` of the patterns left as written because a reference in them names no fragment or a circle of them. */
  unexpanded: Set<string>;
}

/** Whether the `{{` at `offset` is written after a backslash, i.e. an escaped brace and no reference. */
function escapedAt(text: string, offset: number): boolean {
  let slashes = 0;
  for (let i = offset - 1; i >= 0 && text[i] === '\\'; i--) slashes++;
  return slashes % 2 === 1;
}

/**
 * Replaces the references in each category's patterns. Problems: a reference to no fragment, fragments that
 * refer to each other in a circle, a fragment that is not a valid regular expression on its own (inside
 * `(?:…)`), and a fragment no pattern uses.
 */
export function expandFragments(fragments: Readonly<Record<string, string>> | undefined, categories: ReadonlyArray<{ patterns: readonly string[] }>): Expanded {
  const defined = new Map(Object.entries(fragments ?? {}));
  const problems: FragmentProblem[] = [];
  const done = new Map<string, string | null>(); // null: could not be expanded (its problem is reported)
  const reported = new Set<string>();
  const report = (at: Array<string | number>, message: string) => {
    const key = `${at.join('\0')}\0${message}`;
    if (!reported.has(key)) {
      reported.add(key);
      problems.push({ at, message });
    }
  };

  /** `text` with its references replaced; null when one of them cannot be (the problem is reported at `at`). */
  const substitute = (text: string, at: Array<string | number>, stack: string[]): string | null => {
    let ok = true;
    const out = text.replace(REFERENCE, (whole: string, name: string, offset: number) => {
      if (escapedAt(text, offset)) return whole;
      if (!FRAGMENT_NAME.test(name)) {
        ok = false;
        report(at, `"${whole}" is not a fragment name: names are lower-case letters, digits and hyphens, e.g. {{happening-now}}`);
        return whole;
      }
      if (!defined.has(name)) {
        ok = false;
        report(at, `there is no fragment called "${name}" under fragments: check the spelling of {{${name}}}`);
        return whole;
      }
      const value = expand(name, stack);
      if (value === null) {
        ok = false;
        return whole;
      }
      return value;
    });
    return ok ? out : null;
  };

  const expand = (name: string, stack: string[]): string | null => {
    const known = done.get(name);
    if (known !== undefined) return known;
    const from = stack.indexOf(name);
    if (from >= 0) {
      const circle = [...stack.slice(from), name].map((n) => `{{${n}}}`).join(' → ');
      report(['fragments', name], `fragments cannot refer to each other in a circle: ${circle}`);
      return null;
    }
    const value = substitute(defined.get(name)!, ['fragments', name], [...stack, name]);
    done.set(name, value);
    return value;
  };

  const unexpanded = new Set<string>();
  const patterns = categories.map((c, ci) => c.patterns.map((p, pi) => {
    const value = substitute(p, ['categories', ci, 'patterns', pi], []);
    if (value === null) unexpanded.add(`${ci}:${pi}`);
    return value ?? p;
  }));

  for (const name of defined.keys()) {
    const value = expand(name, []);
    if (value !== null) {
      try {
        new RegExp(`(?:${value})`, 'iu');
      } catch (err) {
        report(['fragments', name], `this fragment is not a valid regular expression on its own (${(err as Error).message.replace(/^Invalid regular expression: /, '')}): a fragment must be a whole piece, such as a list "a|b|c" or a group "(a|b)", with its brackets closed`);
      }
    }
  }
  // A fragment counts as used when a pattern uses it, directly or through fragments a pattern uses.
  const reachable = new Set<string>();
  const visit = (name: string) => {
    if (reachable.has(name)) return;
    reachable.add(name);
    for (const m of (defined.get(name) ?? '').matchAll(REFERENCE)) if (defined.has(m[1]) && !escapedAt(defined.get(name)!, m.index)) visit(m[1]);
  };
  categories.forEach((c) => c.patterns.forEach((p) => {
    for (const m of p.matchAll(REFERENCE)) if (defined.has(m[1]) && !escapedAt(p, m.index)) visit(m[1]);
  }));
  for (const name of defined.keys()) {
    if (!reachable.has(name)) report(['fragments', name], `no pattern uses this fragment: use it in a pattern as {{${name}}}, or delete it`);
  }
  return { patterns, problems, unexpanded };
}
