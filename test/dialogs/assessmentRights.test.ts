import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { AssessmentRightsDialog } from '../../dialogs/assessmentRights';
import { LETTER_FILE_NAME, LetterAnswers, requestLetter } from '../../src/core/letters';
import { answerText } from '../../src/core/render';
import type { Entry } from '../../src/core/model';
import { testDeps } from '../helpers/testBot';
import { journeyWords } from '../helpers/journeys';
import { COMPLETE, dialogClient, last, numberedChoices, texts, WAITING } from '../helpers/dialogClient';

/** AssessmentRightsDialog on its own: the five-page tour, then the request letter. */

const NOW = new Date('2026-11-23T10:00:00Z');
const deps = testDeps({ now: NOW });
const k = deps.knowledge;
const w = journeyWords('assessmentRights');
const page = (id: string) => answerText(k.entry(id)!, k.text);
const TOUR = ['who-can-ask-for-ehc-assessment', 'ehc-assessment-legal-test', 'no-diagnosis-needed', 'how-to-request-ehc-assessment', 'ehc-assessment-decision-6-weeks'];
const NEXT_BUTTON = [undefined, 'next.legalTest', 'next.diagnosis', 'next.howToAsk', 'next.whatNext'];
const LETTER_PROMPTS = ['letter.ask.childName', 'letter.ask.dateOfBirth', 'letter.ask.school', 'letter.ask.difficulties', 'letter.ask.supportTried', 'letter.ask.parentName'];
const COUNCILS = [w('letter.council.dorset'), w('letter.council.bcp'), w('letter.council.other')];

async function started(channelId = 'test') {
  const client = dialogClient(new AssessmentRightsDialog(deps), undefined, channelId);
  return Object.assign(client, { first: await client.say('hi') });
}

/** At the letter's council question, offered from the first page of the tour. */
async function atCouncil(channelId = 'test') {
  const client = await started(channelId);
  return Object.assign(client, { councilTurn: await client.say(w('letter.offerButton')) });
}

const asks = (reply: Partial<Activity> | undefined, lead: string) => expect(reply?.text?.startsWith(lead), `"${reply?.text}" should start with "${lead}"`).toBe(true);
const letterIn = (replies: Partial<Activity>[]) => replies.find((r) => r.textFormat === 'plain')?.text;
const fileIn = (replies: Partial<Activity>[]) => replies.flatMap((r) => r.attachments ?? []).find((a) => a.name === LETTER_FILE_NAME);
const answered = (question: string): Entry => {
  const outcome = deps.matcher.match(question);
  if (outcome.kind !== 'answer') throw new Error(`the matcher should answer "${question}", got ${outcome.kind}`);
  return outcome.entry;
};

describe('AssessmentRightsDialog: the tour', () => {
  it('opens with the intro and the first page, offering the next page, the letter and "enough for now"', async () => {
    const { first, turn } = await started();
    expect(first.slice(0, 2).map((r) => r.text)).toEqual([w('intro'), page(TOUR[0])]);
    expect(first).toHaveLength(3);
    asks(first[2], w('tour.prompt'));
    expect(numberedChoices(first[2])).toEqual([w('next.legalTest'), w('letter.offerButton'), w('tour.doneButton')]);
    expect(turn.status).toBe(WAITING);
  });

  it('walks every page in order by button number; the last offers the letter, and "No, thank you" ends the journey', async () => {
    const client = await started();
    // Each service's card is shown once in the journey: the first page that names it.
    const shown = new Set(k.entry(TOUR[0])!.services);
    for (let i = 1; i < TOUR.length; i++) {
      const replies = await client.say('1');
      expect(replies[0].text, TOUR[i]).toBe(page(TOUR[i]));
      // The pages cite the law and guidance they rest on.
      if (TOUR[i] === 'ehc-assessment-legal-test') expect(replies[0].text).toContain('Children and Families Act 2014 s.36(8)');
      if (TOUR[i] === 'how-to-request-ehc-assessment') expect(replies[0].text).toContain('SEND Code of Practice 9.14');
      // Then a card for each service the page names, before the question.
      const cards = replies.slice(1, -1).flatMap((r) => r.attachments ?? []).map((a) => (a.content as { title?: string }).title);
      const fresh = k.entry(TOUR[i])!.services.filter((id) => !shown.has(id) && k.service(id));
      expect(cards, TOUR[i]).toEqual(fresh.map((id) => k.service(id)!.name));
      fresh.forEach((id) => shown.add(id));
      const next = NEXT_BUTTON[i + 1];
      if (next) {
        asks(last(replies), w('tour.prompt'));
        expect(numberedChoices(last(replies))).toEqual([w(next), w('letter.offerButton'), w('tour.doneButton')]);
      } else {
        asks(last(replies), w('letter.offer'));
        expect(numberedChoices(last(replies))).toEqual([w('letter.offerButton'), w('letter.declineButton')]);
      }
    }
    expect(await client.say(w('letter.declineButton'))).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it('"That\'s enough for now" ends the journey at once, saying nothing more', async () => {
    const client = await started();
    expect(await client.say(w('tour.doneButton'))).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it.each(['no thanks', 'No thank you', 'nope', "that's all"])('"%s" at "What next?" ends the journey, as "That\'s enough for now" does', async (said) => {
    const client = await started();
    expect(await client.say(said)).toEqual([]);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it('"the second one" at "What next?" is the second button (the letter)', async () => {
    const client = await started();
    const replies = await client.say('the second one');
    expect(replies[0].text).toBe(w('letter.intro'));
  });

  it('a question typed mid-tour is answered, then the same choices; the tour carries on from the same page', async () => {
    const question = 'Does my child need a diagnosis?';
    const entry = answered(question);
    const client = await started();
    const replies = await client.say(question);
    expect(replies[0].text).toBe(answerText(entry, k.text));
    asks(last(replies), `${w('ask.carryOn')}\n\n${w('tour.prompt')}`);
    expect(numberedChoices(last(replies))).toEqual([w('next.legalTest'), w('letter.offerButton'), w('tour.doneButton')]);
    expect(client.turn.status).toBe(WAITING);
    expect((await client.say(w('next.legalTest')))[0].text).toBe(page(TOUR[1]));
  });

  it('the letter can be asked for in words at any page ("yes please, write a letter")', async () => {
    const client = await started();
    const replies = await client.say('yes please, write a letter');
    expect(replies[0].text).toBe(w('letter.intro'));
    asks(last(replies), w('letter.ask.council'));
  });
});

describe('AssessmentRightsDialog: the request letter', () => {
  it('asks the council, then six questions in order, then shows the letter, a file of it and what to do next', async () => {
    const client = await atCouncil();
    const { councilTurn } = client;
    expect(councilTurn[0].text).toBe(w('letter.intro'));
    asks(last(councilTurn), w('letter.ask.council'));
    expect(numberedChoices(last(councilTurn))).toEqual(COUNCILS);

    const typed = ['Sam Smith', '4/3/2015', 'Hill Top Primary', 'Sam finds reading very hard.', 'A reading group since January.', 'Jo Smith'];
    let replies = await client.say(w('letter.council.dorset'));
    for (let i = 0; i < typed.length; i++) {
      asks(last(replies), w(LETTER_PROMPTS[i]));
      expect(numberedChoices(last(replies))).toEqual([w('ask.skipButton')]);
      replies = await client.say(typed[i]);
    }
    const answers: LetterAnswers = {
      council: 'dorset', childName: 'Sam Smith', dateOfBirth: '4 March 2015', school: 'Hill Top Primary',
      difficulties: 'Sam finds reading very hard.', supportTried: 'A reading group since January.', parentName: 'Jo Smith',
    };
    const letter = requestLetter(answers, NOW);
    expect(replies.map((r) => r.text)).toEqual([w('letter.ready'), letter, w('letter.download').replace('{link}', LETTER_FILE_NAME), w('letter.nextSteps.dorset')]);
    expect(letterIn(replies)).toBe(letter); // plain text: the parent's words are never read as Markdown
    const file = fileIn(replies)!;
    expect(file.contentType).toBe('text/plain; charset=utf-8');
    expect(Buffer.from(file.contentUrl!.split(',')[1], 'base64').toString('utf8')).toBe(letter);
    expect(client.turn).toEqual({ status: COMPLETE, result: undefined });
  });

  it('every question can be skipped; the council can be given in words ("we are in Poole")', async () => {
    const client = await atCouncil();
    await client.say('we are in Poole');
    let replies: Partial<Activity>[] = [];
    for (let i = 0; i < LETTER_PROMPTS.length; i++) replies = await client.say(i % 2 ? 'skip' : w('ask.skipButton'));
    expect(letterIn(replies)).toBe(requestLetter({ council: 'bcp' }, NOW));
    expect(texts(replies)).toContain(w('letter.nextSteps.bcp'));
  });

  it.each([
    ['Poole, Dorset', 'bcp'], // Poole is BCP, whatever else is said
    ['Weymouth', 'dorset'],
    ['3', 'other'],
  ] as const)('understands %j as the council (%s): the letter is addressed to it, with that council\'s next steps', async (said, council) => {
    const client = await atCouncil();
    asks(last(await client.say(said)), w('letter.ask.childName'));
    let replies: Partial<Activity>[] = [];
    for (let i = 0; i < LETTER_PROMPTS.length; i++) replies = await client.say('skip');
    expect(letterIn(replies)).toBe(requestLetter({ council }, NOW));
    expect(texts(replies)).toContain(w(`letter.nextSteps.${council}`));
  });

  it('each question checks its own kind of answer: a date at the name is refused, an unreadable date of birth is re-asked', async () => {
    const client = await atCouncil();
    await client.say(w('letter.council.other'));
    asks((await client.say('04/03/2015'))[0], `${w('field.name.looksLikeDate')}\n\n${w('letter.ask.childName')}`);
    await client.say('Sam');
    const unreadable = await client.say('the spring after the floods');
    asks(unreadable[0], `${w('field.dateOfBirth.unrecognised')}\n\n${w('letter.ask.dateOfBirth')}`);
    expect(client.turn.status).toBe(WAITING);
    asks(last(await client.say('4th March 2015')), w('letter.ask.school'));
    let replies: Partial<Activity>[] = [];
    for (let i = 0; i < 4; i++) replies = await client.say('skip');
    expect(letterIn(replies)).toBe(requestLetter({ council: 'other', childName: 'Sam', dateOfBirth: '4 March 2015' }, NOW));
  });

  it.each(['no', 'idk', 'not sure', "I don't know"])('"%s" is never the child\'s name or the parent\'s: a kind re-ask offering skip', async (said) => {
    const client = await atCouncil();
    await client.say(w('letter.council.dorset'));
    const replies = await client.say(said);
    expect(replies).toHaveLength(1);
    asks(replies[0], `${w('field.notAName')}\n\n${w('letter.ask.childName')}`);
    expect(numberedChoices(replies[0])).toEqual([w('ask.skipButton')]);
    await client.say('Sam Smith');
    await client.say('4/3/2015');
    await client.say('Hill Top Primary');
    asks((await client.say('idk'))[0], `${w('field.notAnAnswer')}\n\n${w('letter.ask.difficulties')}`);
    await client.say('Sam finds reading very hard.');
    await client.say('skip');
    asks((await client.say(said))[0], `${w('field.notAName')}\n\n${w('letter.ask.parentName')}`);
    const done = await client.say('Jo Smith');
    expect(letterIn(done)).toBe(requestLetter({ council: 'dorset', childName: 'Sam Smith', dateOfBirth: '4 March 2015', school: 'Hill Top Primary', difficulties: 'Sam finds reading very hard.', parentName: 'Jo Smith' }, NOW));
  });

  it.each(['idk', 'not sure', 'dont know', 'no idea', "I can't remember"])('%j at the date of birth is a kind re-ask offering skip, never "couldn\'t read that as a date"; the letter is kept', async (said) => {
    const client = await atCouncil();
    await client.say(w('letter.council.dorset'));
    await client.say('Sam Smith');
    const replies = await client.say(said);
    expect(replies).toHaveLength(1);
    asks(replies[0], `${w('field.dateOfBirth.unsure')}\n\n${w('letter.ask.dateOfBirth')}`);
    expect(numberedChoices(replies[0])).toEqual([w('ask.skipButton')]);
    asks(last(await client.say(w('ask.skipButton'))), w('letter.ask.school'));
    let done: Partial<Activity>[] = [];
    for (let i = 0; i < 4; i++) done = await client.say('skip');
    expect(letterIn(done)).toBe(requestLetter({ council: 'dorset', childName: 'Sam Smith' }, NOW));
  });

  it.each(['idk', 'not sure', 'which council?'])('%j at the council explains which council is which, then asks the council again; the letter carries on', async (said) => {
    const client = await atCouncil();
    const replies = await client.say(said);
    expect(replies[0].text).toBe(answerText(k.entry('which-council-dorset-or-bcp')!, k.text));
    expect(texts(replies)).not.toContain(w('letter.intro').split('\n')[0]);
    expect(texts(replies)).not.toContain(w('ask.notUnderstood'));
    asks(last(replies), w('letter.ask.council'));
    expect(numberedChoices(last(replies))).toEqual(COUNCILS);
    asks(last(await client.say(w('letter.council.bcp'))), w('letter.ask.childName'));
  });

  it('"back" or "go back" asks the question before again, and a new answer replaces the old one', async () => {
    const client = await atCouncil();
    await client.say(w('letter.council.dorset'));
    asks((await client.say('back'))[0], `${w('field.back.first')}\n\n${w('letter.ask.childName')}`);
    await client.say('Sam Smyth');
    asks((await client.say('go back'))[0], `${w('field.back')}\n\n${w('letter.ask.childName')}`);
    asks(last(await client.say('Sam Smith')), w('letter.ask.dateOfBirth'));
    let replies: Partial<Activity>[] = [];
    for (let i = 0; i < 5; i++) replies = await client.say('skip');
    expect(letterIn(replies)).toBe(requestLetter({ council: 'dorset', childName: 'Sam Smith' }, NOW));
  });

  it('"main menu pls" at a letter question leaves the journey (the menu comes back); nothing is signed', async () => {
    const client = await atCouncil();
    await client.say(w('letter.council.dorset'));
    await client.say('Sam Smith');
    expect(await client.say('main menu pls')).toEqual([]);
    expect(client.turn.status).toBe(COMPLETE);
  });

  it.each([[[]], [['Sam Smith']]])('"i want to talk to someone real" at a letter question leaves the letter for Talk to a person (after %j)', async (before) => {
    const client = await atCouncil();
    await client.say(w('letter.council.dorset'));
    for (const answer of before) await client.say(answer);
    const replies = await client.say('i want to talk to someone real');
    expect(replies[0].text).toBe(k.text('interrupt.talkToPerson.leaving'));
    expect(texts(replies)).toContain(journeyWords('talkToPerson')('ask.area').slice(0, 30));
    expect(client.turn.status).toBe(WAITING);
  });

  it('re-prompted mid-letter (after "help" or a safety message): the same question, and nothing answered is lost', async () => {
    const client = await atCouncil();
    await client.say(w('letter.council.dorset'));
    await client.say('Sam Smith');
    await client.say('4/3/2015');
    const again = await client.reprompt();
    expect(again).toHaveLength(1);
    asks(again[0], w('letter.ask.school'));
    let replies: Partial<Activity>[] = [];
    for (let i = 0; i < 4; i++) replies = await client.say('skip');
    expect(letterIn(replies)).toBe(requestLetter({ council: 'dorset', childName: 'Sam Smith', dateOfBirth: '4 March 2015' }, NOW));
  });

  it('in Teams the letter is shown as text with no file (Teams takes no data: files from a bot)', async () => {
    const client = await atCouncil('msteams');
    await client.say(w('letter.council.dorset'));
    let replies: Partial<Activity>[] = [];
    for (let i = 0; i < LETTER_PROMPTS.length; i++) replies = await client.say('skip');
    expect(letterIn(replies)).toBe(requestLetter({ council: 'dorset' }, NOW));
    expect(fileIn(replies)).toBeUndefined();
    expect(texts(replies)).not.toContain(w('letter.download'));
    expect(client.turn.status).toBe(COMPLETE);
  });
});
