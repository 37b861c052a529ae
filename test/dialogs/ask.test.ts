import { describe, expect, it } from 'vitest';
import { AskDialog, AskSpec, LONG_TEXT_MAX } from '../../dialogs/ask';
import type { AskOption } from '../../src/core/choice';
import { looksLikeQuestion } from '../../src/core/text';
import { answerText } from '../../src/core/render';
import type { Entry } from '../../src/core/model';
import { testDeps } from '../helpers/testBot';
import { journeyWords } from '../helpers/journeys';
import { COMPLETE, dialogClient, last, numberedChoices, texts, WAITING } from '../helpers/dialogClient';

/**
 * AskDialog on its own: one question with buttons or a typed field, and every odd answer to it.
 * The question text and buttons come from the caller; what AskDialog itself says comes from the
 * `ask.*` and `field.*` wording of the dialog it works for (here assessmentRights, which has them all).
 */

const NOW = new Date('2026-11-23T10:00:00Z');
const deps = testDeps({ now: NOW });
const k = deps.knowledge;
const w = journeyWords('assessmentRights');
const ls = journeyWords('localServices');
const split = (words: string) => words.split(';').map((s) => s.trim()).filter(Boolean);

const AREAS: AskOption[] = [
  { title: ls('area.dorset'), value: 'dorset', words: split(ls('area.dorset.words')) },
  { title: ls('area.bcp'), value: 'bcp', words: split(ls('area.bcp.words')), wordsFirst: true },
  { title: ls('area.england'), value: 'england', words: split(ls('area.england.words')) },
  { title: ls('area.notSure'), value: 'notSure', words: split(ls('area.notSure.words')), hidden: true },
];
const areaQuestion: AskSpec = { prompt: ls('ask.area'), options: AREAS };
const shownAreas = AREAS.filter((o) => !o.hidden).map((o) => o.title);
const field = (prompt: string, kind: AskSpec['field']): AskSpec => ({ prompt: w(prompt), options: [], field: kind, skippable: true });

/** A client at the question (the first turn begins the dialog and asks it). */
async function asked(spec: AskSpec, channelId = 'test') {
  const ask = dialogClient(new AskDialog('ask', deps, 'assessmentRights'), spec, channelId);
  // Object.assign, not a spread: a spread would freeze the `turn` getter at its first value.
  return Object.assign(ask, { first: await ask.say('hi') });
}

/** An entry the matcher answers outright, and a question it is only unsure about (from the live knowledge). */
const answered = (question: string): Entry => {
  const outcome = deps.matcher.match(question);
  if (outcome.kind !== 'answer') throw new Error(`the matcher should answer "${question}", got ${outcome.kind}`);
  return outcome.entry;
};
const unclear = ['Is there a form?', 'appeal', 'school', 'plan', 'review', 'help with school', 'council', 'letter']
  .map((q) => ({ q, outcome: deps.matcher.match(q) }))
  .find((c) => c.outcome.kind === 'didYouMean' && !AREAS.some((a) => a.words!.includes(c.q.toLowerCase())));

describe('AskDialog: a question with buttons', () => {
  it('asks the question once, lists only the visible buttons, and waits', async () => {
    const { first, turn } = await asked(areaQuestion);
    expect(first).toHaveLength(1);
    expect(first[0].text!.startsWith(ls('ask.area'))).toBe(true);
    expect(numberedChoices(first[0])).toEqual(shownAreas);
    expect(turn.status).toBe(WAITING);
  });

  it('a button title ends the dialog with that option, saying nothing itself', async () => {
    const ask = await asked(areaQuestion);
    expect(await ask.say(ls('area.bcp'))).toEqual([]);
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'bcp' } });
  });

  it.each(['no thanks', "that's all, thanks", 'bye'])('%j with no journey around to end: "didn\'t catch that", the question again', async (said) => {
    // In the bot the main dialog handles the event and ends the journey (test/bot.smallTalk.test.ts).
    const ask = await asked(areaQuestion);
    const replies = await ask.say(said);
    expect(replies[0].text!.startsWith(`${w('ask.notUnderstood')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
  });

  it.each(['idk', 'not sure', "I don't know"])('%j at a question with no "not sure" option: what to do, the question again, nothing chosen', async (said) => {
    const need: AskSpec = { prompt: ls('ask.need'), options: AREAS.filter((o) => !o.hidden) };
    const ask = await asked(need);
    const replies = await ask.say(said);
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(`${w('ask.unsure')}\n\n${ls('ask.need')}`)).toBe(true);
    expect(numberedChoices(replies[0])).toEqual(shownAreas);
    expect(ask.turn.status).toBe(WAITING);
  });

  it('"not sure" at a question that has its own "not sure" option picks that option', async () => {
    const ask = await asked(areaQuestion);
    expect(await ask.say('not sure')).toEqual([]);
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'notSure' } });
  });

  it('a number picks the button shown at that place; a number with no button is "didn\'t catch that"', async () => {
    const ask = await asked(areaQuestion);
    // 4 would be the hidden "not sure" option if hidden options were numbered.
    const replies = await ask.say('4');
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(`${w('ask.notUnderstood')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
    await ask.say('3');
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'england' } });
  });

  it.each([
    ['we live in Weymouth', 'dorset'],
    ['Poole, Dorset', 'bcp'], // wordsFirst: Poole is BCP even though "Dorset" is Dorset Council's word
    ["I don't know", 'notSure'], // a hidden option is chosen by its words
  ])('words inside a reply choose an option: %j → %s', async (said, value) => {
    const ask = await asked(areaQuestion);
    await ask.say(said);
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value } });
  });

  it('a question typed instead is answered, then "Shall we carry on?" and the same question; an answer still works', async () => {
    const question = 'What is a SENCO?';
    const entry = answered(question);
    const ask = await asked(areaQuestion);
    const replies = await ask.say(question);
    expect(replies[0].text).toBe(answerText(entry, k.text));
    expect(last(replies)!.text!.startsWith(`${w('ask.carryOn')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
    // Follow-ups of an answer to a typed question are not offered here: only the question's own buttons.
    expect(numberedChoices(last(replies))).toEqual(shownAreas);
    await ask.say('1');
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'dorset' } });
  });

  it('an unclear question offers "Did you mean…" buttons first; the number of one answers it and asks again', async () => {
    expect(unclear, 'one of the candidates should be unclear to the matcher').toBeDefined();
    const options = (unclear!.outcome as { options: Entry[] }).options.slice(0, 3);
    const ask = await asked(areaQuestion);
    const replies = await ask.say(unclear!.q);
    expect(last(replies)!.text!.startsWith(`${k.text('question.didYouMean')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(numberedChoices(last(replies))).toEqual([...options.map((e) => e.title), ...shownAreas]);

    const picked = await ask.say('1');
    expect(picked[0].text).toBe(answerText(options[0], k.text));
    expect(last(picked)!.text!.startsWith(`${w('ask.carryOn')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
    // The area buttons come after whatever is offered now, so their own titles still work.
    await ask.say(ls('area.dorset'));
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'dorset' } });
  });

  it.each(['2', 'option 2', 'the second one', 'two'])('after "Did you mean…", %j is the second button on screen, not the second area', async (said) => {
    const options = (unclear!.outcome as { options: Entry[] }).options.slice(0, 3);
    const ask = await asked(areaQuestion);
    await ask.say(unclear!.q);
    const picked = await ask.say(said);
    expect(picked[0].text).toBe(answerText(options[1], k.text));
    expect(ask.turn.status).toBe(WAITING);
  });

  it('with "Did you mean…" buttons on screen, a number past them picks the area shown at that place', async () => {
    const offered = (unclear!.outcome as { options: Entry[] }).options.slice(0, 3).length;
    const ask = await asked(areaQuestion);
    await ask.say(unclear!.q);
    expect(await ask.say(`option ${offered + 2}`)).toEqual([]);
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'bcp' } });
  });

  it('a question that lets go (`release`) hands back anything that is not an option, unanswered', async () => {
    const ask = await asked({ ...areaQuestion, release: true });
    expect(await ask.say('what is an EHCP?')).toEqual([]);
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'elsewhere', text: 'what is an EHCP?' } });
    const again = await asked({ ...areaQuestion, release: true });
    await again.say('Christchurch');
    expect(again.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'bcp' } });
  });

  it('a question that lets go still keeps what is neither a question nor about SEND ("asdfgh"): "didn\'t catch that"', async () => {
    const ask = await asked({ ...areaQuestion, release: true });
    const replies = await ask.say('asdfgh');
    expect(replies[0].text!.startsWith(`${w('ask.notUnderstood')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
  });

  it('a SEND question it has no clear answer to gets the honest reply, the closest topics first, and the same question', async () => {
    const question = 'can my son take his weighted blanket on the school trip?';
    expect(deps.matcher.match(question)).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    const closest = deps.matcher.search(question, 3).map((r) => r.entry);
    expect(closest.length).toBeGreaterThan(0);
    const ask = await asked(areaQuestion);
    const replies = await ask.say(question);
    const said = texts(replies);
    expect(said).toContain(k.text('question.noClearAnswer'));
    expect(said).not.toContain(w('ask.notUnderstood'));
    expect(last(replies)!.text!.startsWith(`${k.text('question.closestTopics')}\n\n${w('ask.carryOn')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(numberedChoices(last(replies))).toEqual([...closest.map((e) => e.title), ...shownAreas]);
    expect(ask.turn.status).toBe(WAITING);
    // A closest topic is answered by its number; the area question still follows, and its buttons still work.
    const picked = await ask.say('1');
    expect(picked[0].text).toBe(answerText(closest[0], k.text));
    await ask.say(ls('area.bcp'));
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'bcp' } });
  });

  it('a question about something else ("how do I fix my boiler?") gets the plain "no answer", then the same question: never "didn\'t catch that"', async () => {
    const question = 'how do I fix my boiler?';
    expect(deps.matcher.match(question)).toEqual({ kind: 'noAnswer', reason: 'notSend' });
    const ask = await asked(areaQuestion);
    const replies = await ask.say(question);
    const said = texts(replies);
    expect(said).toContain(k.text('question.noAnswer'));
    expect(said).not.toContain(w('ask.notUnderstood'));
    expect(last(replies)!.text!.startsWith(`${w('ask.carryOn')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(numberedChoices(last(replies))).toEqual(shownAreas);
    expect(ask.turn.status).toBe(WAITING);
  });

  it.each([
    'my son cant sleep, is there any help',
    'DS is 9 and wont sleep before 2am. any advice',
    'he keeps biting his sleeve till it rips, what can we do about that',
  ])('a story that asks something inside it (%j) is treated as a question, not "didn\'t catch that"', async (said) => {
    expect(deps.matcher.match(said).kind).toBe('noAnswer');
    const ask = await asked(areaQuestion);
    const replies = await ask.say(said);
    expect(texts(replies)).not.toContain(w('ask.notUnderstood'));
    expect(last(replies)!.text!).toContain(`${w('ask.carryOn')}\n\n${ls('ask.area')}`);
    expect(ask.turn.status).toBe(WAITING);
  });

  it('a SEND statement that is not a question ("my son is autistic") is still "didn\'t catch that"', async () => {
    const said = 'my son is autistic and struggles';
    const ask = await asked(areaQuestion);
    const replies = await ask.say(said);
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(`${w('ask.notUnderstood')}\n\n${ls('ask.area')}`)).toBe(true);
  });

  it.each(['flibble wobble', '🙂'])('words that are neither an option nor a question it can answer (%j) get a kind "didn\'t catch that" and the question', async (said) => {
    expect(deps.matcher.match(said).kind).toBe('noAnswer');
    const ask = await asked(areaQuestion);
    const replies = await ask.say(said);
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(`${w('ask.notUnderstood')}\n\n${ls('ask.area')}`)).toBe(true);
    expect(numberedChoices(replies[0])).toEqual(shownAreas);
    expect(ask.turn.status).toBe(WAITING);
  });

  it('"skip" is not an answer to a question that cannot be skipped', async () => {
    const ask = await asked(areaQuestion);
    const replies = await ask.say('skip');
    expect(texts(replies)).toContain(w('ask.notUnderstood'));
    expect(numberedChoices(last(replies))).not.toContain(w('ask.skipButton'));
    expect(ask.turn.status).toBe(WAITING);
  });

  it('a re-prompt (after "help" or a safety message) asks the same question again with nothing in front, keeping "Did you mean…" buttons', async () => {
    const ask = await asked(areaQuestion);
    const offeredBefore = numberedChoices(last(await ask.say(unclear!.q)));
    const replies = await ask.reprompt();
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(ls('ask.area'))).toBe(true);
    expect(numberedChoices(replies[0])).toEqual(offeredBefore);
    await ask.say(ls('area.england'));
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'option', value: 'england' } });
  });

  it('ignores activities that are not messages (typing, events): no reply, still waiting', async () => {
    const ask = await asked(areaQuestion);
    expect(await ask.say({ type: 'typing' })).toEqual([]);
    expect(ask.turn.status).toBe(WAITING);
  });

  it('refuses to start without a question', async () => {
    const ask = dialogClient(new AskDialog('ask', deps, 'assessmentRights'));
    await expect(ask.say('hi')).rejects.toThrow('AskDialog needs a question');
  });
});

describe('AskDialog: typed answers (the letter questions)', () => {
  it('a skippable question lists Skip last; Skip, its number and skip words all end with kind "skip"', async () => {
    for (const said of [w('ask.skipButton'), '1', 'rather not say']) {
      const ask = await asked(field('letter.ask.school', 'short-text'));
      expect(numberedChoices(ask.first[0]), said).toEqual([w('ask.skipButton')]);
      expect(await ask.say(said)).toEqual([]);
      expect(ask.turn, said).toEqual({ status: COMPLETE, result: { kind: 'skip' } });
    }
  });

  it.each([
    ['04/03/2015', 'field.name.looksLikeDate'],
    ['😀', 'field.name.noLetters'],
    ['Sam '.repeat(40), 'field.name.tooLong'],
  ])('a name: %j is asked again with %s', async (said, problem) => {
    const ask = await asked(field('letter.ask.childName', 'name'));
    const replies = await ask.say(said);
    expect(replies).toHaveLength(1);
    expect(replies[0].text!.startsWith(`${w(problem)}\n\n${w('letter.ask.childName')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
  });

  it('a name that starts like a question ("Will Smith") is still a name', async () => {
    const ask = await asked(field('letter.ask.childName', 'name'));
    await ask.say('Will Smith');
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'text', text: 'Will Smith' } });
  });

  it('a question with a "?" at the name is answered, then the name question again', async () => {
    const question = 'What is a SENCO?';
    const entry = answered(question);
    const ask = await asked(field('letter.ask.childName', 'name'));
    const replies = await ask.say(question);
    expect(replies[0].text).toBe(answerText(entry, k.text));
    expect(last(replies)!.text!.startsWith(`${w('ask.carryOn')}\n\n${w('letter.ask.childName')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
  });

  it('a SEND question with no clear answer at the name prompt is never taken as the name: the honest reply, then the name question', async () => {
    const question = 'should my child do the 11 plus with dyslexia?';
    expect(deps.matcher.match(question)).toEqual({ kind: 'noAnswer', reason: 'outOfScope' });
    const ask = await asked(field('letter.ask.childName', 'name'));
    const replies = await ask.say(question);
    expect(texts(replies)).toContain(k.text('question.noClearAnswer'));
    expect(last(replies)!.text!).toContain(w('letter.ask.childName'));
    expect(ask.turn.status).toBe(WAITING);
    await ask.say('Sam Jones');
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'text', text: 'Sam Jones' } });
  });

  it.each([
    ['banana', 'field.dateOfBirth.unrecognised'],
    ['31/2/2015', 'field.dateOfBirth.impossible'],
    ['4 March 2030', 'field.dateOfBirth.inFuture'],
    ['4 March 1990', 'field.dateOfBirth.tooLongAgo'],
    ['last week', 'field.dateOfBirth.vague'],
  ])('a date of birth it cannot use (%j) says what is wrong (%s) and asks again', async (said, problem) => {
    const ask = await asked(field('letter.ask.dateOfBirth', 'date-of-birth'));
    const replies = await ask.say(said);
    expect(replies[0].text!.startsWith(`${w(problem)}\n\n${w('letter.ask.dateOfBirth')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
    await ask.say('4/3/2015');
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'text', text: '4 March 2015' } });
  });

  it('long text: an answer that starts like a question is kept; one ending in "?" is answered, then the question again', async () => {
    const question = 'How long does the council have to decide whether to assess?';
    const entry = answered(question);
    const ask = await asked(field('letter.ask.difficulties', 'long-text'));
    const replies = await ask.say(question);
    expect(replies[0].text).toBe(answerText(entry, k.text));
    expect(last(replies)!.text!.startsWith(`${w('ask.carryOn')}\n\n${w('letter.ask.difficulties')}`)).toBe(true);
    expect(ask.turn.status).toBe(WAITING);
    // Starts like a question ("Does…"), has no "?", and the knowledge has no answer to it: it is the answer.
    const answer = 'Does not sleep well and gets very tired by lunchtime';
    expect(looksLikeQuestion(answer)).toBe(true);
    expect(deps.matcher.match(answer).kind).toBe('noAnswer');
    await ask.say(answer);
    expect(ask.turn).toEqual({ status: COMPLETE, result: { kind: 'text', text: answer } });
  });

  it('text answers need letters and a sensible length (the dialog checks, even if the bot did not)', async () => {
    const school = await asked(field('letter.ask.school', 'short-text'));
    expect(texts(await school.say('🏫'))).toContain(w('field.text.noLetters'));
    expect(texts(await school.say('School '.repeat(40)))).toContain(w('field.shortText.tooLong'));
    expect(school.turn.status).toBe(WAITING);

    const story = await asked(field('letter.ask.difficulties', 'long-text'));
    const replies = await story.say('a'.repeat(LONG_TEXT_MAX + 1));
    expect(replies[0].text!.startsWith(`${w('field.longText.tooLong')}\n\n${w('letter.ask.difficulties')}`)).toBe(true);
    const longest = 'Needs help. '.repeat(200).slice(0, LONG_TEXT_MAX);
    await story.say(longest);
    expect(story.turn).toEqual({ status: COMPLETE, result: { kind: 'text', text: longest.trim() } });
  });
});
