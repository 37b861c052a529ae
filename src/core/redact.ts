/**
 * Removes personal data from free text before it may be written anywhere (logs, insights).
 *
 * Pure: no botbuilder import, no I/O. Never throws: on an internal error it returns a fully
 * masked string, because leaking is worse than losing a log line.
 *
 * Linear time: every quantifier in every pattern is bounded ({m,n}, never + or *), and every
 * lookbehind has a fixed length, so each start position costs a constant amount of work and
 * 50,000 characters of hostile input cost at most a constant times 50,000 steps.
 * `redactionPatterns` is exported so a test can check that rule mechanically.
 *
 * Tags used: [email] [phone] [nhs-number] [number] [postcode] [date] [name].
 */

export const REDACTED_FALLBACK = '[redacted]';

const MONTHS =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|' +
  'jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';

const ORDINAL_WORDS =
  '(?:thirty[\\- ]first|thirtieth|twenty[\\- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|' +
  'twentieth|nineteenth|eighteenth|seventeenth|sixteenth|fifteenth|fourteenth|thirteenth|twelfth|eleventh|' +
  'tenth|ninth|eighth|seventh|sixth|fifth|fourth|third|second|first)';

// Ordinal words only count before "of" ("the third of March"): "the second may be harder" is not a date.
const DAY_NUMBER = '(?:\\d{1,2}(?:st|nd|rd|th)?)';
const YEAR_SUFFIX = `(?:,?\\s{0,3}(?:\\d{4}|['’]\\d{2}))?`;
/** Not a letter or digit: a word edge that also works for Unicode letters. */
const EDGE_BEFORE = '(?<![\\p{L}\\p{N}])';
const EDGE_AFTER = '(?![\\p{L}\\p{N}])';

/** UK postcode areas, so "Y6", "KS2" or "P7" are never mistaken for a postcode. */
const POSTCODE_AREAS = new Set(
  (
    'AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY ' +
    'E EC EH EN EX FK FY G GL GU GY HA HD HG HP HR HS HU HX IG IM IP IV JE KA KT KW KY L LA LD LE ' +
    'LL LN LS LU M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL ' +
    'SM SN SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE'
  ).split(' '),
);

/**
 * Capitalised words that follow "I'm", "this is", "my son" etc. but are not names. Lower case.
 * Over-redacting a word is harmless; missing a name is not — so this list only holds words
 * that parents commonly type in those places.
 */
const NOT_NAMES = new Set(
  (
    'i a an the he she it they we you me him her them his hers their our my your its ' +
    'not so very really just also still now only always never currently here there ' +
    'and or but if then because as at in on of for from with to by about into over after before ' +
    'is was has had have does did do can cannot could will would should may might must am are were be been being ' +
    'who what when where why how which that this these those ' +
    'worried concerned confused unsure sure happy unhappy upset angry anxious scared stressed tired ' +
    'looking trying asking writing wondering hoping struggling calling going getting having waiting ' +
    'new old young little big aged age years year yr reception nursery section school schools college ' +
    'council councils dorset poole bournemouth christchurch bcp england uk wales ' +
    'send sen sendiass ehcp ehc nhs camhs senco senco\'s tribunal ombudsman ' +
    'autistic autism adhd dyslexic dyslexia disabled deaf blind diagnosed ' +
    'mum mom mam dad parent parents mother father carer carers guardian grandparent grandma grandad nan ' +
    'monday tuesday wednesday thursday friday saturday sunday ' +
    'january february march april june july august september october november december ' +
    'hi hello hey dear thanks thank please ok okay yes no sorry mr mrs ms miss mx dr'
  ).split(' '),
);

const NAME_WORD = "[\\p{L}][\\p{L}'’\\-]{0,30}";

/** People the parent names their child as; "my son Jack", "my daughter is called Amy". */
const CHILD =
  '(?:son|daughter|child|boy|girl|kid|grandson|granddaughter|grandchild|step-?son|step-?daughter|' +
  'foster (?:son|daughter|child)|twins?|youngest|eldest|oldest|middle one|little one)';

function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** All-caps words (EHCP, ADHD, SEN) are acronyms in this domain, not names. */
function isAcronym(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();
}

function stripPossessive(word: string): { core: string; tail: string } {
  const m = /^(.{1,40}?)(['’]s)?$/u.exec(word);
  if (m && m[2]) return { core: m[1], tail: m[2] };
  return { core: word, tail: '' };
}

function isNameWord(word: string, mustBeCapitalised: boolean): boolean {
  const { core } = stripPossessive(word);
  if (core.length < 2) return false;
  if (NOT_NAMES.has(core.toLowerCase())) return false;
  if (isAcronym(core)) return false;
  if (mustBeCapitalised && !isCapitalised(core)) return false;
  return true;
}

/**
 * Replaces the first name word (and a capitalised surname after it) with [name], keeping any
 * possessive so "I am Jack's mum" reads "I am [name]'s mum".
 */
function replaceNames(prefix: string, first: string, second: string | undefined, firstMustBeCap: boolean): string | null {
  if (!isNameWord(first, firstMustBeCap)) return null;
  const firstParts = stripPossessive(first);
  rememberName(firstParts.core);
  if (firstParts.tail === '' && second !== undefined && isNameWord(second, true)) {
    rememberName(stripPossessive(second).core);
    return `${prefix}[name]${stripPossessive(second).tail}`;
  }
  const rest = second !== undefined ? ` ${second}` : '';
  return `${prefix}[name]${firstParts.tail}${rest}`;
}

/**
 * Names found in the current call, so a later bare "Jack's mum" is caught too. Module state is
 * safe because redact() is synchronous; bounded so the final pass stays linear.
 */
const MAX_REMEMBERED_NAMES = 10;
let namesSeen: string[] = [];

function rememberName(name: string): void {
  if (namesSeen.length < MAX_REMEMBERED_NAMES && !namesSeen.includes(name)) namesSeen.push(name);
}

function escapeRegExp(s: string): string {
  // Names hold only letters, apostrophes and hyphens; "-" needs no escape outside a class (and may not have one under /u).
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function redactRememberedNames(text: string): string {
  let out = text;
  for (const name of namesSeen) {
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'gu');
    out = out.replace(re, '[name]');
  }
  return out;
}

type Replacer = (match: string, ...groups: Array<string | undefined>) => string;
interface Rule {
  name: string;
  pattern: RegExp;
  replace: Replacer | string;
}

function digitsOf(s: string): string {
  return s.replace(/\D/g, '');
}

/** Decides what a long run of digits is: UK phone, NHS number, or some other long identifier. */
function classifyNumber(raw: string): string {
  let digits = digitsOf(raw);
  const international = raw.trimStart().startsWith('+') || digits.startsWith('0044');
  if (digits.startsWith('0044')) digits = digits.slice(2);
  if ((international || digits.length === 12) && digits.startsWith('44')) {
    digits = digits.slice(2);
    if (!digits.startsWith('0')) digits = `0${digits}`;
  }
  if (digits.startsWith('0') && digits.length >= 9 && digits.length <= 11) return '[phone]';
  if (digits.length === 10) return '[nhs-number]';
  if (digits.length >= 9) return '[number]';
  return raw;
}

function postcodeAreaOk(outward: string): boolean {
  const area = /^[A-Za-z]{1,2}/.exec(outward);
  return area !== null && POSTCODE_AREAS.has(area[0].toUpperCase());
}

const NAMES_TAIL = `(${NAME_WORD})(?:[ \\t]{1,2}(${NAME_WORD}))?`;

const rules: Rule[] = [
  {
    name: 'email',
    pattern: new RegExp(
      "(?<![\\p{L}\\p{N}._%\\+\\-])[\\p{L}\\p{N}._%\\+\\-]{1,64}@[\\p{L}\\p{N}\\-]{1,63}(?:\\.[\\p{L}\\p{N}\\-]{1,63}){1,8}",
      'gu',
    ),
    replace: '[email]',
  },
  {
    // Dates written with words: "3rd March 2019", "the third of March", "March 3rd, 2019", "March 2019".
    name: 'date-words',
    pattern: new RegExp(
      `${EDGE_BEFORE}(?:${DAY_NUMBER}\\s{0,3}(?:of\\s{1,3})?${MONTHS}\\.?${YEAR_SUFFIX}|` +
        `(?:the\\s{1,3})?${ORDINAL_WORDS}\\s{1,3}of\\s{1,3}${MONTHS}\\.?${YEAR_SUFFIX}|` +
        `${MONTHS}\\.?\\s{0,3}(?:the\\s{1,3})?(?:${DAY_NUMBER}|${ORDINAL_WORDS})${YEAR_SUFFIX}|` +
        `${MONTHS}\\.?,?\\s{1,3}\\d{4})${EDGE_AFTER}`,
      'giu',
    ),
    replace: '[date]',
  },
  {
    // Numeric dates: 03/03/2019, 3.3.19, 3-3-2019, 2019-03-03, 03/2019.
    name: 'date-numeric',
    // Same separator twice, so "9.14-16" (paragraphs) is not a date.
    pattern: new RegExp(
      '(?<![\\p{L}\\p{N}./\\-])(?:\\d{1,2}([/.\\-])\\d{1,2}\\1(?:\\d{4}|\\d{2})|\\d{4}([/.\\-])\\d{1,2}\\2\\d{1,2}|' +
        '\\d{1,2}/\\d{4})(?![\\p{L}\\p{N}]|[/.\\-]\\d)',
      'gu',
    ),
    replace: '[date]',
  },
  {
    // What follows "born", "DOB", "date of birth": years and compact dates that are not dates elsewhere.
    name: 'date-of-birth',
    pattern: new RegExp(
      `(\\b(?:born|d\\.?o\\.?b\\.?|date\\s{1,3}of\\s{1,3}birth|birth\\s?date|birthday)` +
        `(?:\\s{0,3}[:=\\-]?\\s{0,3}(?:is|was|on|in)?){0,2}\\s{0,3})` +
        `((?:19|20)\\d{2}|\\d{8}|\\d{6}|\\d{1,2}\\s{1,2}\\d{1,2}\\s{1,2}\\d{2,4}|${MONTHS})${EDGE_AFTER}`,
      'giu',
    ),
    replace: (_m, prefix) => `${prefix}[date]`,
  },
  {
    // Long digit runs with phone-style separators; classified by digit count (see classifyNumber).
    name: 'number',
    pattern: /(?<![\p{L}\p{N}+])(?:\+\s{0,2})?\(?\d[\d \-().\u00a0]{5,22}\d(?!\p{N})/gu,
    replace: (m) => classifyNumber(m),
  },
  {
    name: 'postcode',
    pattern: /(?<![\p{L}\p{N}])([A-Za-z]{1,2}\d[A-Za-z\d]?)[ \t]{0,2}(\d)([A-Za-z]{2})(?![\p{L}\p{N}])/gu,
    replace: (m, outward, _digit, unit) => {
      if (!outward || !unit || !postcodeAreaOk(outward)) return m;
      // "S6 4th" is a class and an ordinal, not a Sheffield postcode; upper case "4TH" still counts.
      if (/^(st|nd|rd|th)$/.test(unit)) return m;
      return '[postcode]';
    },
  },
  {
    // Outward code alone ("we live in DT1") only where the words around say it is a place.
    name: 'postcode-outward',
    pattern: new RegExp(
      `(\\b(?:post\\s{0,1}code(?:\\s{1,3}is)?|lives?|lived|living|based|we['’]re|we\\s{1,3}are|near|area)` +
        `(?:\\s{1,3}in)?\\s{0,3}[:\\-]?\\s{0,3})([A-Za-z]{1,2}\\d[A-Za-z\\d]?)(?![\\p{L}\\p{N}])`,
      'giu',
    ),
    replace: (m, prefix, outward) => {
      if (!outward || !postcodeAreaOk(outward)) return m;
      return `${prefix}[postcode]`;
    },
  },
  {
    name: 'postcode-outward-area',
    pattern: /(?<![\p{L}\p{N}])([A-Z]{1,2}\d[A-Z\d]?)(\s{1,3}(?:area|postcode))\b/gu,
    replace: (m, outward, suffix) => (outward && postcodeAreaOk(outward) ? `[postcode]${suffix}` : m),
  },
  {
    // "my son is called Jack", "my daughter's name is Amy", "she's called Zoë".
    name: 'name-child-called',
    pattern: new RegExp(
      `(\\b(?:my\\s{1,3}${CHILD}(?:\\s{1,3}(?:is|was)\\s{1,3}(?:called|named)|\\s{1,3}(?:called|named)|` +
        `['’]s\\s{1,3}name\\s{1,3}is|\\s{1,3}whose\\s{1,3}name\\s{1,3}is))\\s{1,3})${NAMES_TAIL}`,
      'giu',
    ),
    replace: (m, prefix, first, second) => replaceNames(prefix ?? '', first ?? '', second, false) ?? m,
  },
  {
    // "she's called Amy": capitalised only, since "they are called annual reviews" is not a name.
    name: 'name-pronoun-called',
    pattern: new RegExp(`(\\b(?:he|she)(?:['’]s|\\s{1,3}is)\\s{1,3}(?:called|named)\\s{1,3})${NAMES_TAIL}`, 'giu'),
    replace: (m, prefix, first, second) => replaceNames(prefix ?? '', first ?? '', second, true) ?? m,
  },
  {
    name: 'name-my-name-is',
    pattern: new RegExp(`(\\b(?:my\\s{1,3}name\\s{1,3}is|my\\s{1,3}name['’]s|name\\s{0,3}:)\\s{1,3})${NAMES_TAIL}`, 'giu'),
    replace: (m, prefix, first, second) => replaceNames(prefix ?? '', first ?? '', second, false) ?? m,
  },
  {
    // "I'm Sarah", "this is Sarah Jones": only a capitalised word, because "I'm worried" is common.
    name: 'name-i-am',
    pattern: new RegExp(`(\\b(?:I['’]m|I\\s{1,3}am|this\\s{1,3}is)\\s{1,3})${NAMES_TAIL}`, 'giu'),
    replace: (m, prefix, first, second) => replaceNames(prefix ?? '', first ?? '', second, true) ?? m,
  },
  {
    // "Mrs Smith", "Mr. Jones", "mrs smith" (mr/mrs are unambiguous even in lower case).
    name: 'name-title',
    pattern: new RegExp(`(\\b(mr|mrs|ms|miss|mx|dr)\\.?\\s{1,3})${NAMES_TAIL}`, 'giu'),
    replace: (m, prefix, title, first, second) => {
      const t = (title ?? '').toLowerCase();
      const mustBeCap = !(t === 'mr' || t === 'mrs');
      return replaceNames(prefix ?? '', first ?? '', second, mustBeCap) ?? m;
    },
  },
  {
    // "my son Jack has autism": a capitalised, non-acronym word straight after the child.
    name: 'name-my-child-name',
    pattern: new RegExp(`(\\bmy\\s{1,3}${CHILD},?\\s{1,3})${NAMES_TAIL}`, 'giu'),
    replace: (m, prefix, first, second) => replaceNames(prefix ?? '', first ?? '', second, true) ?? m,
  },
];

/** The patterns, for the test that checks every quantifier is bounded. */
export const redactionPatterns: ReadonlyArray<{ name: string; source: string }> = rules.map((r) => ({
  name: r.name,
  source: r.pattern.source,
}));

export function redact(text: string): string {
  if (typeof text !== 'string') return '';
  try {
    namesSeen = [];
    let out = text;
    for (const rule of rules) {
      rule.pattern.lastIndex = 0;
      out = out.replace(rule.pattern, rule.replace as (substring: string, ...args: unknown[]) => string);
    }
    return redactRememberedNames(out);
  } catch {
    return REDACTED_FALLBACK;
  } finally {
    namesSeen = [];
  }
}
