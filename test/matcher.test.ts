import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { createMatcher, decide, STORY_TUNING, TUNING, verdict, type Tuning } from '../src/core/matcher';
import { basicNormalise, createNormaliser, editDistance, stem } from '../src/core/normalise';
import { answerText, contactValue, safetyText, serviceText, longDate } from '../src/core/render';
import type { Knowledge } from '../src/core/model';

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));
const TODAY = new Date('2026-11-23T12:00:00Z');

function kb(files: Record<string, string>): Knowledge {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'matcher-'));
  tmp.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return loadKnowledge(dir, { today: TODAY });
}

const entry = (id: string, title: string, questions: string[], topics = '[assessment]') => `
  - id: ${id}
    title: ${title}
    questions:
${questions.map((q) => `      - ${q}`).join('\n')}
    answer: "The council must reply. Ask for help if it does not."
    topics: ${topics}
    region: england
    sources: [SEND Regulations 2014 reg.5(1)]
    reviewed: 2026-11-01`;

const small = () => kb({
  'entries/a.yaml': `entries:${entry('assessment-decision', 'How long the council has to decide whether to assess', [
    'how long does the council have to decide about an EHC needs assessment',
    'when will I hear if they will assess my son',
    'what is the time limit for the council to decide on an assessment',
    'how many weeks until they decide about assessing',
  ])}${entry('senco-role', 'What a SENCO does', [
    'what does the senco do', 'who is the special needs teacher at school', 'what is the senco for', 'is the senco in charge of sen support',
  ], '[sen-support]')}${entry('school-transport', 'School transport for children with SEND', [
    'can my child get free transport to school', 'does the council pay for a taxi to school', 'who takes my disabled son to school', 'is there a school bus for special needs',
  ], '[transport]')}${entry('transport-appeal', 'Appealing a school transport decision', [
    'can i appeal the school transport decision', 'council said no to transport to school can i appeal', 'how do i challenge a transport refusal', 'transport to school was refused',
  ], '[transport]')}`,
  'glossary.yaml': `glossary:
  - term: SENCO
    stands_for: Special educational needs co-ordinator
    meaning: The teacher who organises SEN support in a school.
    also: [SENDCO, SENCo]
`,
  'synonyms.yaml': `synonyms:
  - canonical: ehc plan
    variants: [ehcp, education health and care plan, statement]
  - canonical: council
    variants: [local authority, la]
spellings:
  asessment: assessment
  behavior: behaviour
`,
});

describe('normalising what parents type', () => {
  const k = small();
  const n = createNormaliser(k.synonyms);
  it('folds case, punctuation, curly apostrophes and accents', () => {
    expect(basicNormalise("  My SON’s café—isn't   HAPPY!! ")).toBe('my son cafe isnt happy');
  });
  it('applies spellings, text-speak and synonyms (longest first)', () => {
    expect(n.normalise('Wen will the LA do the asessment 4 my EHCP?')).toBe('when will the council do the assessment 4 my ehc plan');
    expect(n.normalise('education health and care plan')).toBe('ehc plan');
  });
  it('measures edit distance with transpositions and stems consistently', () => {
    expect(editDistance('echp', 'ehcp')).toBe(1);
    expect(editDistance('desicde', 'decide')).toBe(2);
    expect(editDistance('abc', 'xyzabc', 2)).toBe(3);
    expect(stem('assessments')).toBe(stem('assessing'));
    expect(stem('decided')).toBe(stem('decide'));
  });
});

describe('the matcher on a small knowledge base', () => {
  const k = small();
  const m = createMatcher(k);

  it('answers a typo-ridden question with the right entry', () => {
    const out = m.match('how lond does the LA have to desicde on an asessment');
    expect(out).toMatchObject({ kind: 'answer', entry: { id: 'assessment-decision' } });
  });

  it('does not "correct" real words into domain words', () => {
    // "medication" is an English word, not a typo of "mediation"/"education"
    expect(m.search('medication side effects').map((r) => r.entry.id)).toEqual([]);
  });

  it('answers "what does X mean" from the glossary, including other spellings', () => {
    expect(m.match('what does SENDCO mean?')).toMatchObject({ kind: 'glossary', term: { term: 'SENCO' } });
    expect(m.match('senco meaning')).toMatchObject({ kind: 'glossary', term: { term: 'SENCO' } });
  });

  it('says honestly when it has no answer, and whether the question was about SEND', () => {
    expect(m.match('when are my bins collected')).toEqual({ kind: 'noAnswer', reason: 'notSend' });
    expect(m.match('what is the weather tomorrow')).toEqual({ kind: 'noAnswer', reason: 'notSend' });
    expect(m.match('can my autistic son get a blue badge')).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    expect(m.match('   ')).toEqual({ kind: 'noAnswer', reason: 'empty' });
    expect(m.match('?!')).toEqual({ kind: 'noAnswer', reason: 'empty' });
  });

  it('offers "Did you mean…" with 2 to 3 options when two entries are equally close', () => {
    // Two entries that both ask "how do i get help with transport": neither may win outright.
    const tie = createMatcher(kb({
      'entries/a.yaml': `entries:${entry('transport-help', 'Help with transport', [
        'how do i get help with transport', 'who pays for a taxi', 'is there a bus', 'can my child get a lift',
      ], '[transport]')}${entry('transport-appeal', 'Appealing about transport', [
        'how do i get help with transport', 'can i appeal', 'how do i challenge it', 'it was refused',
      ], '[transport]')}`,
    }));
    const out = tie.match('how do i get help with transport');
    expect(out.kind).toBe('didYouMean');
    if (out.kind === 'didYouMean') expect(out.options.map((e) => e.id).sort()).toEqual(['transport-appeal', 'transport-help']);
  });

  it('search ranks by score, best first, and respects the limit', () => {
    const r = m.search('can i appeal the transport decision', 2);
    expect(r).toHaveLength(2);
    expect(r[0].entry.id).toBe('transport-appeal');
    expect(r[0].score).toBeGreaterThan(r[1].score);
  });

  it('decide() follows the thresholds: below the floor nothing, above answer a clear winner', () => {
    const e = k.entries;
    const cand = (entry: number, jac: number) => ({ entry, doc: jac, query: jac, jac, bag: jac, full: jac, tri: jac, nb: jac, sem: jac });
    const x = (cands: ReturnType<typeof cand>[]) => ({ candidates: cands, aboutSend: true, empty: false });
    const low = Math.min(TUNING.floor, TUNING.leadFloor) - 0.05;
    expect(decide(x([cand(0, low)]), TUNING, e)).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    // Below `answer` but far ahead of the runner-up: a clear winner is answered; with a close runner-up it is not.
    const mid = (TUNING.leadFloor + TUNING.answer) / 2;
    if (TUNING.leadFloor < TUNING.answer) {
      expect(decide(x([cand(0, mid), cand(1, mid - TUNING.lead - 0.01)]), TUNING, e)).toMatchObject({ kind: 'answer', entry: { id: e[0].id } });
      expect(decide(x([cand(0, mid), cand(1, mid - 0.01)]), TUNING, e)).not.toMatchObject({ kind: 'answer' });
    }
    expect(decide(x([cand(0, 0.99), cand(1, 0.2)]), TUNING, e)).toMatchObject({ kind: 'answer', entry: { id: e[0].id } });
    expect(decide(x([cand(0, 0.99), cand(1, 0.98), cand(2, 0.97), cand(3, 0.96)]), TUNING, e)).toMatchObject({ kind: 'didYouMean', options: [{}, {}, {}] });
  });

  it('never throws on odd input', () => {
    for (const t of ['', '\u0000', '🙂🙂', 'a'.repeat(5000), 'the the the', '1234', undefined as unknown as string]) {
      expect(() => m.match(t)).not.toThrow();
    }
  });
});

describe('the matcher on the real knowledge base', () => {
  const k = loadKnowledge();
  const m = createMatcher(k);
  it('understands the issue\'s example question', () => {
    const out = m.match('how lond does the council have to desicde on an ehcp asessment');
    expect(out.kind === 'answer' ? out.entry.id : out.kind === 'didYouMean' ? out.options[0].id : out.kind).toBe('ehc-assessment-decision-6-weeks');
  });
  it('finds a question buried in a long story (compared in windows, not only as a whole)', () => {
    // Without the windows these stories pull the match to waiting-list entries.
    const stories = [
      'my son is nine and has autism and adhd, he has been at the same primary school since reception and he loves his teacher this year, he gets some help in class with reading and writing, ',
      'we moved to dorset last year, my daughter is in year 5 and is waiting for a paediatrician appointment, she struggles with friendships and gets very anxious at playtimes, ',
    ];
    for (const story of stories) expect(m.search(`${story}can I appeal a refusal to assess`, 1)[0].entry.id).toBe('ehc-assessment-refused');
  });
  it('meets a lone SEND word ("school", "review") with "Did you mean…", not a guess and not a refusal', () => {
    for (const word of ['school', 'review']) {
      const out = m.match(word);
      expect(out.kind, word).toBe('didYouMean');
      if (out.kind === 'didYouMean') expect(out.options.length).toBeGreaterThanOrEqual(2);
    }
    // A lone word that is not about SEND is still refused.
    expect(m.match('weather').kind).toBe('noAnswer');
  });
  it('does not answer council tax or bins with a nearby entry', () => {
    expect(m.match('how do i pay my council tax').kind).toBe('noAnswer');
    expect(m.match('when are my bins collected').kind).toBe('noAnswer');
  });
  it('answers each entry\'s own questions, as written or in other case and punctuation, with that entry', () => {
    // Before, 80 of the knowledge's own questions were declined, offered or answered with another entry.
    const missed: string[] = [];
    for (const e of k.entries) {
      for (const q of e.questions) {
        for (const typed of [q, `${q.toUpperCase()}??`]) {
          const out = m.match(typed);
          if (out.kind !== 'answer' || out.entry.id !== e.id) missed.push(`${e.id}: ${typed} → ${out.kind === 'answer' ? out.entry.id : out.kind}`);
        }
      }
    }
    expect(missed).toEqual([]);
    const out = m.match('Can I get Carers Allowance for looking after my disabled son?');
    expect(out.kind === 'answer' && out.entry.id).toBe('carers-allowance');
  });
  it('leaves a question two entries share, and a question with one more word, to the models', () => {
    // "what is Parent Carers Together" is BCP's forum; another entry asking it too makes it no one entry's own.
    const shared = { ...k, entries: k.entries.map((e) => (e.id === 'dorset-parent-carer-council' ? { ...e, questions: [...e.questions, 'what is Parent Carers Together'] } : e)) };
    expect(createMatcher(shared).explain('what is Parent Carers Together').own).toBe(-1);
    expect(m.explain('what is Parent Carers Together').own).toBe(k.entries.findIndex((e) => e.id === 'send-help-in-bcp'));
    expect(m.explain('what is Parent Carers Together in Poole').own).toBe(-1);
  });
});

describe('long messages: a story, then the question', () => {
  const k = loadKnowledge();
  const m = createMatcher(k);
  // The long-message rules (off in TUNING until they keep the held-out floors), on the thresholds alone: with the
  // re-ranking model (test/rerank.test.ts) long messages are the model's to decide.
  const story = createMatcher(k, { ...TUNING, ...STORY_TUNING, rerank: false });

  it('a question buried in a story reaches its entry', () => {
    const q = "DD (14) has an ehcp that says 2 hours a week of 1:1 speech therapy. She has had maybe 3 sessions since september because the therapist left and they havent replaced her. The school says its the LA's problem and the LA says speak to school. who is actually responsible for making sure it happens";
    expect(m.explain(q).long).toBe(true);
    for (const x of [m, story]) expect(x.match(q)).toMatchObject({ kind: 'answer', entry: { id: 'ehc-plan-provision-not-delivered' } });
  });

  it('with the story rules, a terse question after a long story still stands on its own', () => {
    for (const s of [
      'my son is nine and has autism and adhd, he has been at the same primary school since reception and he loves his teacher this year, he gets some help in class with reading and writing, ',
      'we moved to dorset last year, my daughter is in year 5 and is waiting for a paediatrician appointment, she struggles with friendships and gets very anxious at playtimes, ',
    ]) expect(story.match(`${s}can I appeal a refusal to assess`)).toMatchObject({ kind: 'answer', entry: { id: 'ehc-assessment-refused' } });
  });

  it('a story whose question is not sure enough to answer is offered its best entries, not "I don\'t know"', () => {
    const q = "School have put my son on a part time timetable of 2 hours a day since october. It was meant to be for 2 weeks. I can't work and he is falling behind. They say its for his own good. how long can they keep doing this?";
    expect(story.search(q, 1)[0].entry.id).toBe('part-time-timetable');
    const out = story.match(q);
    expect(out.kind === 'answer' || out.kind === 'didYouMean').toBe(true);
    if (out.kind === 'answer') expect(out.entry.id).toBe('part-time-timetable');
    if (out.kind === 'didYouMean') expect(out.options[0].id).toBe('part-time-timetable');
  });

  it('a SEND story that asks about something else gets no confident answer', () => {
    for (const q of [
      'My son has autism and an EHCP and the school run has been a nightmare all term, the traffic outside is awful and the car broke down twice. My mum usually helps but she is in hospital. Does anyone know a good garage near Dorchester that can fix a gearbox quickly?',
      'We had the annual review in the spring, the SENCO was lovely and DS is settled. We are going on holiday to Spain in August and the flights are booked. What is the best suncream for a child with eczema?',
    ]) {
      expect(m.explain(q).long).toBe(true);
      for (const x of [m, story]) expect(x.match(q).kind).not.toBe('answer');
    }
  });

  it('long messages are decided by their own thresholds', () => {
    const strict: Tuning = { ...TUNING, long: { answer: 0.9, floor: 0.8, margin: 0, lead: 1, leadFloor: 1 } };
    const scores = { s1: 0.85, s2: 0.1, gloss: 0 as const };
    expect(verdict(scores, strict)).toBe('answer');
    expect(verdict({ ...scores, long: true }, strict)).not.toBe('answer');
    expect(verdict({ ...scores, s1: 0.95, long: true }, strict)).toBe('answer');
  });

  it('a long message whose question sentence and whole story disagree is never answered outright', () => {
    const t: Tuning = { ...TUNING, agree: true };
    const scores = { s1: (TUNING.long.answer + TUNING.partSure) / 2, s2: TUNING.long.floor, gloss: 0 as const, long: true };
    expect(verdict({ ...scores, agree: true }, t)).toBe('answer');
    expect(verdict({ ...scores, agree: false }, t)).toBe('dym');
    expect(verdict({ ...scores, agree: false }, { ...t, agree: false })).toBe('answer');
    expect(verdict({ ...scores, s1: TUNING.partSure, agree: false }, t)).toBe('answer');
  });

  it('a long message between the floor and the answer threshold gets "Did you mean…"; a short one does not', () => {
    const th = { answer: 0.6, floor: 0.4, margin: 0, lead: 1, leadFloor: 1 };
    const t: Tuning = { ...TUNING, ...th, long: th, longOptions: true };
    const scores = { s1: 0.5, s2: 0.3, gloss: 0 as const };
    expect(verdict({ ...scores, long: true }, t)).toBe('dym');
    expect(verdict(scores, t)).toBe('none');
    expect(verdict({ ...scores, long: true }, { ...t, longOptions: false })).toBe('none');
  });
});

describe('answer text', () => {
  const k = small();
  // The bot's own wording (messages.yaml): the small test base has none.
  const words = loadKnowledge().text;
  it('adds the sources, and claims a check only when a source records one', () => {
    const entry = k.entry('senco-role')!;
    const text = answerText(entry, words);
    expect(text).toMatch(/^The council must reply\./);
    expect(text).toContain('Source: SEND Regulations 2014 reg.5(1)');
    // Written or reviewed is not checked: no source says when it was read, so nothing is claimed.
    expect(text).not.toContain('Last checked');
    const checked = answerText({ ...entry, sources: [...entry.sources, { title: 'A page', url: 'https://www.gov.uk/a', checked: '2026-11-30' }, { title: 'B', url: 'https://www.gov.uk/b', checked: '2026-10-01' }] }, words);
    expect(checked).toContain('Last checked against its source: 30 November 2026');
    expect(longDate('2026-02-09')).toBe('9 February 2026');
  });
  it('shows a service with each contact and its source', () => {
    const text = serviceText({
      id: 's', name: 'Helpline', what: 'Helps.', who: 'Parents.', area: 'dorset', alsoCovers: [], helpsWith: [], reviewed: '2026-11-01',
      contacts: [{ kind: 'phone', value: '0800 000 000', label: 'Advice', source: { title: 'Contact page', url: 'https://example.org/contact' } }],
    }, words);
    expect(text).toContain('**Helpline**');
    expect(text).toContain('- Phone (Advice): [0800 000 000](tel:0800000000) (source: [Contact page](https://example.org/contact))');
  });
  it('makes phone numbers tel: links and emails mailto: links, leaving other contacts as written', () => {
    const source = { title: 'Contact page', url: 'https://example.org/contact' };
    const text = serviceText({
      id: 's', name: 'Helpline', what: 'Helps.', who: 'Parents.', area: 'dorset', alsoCovers: [], helpsWith: [], reviewed: '2026-11-01',
      contacts: [
        { kind: 'phone', value: '18001 111', source },
        { kind: 'email', value: 'help@example.org', source },
        { kind: 'text', value: 'Text SHOUT to 85258', source },
        { kind: 'website', value: 'https://example.org', source },
      ],
    }, words);
    expect(text).toContain('- Phone: [18001 111](tel:18001111)');
    expect(text).toContain('- Email: [help@example.org](mailto:help@example.org)');
    expect(text).toContain('- Text: Text SHOUT to 85258 (source');
    expect(text).toContain('- Website: https://example.org (source');
    expect(contactValue({ kind: 'phone', value: 'ask at reception' })).toBe('ask at reception');
  });
  it('puts the emergency line first in safety text', () => {
    const text = safetyText({ emergency: 'Call 999.', categories: [{ id: 'x', label: 'X', message: 'Get help.', services: [] }] }, words);
    expect(text.indexOf('Call 999.')).toBe(0);
    expect(text).toContain('Get help.');
  });
});
