import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../src/knowledge';
import { categoryRegexes, createSafetyScreen, SPELL_WINDOW, spelledForms, SAFETY_CUTOFFS, safetyModelFor, SCREEN_MAX_CHARS, secondLayerScore, startsAtWordEdge } from '../src/core/safety';
import { safetyFeatures, safetyModelFrom, segments, type SafetyModel } from '../src/core/safetyModel';
import { safetyText } from '../src/core/render';
import { adaptiveCard } from '../src/bot/teamsCards';

const tmp: string[] = [];
afterAll(() => tmp.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

function kb(files: Record<string, string>) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'safety-'));
  tmp.push(dir);
  for (const [rel, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, rel), text);
  return loadKnowledge(dir, { today: new Date('2026-11-23T12:00:00Z') });
}

const k = kb({
  'safety.yaml': `emergency: If anyone is in danger, call 999.
categories:
  - id: self-harm
    label: Suicide or self-harm
    patterns: ["\\\\bsuicid", "\\\\bcant go on\\\\b", "\\\\bhurt(ing)? (him|her)self\\\\b"]
    message: Please talk to someone now.
    services: [samaritans]
  - id: missing-child
    label: A missing child
    patterns: ["\\\\b(is|has gone|gone) missing\\\\b"]
    message: Call 999 if a child is missing.
`,
  'services.yaml': `services:
  - id: samaritans
    name: Samaritans
    what: Someone to talk to, day or night.
    who: Anyone.
    area: england
    contacts:
      - kind: phone
        value: "116 123"
        source: { title: Samaritans — Contact us, url: "https://www.samaritans.org/how-we-can-help/contact-samaritan/" }
    reviewed: 2026-11-01
`,
  'synonyms.yaml': 'spellings:\n  suicidal: suicidal\n  sucidal: suicidal\n',
});
const screen = createSafetyScreen(k);

describe('the safety screen', () => {
  it('catches a risk anywhere in a long message, with the emergency line and sourced services', () => {
    const hit = screen('Quick question about the EHCP timeline. Also my son has been hurting himself and I do not know what to do.');
    expect(hit?.emergency).toBe('If anyone is in danger, call 999.');
    expect(hit?.categories.map((c) => c.id)).toEqual(['self-harm']);
    expect(hit?.categories[0].services.map((s) => s.id)).toEqual(['samaritans']);
  });
  it('screens the same before and after prepare() builds its pattern scan, and prepare() twice is harmless', () => {
    const fresh = createSafetyScreen(k);
    const risk = 'my son has been hurting himself again';
    const before = fresh(risk);
    fresh.prepare();
    fresh.prepare();
    expect(before?.layer).toBe('patterns');
    expect(fresh(risk)).toEqual(before);
    expect(fresh('how long does the council have to decide about an assessment')).toBeNull();
  });

  it('matches the normalised text: apostrophes, capitals, punctuation', () => {
    expect(screen('I CAN’T GO ON!!!')?.categories[0].id).toBe('self-harm');
    expect(screen("i can't go on")).not.toBeNull();
    expect(screen('my daughter has gone   missing')?.categories[0].id).toBe('missing-child');
  });
  it('fixes known misspellings before matching', () => {
    expect(screen('she feels sucidal')).not.toBeNull();
  });
  it('reports every category that matches', () => {
    expect(screen('he is missing and talked about suicide')?.categories.map((c) => c.id).sort()).toEqual(['missing-child', 'self-harm']);
  });
  it('lets ordinary messages through, and never throws on odd input', () => {
    expect(screen('how long does the council have to decide on an assessment')).toBeNull();
    for (const t of ['', '   ', '\u0000', 'a'.repeat(10000), undefined as unknown as string]) expect(screen(t)).toBeNull();
  });
});

describe('very long messages', () => {
  const real = createSafetyScreen(loadKnowledge());
  const filler = 'school has been really hard this year and the meetings keep getting moved. ';
  it('screens the first 4,000 characters, even of a 256 KB message', () => {
    expect(SCREEN_MAX_CHARS).toBe(4000);
    const risk = 'my son says he wants to kill himself. ';
    const head = filler.repeat(Math.floor((SCREEN_MAX_CHARS - risk.length) / filler.length));
    const huge = (head + risk + filler.repeat(4000)).slice(0, 256 * 1024);
    expect(head.length + risk.length).toBeLessThanOrEqual(SCREEN_MAX_CHARS);
    expect(real(huge)?.categories.map((c) => c.id)).toContain('self-harm');
  });
  it('reads a spelt-out "I\'m" or a fixed spelling in the middle of a long story', () => {
    const noModel = createSafetyScreen(loadKnowledge(), { model: false });
    const head = filler.repeat(8), tail = filler.repeat(8);
    // Caught only once "im" is read as "i am": neither the text as typed nor the normalised form matches.
    expect(noModel("I'm a danger to myself")).not.toBeNull();
    expect(noModel(`${head}I'm a danger to myself. ${tail}`)?.categories.map((c) => c.id)).toContain('parent-crisis');
  });
  it('spells out only the stretch around the words that change', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
    words[50] = 'im';
    const forms = spelledForms(words.join(' '), {});
    expect(forms).toHaveLength(1);
    expect(forms[0].split(' ')).toHaveLength(2 * SPELL_WINDOW + 2);
    expect(forms[0]).toContain('w49 i am w51');
    expect(spelledForms('nothing to change here', {})).toEqual([]);
    words[60] = 'ive';
    expect(spelledForms(words.join(' '), {})).toHaveLength(1);
    expect(spelledForms('im ok', { ok: 'okay' })).toEqual(['i am okay']);
  });
  it('gives the stretches that reading every word would, word edges and empty words included', () => {
    // Every word looked up, the changed ones' stretches joined: the plain reading the screen's own must equal.
    const contractions: Record<string, string> = { im: 'i am', ive: 'i have', ill: 'i will', hes: 'he is', shes: 'she is', theyre: 'they are', youre: 'you are' };
    const plain = (norm: string, spellings: Record<string, string>): string[] => {
      const words = norm.split(' ');
      const fixed = words.map((w) => (Object.hasOwn(contractions, w) ? contractions[w] : Object.hasOwn(spellings, w) ? spellings[w] : w));
      const spans: Array<[number, number]> = [];
      for (let i = 0; i < words.length; i++) {
        if (fixed[i] === words[i]) continue;
        const a = Math.max(0, i - SPELL_WINDOW), b = Math.min(words.length, i + SPELL_WINDOW + 1);
        const last = spans[spans.length - 1];
        if (last && a <= last[1]) last[1] = b;
        else spans.push([a, b]);
      }
      return spans.map(([a, b]) => fixed.slice(a, b).join(' '));
    };
    const vocab = ['im', 'ive', 'ill', 'hes', 'ok', 'okay', 'the', 'a', '', 'constructor', 'tostring', 'school', 'cant', 'he', 'is', 'skool', 'x'];
    const spellings = { ok: 'okay', skool: 'school', a: 'an', '': 'blank', cant: 'cant' };
    let seed = 7;
    const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let t = 0; t < 3000; t++) {
      const words = Array.from({ length: Math.floor(next() * 100) }, () => vocab[Math.floor(next() * vocab.length)]);
      const norm = words.join(' ');
      expect(spelledForms(norm, spellings)).toEqual(plain(norm, spellings));
      expect(spelledForms(norm, {})).toEqual(plain(norm, {}));
    }
  });
  it('does not read past the limit', () => {
    expect(real(`${'x '.repeat(SCREEN_MAX_CHARS / 2)}my son says he wants to kill himself`)).toBeNull();
  });
});

describe('a category\'s patterns as one regular expression', () => {
  it('checks the word edge once only where every branch of a pattern starts with one', () => {
    expect(startsAtWordEdge('\\bsuicid')).toBe(true);
    expect(startsAtWordEdge('\\bseizing\\b|\\b(is|s) having a seizure')).toBe(true);
    expect(startsAtWordEdge('\\bone|two')).toBe(false);
    expect(startsAtWordEdge('(?<!x)\\bone')).toBe(false);
    expect(startsAtWordEdge('\\b[|]x')).toBe(true);
  });
  it('matches exactly what the patterns match one by one', () => {
    const patterns = ['\\bcant breathe', '\\bone|two', 'three\\b', '\\bgun\\b(?<!\\blike a gun)'];
    const many = Array.from({ length: 45 }, (_, i) => `\\bword${i}\\b`);
    for (const ps of [patterns, [...many, ...patterns]]) {
      const res = categoryRegexes(ps);
      expect(res.length).toBe(Math.ceil(ps.length / 40));
      for (const text of ['i cant breathe', 'xtwo', 'twothree', 'it felt like a gun to my head', 'he has a gun', 'xcant breathe', 'xone', 'nothing', 'word44', 'word7x'])
        expect(res.some((re) => re.test(text)), text).toBe(ps.some((p) => new RegExp(p, 'i').test(text)));
    }
  });
});

describe('the real safety patterns', () => {
  const real = createSafetyScreen(loadKnowledge());
  it('has categories with services that resolve', () => {
    const hit = real('my son says he wants to kill himself');
    expect(hit).not.toBeNull();
    expect(hit!.emergency).toMatch(/999/);
    expect(hit!.categories.every((c) => c.services.length > 0)).toBe(true);
  });
});

describe('the categories for every kind of danger', () => {
  const real = createSafetyScreen(loadKnowledge());
  const cases: Array<[string, string, string[]]> = [
    ['he has been fitting for ten minutes and will not come round', 'medical-emergency', ['emergency-999', 'nhs-111']],
    ['she said last week everyone would be better off without her', 'self-harm', ['nhs-111']],
    ['a man she met on roblox wants her to keep their chats secret', 'online-grooming', ['ceop', 'police-101']],
    ['my partner strangled me last night', 'domestic-abuse', ['domestic-abuse-helpline', 'emergency-999']],
    ['I am scared I will hurt my son', 'parent-harm-fear', ['nspcc']],
    ['she is making herself sick after meals and fainted today', 'eating-disorder', ['nhs-111']],
    ['during the meltdown he threatened his sister with a knife', 'violence-weapon', ['emergency-999']],
    ['after the restraint at school he came home with bruises', 'abuse', ['nspcc']],
    ['he never arrived at school and nobody knows where he is', 'missing-child', ['emergency-999']],
  ];
  it.each(cases)('%s → %s, with its own services', (q, id, services) => {
    const c = real(q)?.categories.find((x) => x.id === id);
    expect(c, q).toBeDefined();
    for (const s of services) expect(c!.services.find((x) => x.id === s)?.contacts.length, s).toBeGreaterThan(0);
  });
  it('keeps ordinary SEND talk with danger words out', () => {
    for (const q of ['she is dying to start college', 'the school shot down our request', 'he has been killing it at football', 'he cannot use a knife and fork yet'])
      expect(real(q), q).toBeNull();
  });
});

describe('the second layer (a classifier learned offline, read at start-up)', () => {
  const k = loadKnowledge();
  const real = createSafetyScreen(k);
  const indirect = "my lad keeps telling me there's nothing to stay around for";
  it('catches wording no pattern lists, with a gentler check-in: 999 and the key services', () => {
    expect(createSafetyScreen(k, { model: false })(indirect)).toBeNull();
    const hit = real(indirect);
    expect(hit?.layer).toBe('model');
    expect(hit!.categories.map((c) => c.id)).toEqual(['check-in']);
    const text = safetyText(hit!, k.text);
    expect(text.startsWith(k.text('safety.checkIn').trim().slice(0, 40))).toBe(true);
    expect(text).toContain('call [999](tel:999)');
    for (const s of ['Samaritans', 'NHS 111']) expect(text).toContain(s);
  });
  it('leaves the pattern reply alone when a pattern matches', () => {
    expect(real('my son says he wants to kill himself')?.layer).toBe('patterns');
  });
  it('scores a long message in one walk over its words, as if each sentence and the whole were featurised apart', () => {
    // The weights alone (the screen adds the neighbours to these: test/safety.neighbours.test.ts).
    const m = safetyModelFrom(k.safety.model!, { spellings: k.synonyms.spellings, cutoffs: k.safety.model!.cutoffs });
    const features = (t: string) => safetyFeatures(t, k.synonyms.spellings, k.safety.model!.charGrams, k.safety.model!.idioms);
    const texts = [
      indirect,
      'We had the review. The school is killing me with paperwork! But he said he does not want to be here anymore; I never know what to do\nbtw the taxi is late',
      "She's been so low lately and also she hasn't eaten. Hi. ok",
      'Not sure. Does he qualify for transport and then an EHCP?',
      // Text-speak that becomes several words ("idk": a negation inside), repeated words and pairs.
      'idk wat to do, ds wont eat n im scared he will hurt himself. im not ok, im not ok at all',
    ];
    for (const t of texts) {
      const { whole, sentences, spans } = m.scores(t);
      expect(whole, t).toBeCloseTo(m.scoreFeatures(features(t)), 12);
      expect(sentences.length, t).toBe(segments(t).length - 1);
      // Where each sentence is, as the neighbours read it: the same sentences as segments().
      expect(sentences.map((_, i) => t.slice(spans[2 * i], spans[2 * i + 1]).trim()), t).toEqual(segments(t).slice(1));
      segments(t).slice(1).forEach((s, i) => expect(sentences[i], s).toBeCloseTo(m.scoreFeatures(features(s)), 12));
    }
    expect(m.scores(texts[1]).sentences.length).toBe(5);
  });
  it('reads a story whole: one sentence decides alone only when it is clearly risk', () => {
    const { whole: MODEL_THRESHOLD, sentence: SENTENCE_THRESHOLD, storyMean: STORY_MEAN_THRESHOLD, storySentence: STORY_SENTENCE_THRESHOLD, storyMinWords } = SAFETY_CUTOFFS;
    const model = (whole: number, sentences: number[]): SafetyModel => ({ threshold: MODEL_THRESHOLD, cutoffs: SAFETY_CUTOFFS, score: () => 0, scoreFeatures: () => 0, scores: () => ({ whole, sentences, spans: [] }) });
    const story = storyMinWords, short = storyMinWords - 1;
    const fires = (m: SafetyModel, words: number) => secondLayerScore(m, 'text', words) >= MODEL_THRESHOLD;
    // One worrying sentence: a short message fires at SENTENCE_THRESHOLD, a long ordinary story does not.
    expect(fires(model(0.1, [0.1, SENTENCE_THRESHOLD]), short)).toBe(true);
    expect(fires(model(0.1, [0.1, SENTENCE_THRESHOLD - 0.02]), short)).toBe(false);
    expect(fires(model(0.1, [0.1, SENTENCE_THRESHOLD]), story)).toBe(false);
    // A clearly risky sentence decides alone, however ordinary the rest.
    expect(fires(model(0.05, [0.05, STORY_SENTENCE_THRESHOLD]), story)).toBe(true);
    expect(fires(model(0.05, [0.05, STORY_SENTENCE_THRESHOLD - 0.02]), story)).toBe(false);
    // The whole text counts on its own, and with its riskiest sentence.
    expect(fires(model(MODEL_THRESHOLD, [0.1, 0.2]), story)).toBe(true);
    expect(fires(model(MODEL_THRESHOLD - 0.01, [0.1, 0.2]), short)).toBe(false);
    expect(fires(model(0.3, [0.1, 2 * STORY_MEAN_THRESHOLD - 0.3 + 0.01]), story)).toBe(true);
    expect(fires(model(0.3, [0.1, 2 * STORY_MEAN_THRESHOLD - 0.3 - 0.02]), story)).toBe(false);
    // One sentence is not a story.
    expect(fires(model(0.1, []), story)).toBe(false);
  });
  it('is made once per knowledge', () => {
    expect(safetyModelFor(k)).not.toBeNull();
    expect(safetyModelFor(k)).toBe(safetyModelFor(k));
  });
  it('letter 4-grams let a misspelling share features with the word it means', () => {
    const typo = safetyFeatures('sucidal', {}, 4).filter((f) => f.startsWith('#'));
    const word = safetyFeatures('suicidal', {}, 4);
    expect(typo.filter((f) => word.includes(f)).length).toBeGreaterThanOrEqual(3);
    expect(safetyFeatures('suicidal').some((f) => f.startsWith('#'))).toBe(false);
  });
  it('folds tense away and keeps negation', () => {
    const [take] = safetyFeatures('take');
    expect(safetyFeatures('she took her pills')).toContain(take);
    expect(safetyFeatures('she is taking her pills')).toContain(take);
    expect(safetyFeatures('she cut her arm')).toContain(safetyFeatures('cutting')[0]);
    const [live] = safetyFeatures('live');
    expect(safetyFeatures('he does not want to live')).toContain(`not_${live}`);
    expect(safetyFeatures("he doesn't want to live")).toContain(`not_${live}`);
    expect(safetyFeatures('he wants to live')).not.toContain(`not_${live}`);
  });
});

describe('the crisis reply fits one phone screen', () => {
  const k = loadKnowledge();
  const real = createSafetyScreen(k);
  it('999 first, then the category and its first services as tel: links; the rest under "More help"', () => {
    const text = safetyText(real('my partner hit me last night and I am scared of him')!, k.text);
    const [first, more] = text.split('**More help**');
    expect(first.indexOf('999')).toBeLessThan(first.indexOf('Domestic Abuse Helpline'));
    expect(first).toContain('[0808 2000 247](tel:08082000247)');
    expect(first).toContain('[999](tel:999)');
    expect(first.split('\n').filter((l) => l.startsWith('- **')).length).toBeLessThanOrEqual(4);
    expect(first.length).toBeLessThan(1200);
    expect(more).toBeDefined();
    expect(more).toContain('source:'); // full details with sources come after
  });
  it('the emergency line itself is a tap-to-call 999, in the crisis reply and in the check-in', () => {
    const crisis = safetyText(real('my partner hit me last night and I am scared of him')!, k.text);
    expect(crisis.split('\n')[0]).toContain('[999](tel:999)');
    const checkIn = safetyText(real("my lad keeps telling me there's nothing to stay around for")!, k.text);
    expect(checkIn.split('\n')[0]).toContain('[999](tel:999)');
  });
  it('in Teams, a "Call 999" button follows the emergency line, before any other call button', () => {
    const card = adaptiveCard(safetyText(real('she has stopped breathing')!, k.text));
    const [firstBlock, firstActions] = card.body as Array<{ type: string; text?: string; actions?: Array<{ title: string; url: string }> }>;
    expect(firstBlock.text).toContain('999');
    expect(firstActions.type).toBe('ActionSet');
    expect(firstActions.actions![0]).toMatchObject({ title: 'Call 999', url: 'tel:999' });
    const calls = (card.body as Array<{ actions?: Array<{ url: string }> }>).flatMap((b) => b.actions ?? []).map((a) => a.url);
    expect(calls.filter((u) => u === 'tel:999')).toHaveLength(1);
  });
  it('a reply with one category and no other services has no empty "More help"', () => {
    const text = safetyText({ emergency: 'Call 999.', categories: [{ id: 'x', label: 'X', message: 'Get help.', services: [] }] }, k.text);
    expect(text).toBe('Call 999.\n\nGet help.');
  });
});
