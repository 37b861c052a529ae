import { describe, expect, it } from 'vitest';
import { dateAlone, deadlineDetailsFromText } from '../src/core/deadlineFromText';
import { givenDatesText } from '../src/core/deadlineText';
import { wordingFrom } from '../src/core/wording';
import { createTestBot, realKnowledge, visibleText } from './helpers/testBot';

const milestones = realKnowledge().deadlines!.milestones;
const today = { y: 2026, m: 11, d: 23 };
const find = (text: string) => deadlineDetailsFromText(text, milestones, today);

describe('a milestone and its dates in a parent\'s own words', () => {
  it.each([
    ['the council got our request on 3/3/26', 'asked-for-assessment', { request: { y: 2026, m: 3, d: 3 } }],
    ['work out my deadlines, the council got my request on 3 March 2026', 'asked-for-assessment', { request: { y: 2026, m: 3, d: 3 } }],
    ['we asked for an assessment on 3 March 2026', 'asked-for-assessment', { request: { y: 2026, m: 3, d: 3 } }],
    ['decision letter dated 1 Oct, mediation certificate 20 Nov, when\'s my deadline?', 'mediation-certificate', { decision: { y: 2026, m: 10, d: 1 }, certificate: { y: 2026, m: 11, d: 20 } }],
    ['We got the draft plan on 2/11/2026', 'draft-plan-received', { draft: { y: 2026, m: 11, d: 2 } }],
    ['On 12 October 2026 we had the annual review meeting', 'annual-review-meeting', { meeting: { y: 2026, m: 10, d: 12 } }],
  ])('"%s"', (text, milestoneId, dates) => {
    expect(find(text)).toEqual({ milestoneId, dates });
  });

  it.each([
    'how long does the council have to decide about an assessment',
    'my son was born on 3/3/2015 and has autism',
    'the decision letter came last week',
  ])('nothing without both a milestone and a date: "%s"', (text) => {
    expect(find(text)).toBeUndefined();
  });
});

describe('a date typed on its own', () => {
  it.each([
    ['3/3/26', { y: 2026, m: 3, d: 3 }],
    ['on 3 March 2026', { y: 2026, m: 3, d: 3 }],
    ['it was 3/3/26', { y: 2026, m: 3, d: 3 }],
    ['1 Oct', { y: 2026, m: 10, d: 1 }],
    ['3/3/26 please', { y: 2026, m: 3, d: 3 }],
  ])('%j is a date alone', (text, date) => {
    expect(dateAlone(text, today)).toEqual(date);
  });
  it.each(['3', 'May', 'we asked on 3/3/26', '3/3/26, 4/4/26', '31/02/26', '2/2/2027', 'hi'])('%j is not', (text) => {
    expect(dateAlone(text, today)).toBeUndefined();
  });
});

describe('the deadlines journey started from free text', () => {
  const knowledge = realKnowledge();
  const say = (key: string) => knowledge.dialogText.deadlines[key];
  const NOW = new Date('2026-11-23T12:00:00Z');

  it('"the council got our request on 3/3/26" → the deadlines at once', async () => {
    const bot = createTestBot({ now: NOW });
    const seen = visibleText(await bot.say('the council got our request on 3/3/26'));
    expect(seen).toContain('From what you wrote');
    expect(seen).toContain('3 March 2026');
    expect(seen).toContain(say('results.intro').split('{')[0]);
    expect(seen).not.toContain(knowledge.text('question.noAnswer').split('\n')[0]);
  });

  it('two milestones\' dates in one message fill both dates of the later one', async () => {
    const bot = createTestBot({ now: NOW });
    const seen = visibleText(await bot.say("decision letter dated 1 Oct, mediation certificate 20 Nov, when's my deadline?"));
    expect(seen).toContain(milestones.find((m) => m.id === 'mediation-certificate')!.label);
    expect(seen).toContain(say('results.intro').split('{')[0]);
    // Each date is said with what it is, never two dates run together after one milestone.
    expect(seen).toContain(`${say('dateName.certificate')}: **Friday 20 November 2026**`);
    expect(seen).toContain(`${say('dateName.decision')}: **Thursday 1 October 2026**`);
    expect(seen).not.toMatch(/2026, \w+day \d/);
  });

  it('"3/3/26" alone at the menu → which milestone, then that date offered as a button at its first date question', async () => {
    const bot = createTestBot({ now: NOW, channelId: 'webchat' });
    const asked = visibleText(await bot.say('3/3/26'));
    expect(asked).toContain(say('milestone.datePrompt').replace('{date}', 'Tuesday 3 March 2026'));
    expect(asked).toContain(milestones[0].label);
    expect(asked).not.toContain(knowledge.text('question.noClearAnswer'));
    // "The council agreed to assess" asks first for the request's date: the typed date is offered, not assumed.
    const agreed = milestones.find((m) => m.id === 'assessment-agreed')!;
    const dateAsked = await bot.say(agreed.label);
    expect(visibleText(dateAsked)).toContain(agreed.dates[0].question);
    expect(visibleText(dateAsked)).toContain('[Tuesday 3 March 2026]');
    expect(visibleText(await bot.say('Tuesday 3 March 2026'))).toContain(say('results.intro').split('{')[0]);
  });

  it('at the milestone question, "we asked for an assessment on 3 March 2026" gives the deadlines', async () => {
    const bot = createTestBot({ now: NOW });
    await bot.say(knowledge.text('menu.deadlines'));
    const seen = visibleText(await bot.say('we asked for an assessment on 3 March 2026'));
    expect(seen).toContain(say('results.intro').split('{')[0]);
    expect(seen).not.toContain(say('milestone.retry'));
  });
});

describe('saying back what was understood', () => {
  const knowledge = realKnowledge();
  const words = knowledge.dialogText.deadlines;
  const say = wordingFrom(words, 'dialogs/deadlines.yaml');
  it('every date a milestone asks for has a name to say it by', () => {
    for (const m of milestones) for (const d of m.dates) expect(words[`dateName.${d.id}`], `${m.id} › ${d.id}`).toBeTruthy();
  });
  it('one line per date, in the milestone\'s order, each with its own name and date', () => {
    const mediation = milestones.find((m) => m.id === 'mediation-certificate')!;
    const text = givenDatesText(mediation, { decision: { y: 2026, m: 10, d: 1 }, certificate: { y: 2026, m: 11, d: 29 } }, say, words);
    expect(text).toBe(say('fromText.understood', {
      milestone: mediation.label,
      dates: `- ${words['dateName.certificate']}: **Sunday 29 November 2026**\n- ${words['dateName.decision']}: **Thursday 1 October 2026**`,
    }));
  });
});
