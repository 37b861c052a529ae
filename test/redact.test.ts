import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { redact, redactionPatterns, REDACTED_FALLBACK } from '../src/core/redact';

/** [input, substrings that must be gone, tag that must appear] */
const personal: Array<[string, string[], string]> = [
  // emails
  ['My email is jane.doe+send@example.co.uk please reply', ['jane.doe', 'example.co.uk'], '[email]'],
  ['contact: J_Smith99@Hotmail.com', ['J_Smith99', 'Hotmail'], '[email]'],
  ['email me at sarah@dorset-school.sch.uk.', ['sarah@', 'dorset-school'], '[email]'],
  // phones
  ['call me on 07700 900123', ['07700', '900123'], '[phone]'],
  ['my mobile is 07700900123', ['07700900123'], '[phone]'],
  ['ring +44 7700 900123 after 3', ['7700', '900123'], '[phone]'],
  ['+44 (0)1305 221060 is the house', ['1305', '221060'], '[phone]'],
  ['school number (01202) 123456', ['01202', '123456'], '[phone]'],
  ['London office 020 7946 0958', ['7946', '0958'], '[phone]'],
  ['tel 0300-123-4567 any time', ['0300', '4567'], '[phone]'],
  ['0044 1305 221060', ['1305', '221060'], '[phone]'],
  ['07700.900.123', ['07700', '900'], '[phone]'],
  // NHS numbers
  ['his NHS number is 943 476 5919', ['943', '5919'], '[nhs-number]'],
  ['NHS no: 9434765919', ['9434765919'], '[nhs-number]'],
  ['nhs 943-476-5919', ['943-476'], '[nhs-number]'],
  // postcodes
  ['we live at DT1 1XJ', ['DT1', '1XJ'], '[postcode]'],
  ['our postcode is bh21 4ab', ['bh21', '4ab'], '[postcode]'],
  ['address 12 High St, Poole BH15 1AA', ['BH15', '1AA'], '[postcode]'],
  ['SW1A1AA', ['SW1A'], '[postcode]'],
  ['we live in DT11 so which council', ['DT11'], '[postcode]'],
  ['postcode: BH12', ['BH12'], '[postcode]'],
  ['anyone in the DT4 area?', ['DT4'], '[postcode]'],
  ['I live near BH23', ['BH23'], '[postcode]'],
  // dates
  ['he was born on 3rd March 2019', ['3rd', 'March', '2019'], '[date]'],
  ['DOB 03/03/2019', ['03/03/2019'], '[date]'],
  ['date of birth: 3.3.19', ['3.3.19'], '[date]'],
  ['d.o.b. 2019-03-03', ['2019-03-03'], '[date]'],
  ['born 2015 and started school late', ['2015'], '[date]'],
  ['dob: 030319', ['030319'], '[date]'],
  ['her birthday is March 3rd, 2019', ['March', '2019'], '[date]'],
  ['born on the third of March', ['third', 'March'], '[date]'],
  ['the meeting was on 14 Jan 2026', ['14 Jan', '2026'], '[date]'],
  ['I asked on 12th of November', ['12th', 'November'], '[date]'],
  ['requested 5/11/25 and heard nothing', ['5/11/25'], '[date]'],
  ['date of birth is 3 3 2019', ['3 3 2019'], '[date]'],
  ['plan issued Sept 2024', ['Sept 2024'], '[date]'],
  ['born in May', ['May'], '[date]'],
  // names
  ['my son is called Jack and he is 7', ['Jack'], '[name]'],
  ['my daughter is named Amy-Rose O\'Brien', ['Amy-Rose', "O'Brien"], '[name]'],
  ["my son's name is oliver", ['oliver'], '[name]'],
  ['My child called Priya has ADHD', ['Priya'], '[name]'],
  ['my boy named Zoë', ['Zoë'], '[name]'],
  ["I'm Sarah, Jack's mum", ['Sarah'], '[name]'],
  ['I’m Sarah Jones', ['Sarah', 'Jones'], '[name]'],
  ['I am Tom', ['Tom'], '[name]'],
  ['my name is helen smith', ['helen'], '[name]'],
  ['Hi, this is Priya Patel from Weymouth', ['Priya', 'Patel'], '[name]'],
  ['Mrs Smith the SENCO said no', ['Smith'], '[name]'],
  ['I spoke to Mr. Jones', ['Jones'], '[name]'],
  ['mrs jones wont listen', ['jones'], '[name]'],
  ['Miss Hughes is his teacher', ['Hughes'], '[name]'],
  ['my son Jack has autism', ['Jack'], '[name]'],
  ['my daughter, Ellie, is in year 3', ['Ellie'], '[name]'],
  ['she is called Maisie', ['Maisie'], '[name]'],
  // A name, once found, is removed wherever else it appears.
  ['my son is called Jack. Jack hates school and Jack’s teacher agrees', ['Jack'], '[name]'],
];

/** Ordinary SEND questions: nothing personal in them, so they must come back byte for byte. */
const ordinary = [
  'What is an EHC plan?',
  'Can I appeal to the SEND Tribunal?',
  'My son is in Year 6 and moving to secondary school',
  'The council said it takes 6 weeks to decide',
  'They have 20 weeks to finish the EHC plan',
  'What does section F of the plan mean?',
  'Sections B, F and I are the ones you can appeal',
  'What is SEN support and who is the SENCO?',
  'Children and Families Act 2014 s.36(8)',
  'SEND Code of Practice 9.14 and paragraphs 9.14-9.16',
  'SEND Regulations 2014 reg.13(2)',
  'The SEND system covers ages 0-25',
  "I'm worried my daughter isn't getting help",
  'I am not sure what to ask',
  'This is really hard',
  'This is Dorset, not BCP',
  'my son has ADHD and autism',
  'my daughter EHCP review is due',
  'KS2 SATs are in May',
  'He is in year 10 and has 3 GCSEs',
  'the second may be harder than the first',
  'it is the 3rd time I have asked',
  'Can I get a personal budget?',
  'what happens at the annual review meeting',
  'mediation certificate within 2 months',
  'My child is 5 and in reception',
  'is an EHCP better than a statement',
  'Ms diagnosis and school support', // "Ms" followed by a lower-case word is not a title + name
  'Emoji too 😀👍 and accents: café',
  '',
];

describe('redact: personal data is removed', () => {
  it.each(personal)('%s', (input, gone, tag) => {
    const out = redact(input);
    for (const g of gone) expect(out, `"${g}" should be gone from "${out}"`).not.toContain(g);
    expect(out).toContain(tag);
  });

  it('keeps the words around a redaction', () => {
    expect(redact('call me on 07700 900123 please')).toBe('call me on [phone] please');
    expect(redact('I am Jack’s mum')).toBe('I am [name]’s mum');
    expect(redact('Mrs Smith the SENCO')).toBe('Mrs [name] the SENCO');
    expect(redact('we live at DT1 1XJ.')).toBe('we live at [postcode].');
  });

  it('handles several kinds in one message', () => {
    const out = redact(
      "Hi I'm Sarah Jones, my son is called Jack, DOB 03/03/2019, NHS 943 476 5919, we're at DT1 1XJ, call 07700 900123 or email sarah.jones@example.com",
    );
    for (const g of ['Sarah', 'Jones', 'Jack', '2019', '943', 'DT1', '07700', 'example.com']) expect(out).not.toContain(g);
    expect(out).toBe(
      "Hi I'm [name], my son is called [name], DOB [date], NHS [nhs-number], we're at [postcode], call [phone] or email [email]",
    );
  });
});

describe('redact: ordinary SEND questions survive unchanged', () => {
  it.each(ordinary)('%s', (input) => {
    expect(redact(input)).toBe(input);
  });
});

describe('redact: never throws, bounded work', () => {
  it('returns a string for non-string input', () => {
    expect(redact(undefined as unknown as string)).toBe('');
    expect(redact(null as unknown as string)).toBe('');
    expect(redact(42 as unknown as string)).toBe('');
  });

  it('exposes a fallback that reveals nothing', () => {
    expect(REDACTED_FALLBACK).toBe('[redacted]');
  });

  /**
   * Linear time by construction: no unbounded quantifier (+, *, {n,}) in any pattern, so each
   * start position does a bounded amount of work. Checked on the pattern source rather than by timing.
   */
  it('every pattern uses only bounded quantifiers', () => {
    expect(redactionPatterns.length).toBeGreaterThan(5);
    for (const { name, source } of redactionPatterns) {
      let inClass = false;
      for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
          i++;
          continue;
        }
        if (inClass) {
          if (c === ']') inClass = false;
          continue;
        }
        if (c === '[') inClass = true;
        else expect(c === '+' || c === '*', `unbounded ${c} at ${i} in pattern ${name}: ${source}`).toBe(false);
      }
      expect(/\{\d+,\}/.test(source), `open-ended {n,} in ${name}`).toBe(false);
    }
  });

  it('the bounded-quantifier check itself notices an unbounded pattern', () => {
    // Guard against the check above silently passing: the same scan flags "a+".
    const flags = (src: string) => {
      let inClass = false;
      for (let i = 0; i < src.length; i++) {
        const c = src[i];
        if (c === '\\') { i++; continue; }
        if (inClass) { if (c === ']') inClass = false; continue; }
        if (c === '[') inClass = true;
        else if (c === '+' || c === '*') return true;
      }
      return false;
    };
    expect(flags('a+')).toBe(true);
    expect(flags('[a+]\\+')).toBe(false);
  });

  const adversarial: Array<[string, string]> = [
    ['letters', 'a'.repeat(50_000)],
    ['spaced digits', '1 '.repeat(25_000)],
    ['dotted local part without domain', 'a.'.repeat(25_000) + '@'],
    ['at signs', '@'.repeat(50_000)],
    ['repeated name trigger', 'my son is called '.repeat(3_000)],
    ['zeros', '0'.repeat(50_000)],
    ['capitalised runs after I am', ('I am ' + 'A'.repeat(40) + ' ').repeat(1_000)],
    ['outward codes', 'DT1 '.repeat(12_500)],
    ['ordinals', '3rd '.repeat(12_500)],
    ['email fragments', 'x@y.'.repeat(12_500)],
    ['plus 44', '+44 '.repeat(12_500)],
    ['slashes', '1/'.repeat(25_000)],
    ['born on', 'born on '.repeat(6_000)],
    ['real messages', "I'm Sarah, DOB 03/03/2019, call 07700 900123, DT1 1XJ. ".repeat(900)],
    ['control characters', '\u0000\u0001\u202e\ud800'.repeat(12_500)],
  ];

  it.each(adversarial)('%s (50,000 characters) completes and keeps its length order', (_label, input) => {
    const out = redact(input);
    expect(typeof out).toBe('string');
    expect(out.length).toBeGreaterThan(0);
    // Redaction shortens or slightly lengthens; it never multiplies the text.
    expect(out.length).toBeLessThan(input.length * 2);
  });

  it('redacts every copy in a long message', () => {
    const out = redact("call 07700 900123. ".repeat(2_000));
    expect(out).not.toContain('07700');
    expect(out.match(/\[phone\]/g)?.length).toBe(2_000);
  });
});

describe('redact: names and schools without a trigger phrase', () => {
  it.each([
    ["Oliver Thompson is in year 5 at St Mary's Primary and needs an EHCP", ['Oliver', 'Thompson', 'Mary'], '[name] is in year 5 at [school] and needs an EHCP'],
    ['oliver thompson goes to hillside academy, can the SENCO help?', ['oliver', 'thompson', 'hillside'], '[name] goes to [school], can the SENCO help?'],
    ['Does Poole High School have a SENCO?', ['Poole', 'High'], 'Does [school] have a SENCO?'],
    ['She is at Oakwood C of E First School and the council refused', ['Oakwood'], 'She is at [school] and the council refused'],
    ['Bournemouth School for Girls said no to the EHCP', ['Bournemouth', 'Girls'], '[school] said no to the EHCP'],
    ['st marys primary wont help', ['marys'], '[school] wont help'],
    ["Amelia's teacher says Noah Smith is fine", ['Amelia', 'Noah', 'Smith'], "[name]'s teacher says [name] is fine"],
    ['Grace Hill has an EHCP', ['Grace', 'Hill'], '[name] has an EHCP'],
  ])('%s', (input, gone, expected) => {
    const out = redact(input);
    for (const g of gone) expect(out).not.toContain(g);
    expect(out).toBe(expected);
  });

  it.each([
    'Will the council pay? Early Help said no',
    'my son goes to a special school, the local primary refused',
    'Free School Meals and the SEND Tribunal',
    'how do I get a Max Card',
    'we are in Devon not Dorset',
    'Case Study 4: Section I appeal',
    'every Dorset school should offer ordinarily available provision',
    'ive decided to go for an EHCP',
    'leave them at the school gates tomorrow',
    'sue the council for the transport',
  ])('keeps "%s"', (input) => {
    expect(redact(input)).toBe(input);
  });
});

/** Property test: names and schools typed into SEND questions never survive; SEND words always do. */
describe('redact: generated names and schools', () => {
  const givens = ['Oliver', 'Amelia', 'Noah', 'Isla', 'Muhammad', 'Priya', 'Harry', 'Sophie', 'Jack', 'Freya', 'Leo', 'Aisha', 'George', 'Evie', 'Charlie', 'Olivia', 'Arthur', 'Mia', 'Theo', 'Zara'];
  const families = ['Thompson', 'Smith', 'Patel', "O'Brien", 'Khan', 'Williams', 'Nowak', 'Okafor', 'Hughes', 'Fletcher', 'Barker', 'Kowalski', 'Ahmed', 'Davies', 'Evans', 'Morgan-Jones'];
  const places = ['Hillside', 'Oakwood', 'Ashdown', 'Broadstone', 'Parkfield', 'Kingsleigh', 'Elmrise', 'Longspee'];
  const kinds = ['Primary', 'Academy', 'First School', 'Primary School', 'High School', 'C of E First School', 'Infants', 'Junior School'];
  const saints = ["St Mary's", "St Peter's", 'St Edward', "St Michael's", 'Saint Joseph'];
  const send = ['EHCP', 'SENCO', 'council', 'SEND', 'tribunal', 'annual review', 'EHC needs assessment', 'SENDIASS', 'Dorset', 'BCP'];

  const anyCase = (word: string) =>
    fc.constantFrom<(s: string) => string>((s) => s, (s) => s.toLowerCase(), (s) => s.toUpperCase().slice(0, 1) + s.slice(1).toLowerCase()).map((f) => f(word));
  const name = fc.tuple(fc.constantFrom(...givens), fc.constantFrom(...families)).chain(([g, f]) =>
    fc.tuple(anyCase(g), anyCase(f), fc.constant(g), fc.constant(f)),
  );
  const school = fc.oneof(
    fc.tuple(fc.constantFrom(...places), fc.constantFrom(...kinds)).map(([p, k]) => ({ text: `${p} ${k}`, key: p })),
    fc.tuple(fc.constantFrom(...saints), fc.constantFrom(...kinds)).map(([s, k]) => ({ text: `${s} ${k}`, key: s.split(' ')[1].replace(/['’]s$/, '') })),
  );
  const templates: Array<(n: string, s: string, w: string) => string> = [
    (n, s, w) => `${n} is in year 5 at ${s} and the ${w} said no`,
    (n, s, w) => `can ${s} refuse ${n} because of the ${w}?`,
    (n, s, w) => `${s} says ${n} doesn't need an ${w}`,
    (n, s, w) => `what does the ${w} do if ${n} is excluded from ${s}`,
  ];

  it('never lets a generated name or school through, and keeps the SEND words', () => {
    fc.assert(
      fc.property(name, school, fc.constantFrom(...send), fc.nat(templates.length - 1), ([g, f, gKey, fKey], s, w, t) => {
        const input = templates[t](`${g} ${f}`, s.text, w);
        const out = redact(input).toLowerCase();
        // Whole words only: "evie" is inside "review".
        for (const secret of [gKey, fKey, s.key]) expect(out.split(/[^\p{L}'’-]+/u), `${input} -> ${out}`).not.toContain(secret.toLowerCase());
        expect(out).toContain(w.toLowerCase());
      }),
      { numRuns: 300 },
    );
  });
});
