import { describe, expect, it } from 'vitest';
import { answerText, safetyText, splitAnswer } from '../src/core/render';
import { messageTooLong } from '../src/core/messageLimits';
import { buttons, createTestBot, realKnowledge, testDeps, visibleText } from './helpers/testBot';

const k = realKnowledge();
const deps = testDeps();
const line = k.text('safety.questionWaiting');
/** A crisis and a SEND question in one message, as parents write them. */
const crisisWithQuestion = 'im at breaking point. how do i ask the council for an ehc needs assessment?';
/** The same, with a question the knowledge has no clear answer to. */
const crisisWithUnclearQuestion = 'im at breaking point. what sensory toys would help him?';

/**
 * The titles the matcher offers for the question, in order: what the buttons after the crisis reply should be
 * (for a SEND question with no clear answer, its closest topics).
 */
function offeredTitles(text: string): string[] {
  const outcome = deps.matcher.match(text);
  if (outcome.kind === 'noAnswer' && outcome.reason === 'outOfScope') return deps.matcher.search(text, 3).map((r) => r.entry.title);
  return outcome.kind === 'answer' ? [outcome.entry.title] : outcome.kind === 'didYouMean' ? outcome.options.slice(0, 3).map((e) => e.title) : [];
}

describe('a SEND question asked with a crisis', () => {
  it('gets the crisis reply first, unchanged, then one line with its topics as buttons; a topic typed back is answered', async () => {
    const titles = offeredTitles(crisisWithQuestion);
    expect(titles.length).toBeGreaterThan(0);
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say(crisisWithQuestion);
    const hit = deps.screen(crisisWithQuestion)!;
    expect(hit).toBeDefined();
    expect(replies[0].text).toBe(safetyText(hit, k.text));
    expect(replies).toHaveLength(2);
    expect(replies[1].text).toContain(line);
    for (const [i, title] of titles.entries()) expect(replies[1].text).toContain(`${i + 1}. ${title}`);
    // The answer itself waits for the parent: none of the topics' answers is sent with the crisis reply.
    for (const title of titles) {
      const entry = k.entries.find((e) => e.title === title)!;
      expect(visibleText(replies)).not.toContain(splitAnswer(entry.answer).summary);
    }
    // The button sends its title: typed back, it reaches that entry.
    const entry = k.entries.find((e) => e.title === titles[0])!;
    expect(visibleText(await bot.say(titles[0]))).toContain(answerText(entry, k.text));
  });

  it('a message over the length limit gets the crisis reply alone: it is screened, never matched', async () => {
    const long = `${'My son is autistic and his school says they cannot meet his needs any more. '.repeat(28)}im at breaking point. how do i ask the council for an ehc needs assessment?`;
    expect(messageTooLong(long)).toBe(true);
    expect(offeredTitles(long).length).toBeGreaterThan(0);
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say(long);
    expect(replies[0].text).toBe(safetyText(deps.screen(long)!, k.text));
    expect(visibleText(replies)).not.toContain(line);
  });

  it('a number typed next picks that topic, not the main menu\'s item', async () => {
    const titles = offeredTitles(crisisWithQuestion);
    const last = titles[titles.length - 1];
    const bot = createTestBot();
    await bot.join();
    await bot.say(crisisWithQuestion);
    const entry = k.entries.find((e) => e.title === last)!;
    expect(visibleText(await bot.say(String(titles.length)))).toContain(answerText(entry, k.text));
  });

  it('in Web Chat: one message, the crisis reply then the line, with suggested actions, and pressing one answers', async () => {
    const titles = offeredTitles(crisisWithQuestion);
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const replies = await bot.say(crisisWithQuestion);
    // One message: sent as two, the line can arrive a moment later and the page scrolls on to it, past the 999 line.
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toMatch(/^[^.]*\b999\b/);
    expect(replies[0].text!.endsWith(`\n\n${line}`)).toBe(true);
    expect(buttons(replies)).toEqual(titles);
    const entry = k.entries.find((e) => e.title === titles[0])!;
    expect(visibleText(await bot.say(titles[0]))).toContain(splitAnswer(entry.answer).summary);
  });

  it('in Teams: the crisis card, then the line in a card with the topics as buttons', async () => {
    const titles = offeredTitles(crisisWithQuestion);
    const bot = createTestBot({ channelId: 'msteams' });
    await bot.join();
    const replies = await bot.say(crisisWithQuestion);
    expect(visibleText(replies.slice(0, 1))).toMatch(/999/);
    expect(visibleText(replies.slice(-1))).toContain(line);
    expect(buttons(replies)).toEqual(titles);
  });

  it('the same crisis without a question gets the same crisis reply, alone', async () => {
    const crisisAlone = 'im at breaking point';
    const bot = createTestBot();
    await bot.join();
    const alone = await bot.say(crisisAlone);
    expect(alone).toHaveLength(1);
    expect(alone[0].text).toMatch(/999/);
    expect(visibleText(alone)).not.toContain(line);
    const withQuestion = await bot.say(crisisWithQuestion);
    expect(withQuestion[0].text).toBe(alone[0].text);
    expect(withQuestion.length).toBeGreaterThan(1);
    // Nothing is asked in the words, so nothing is offered, even where the knowledge has a near topic.
    const other = createTestBot();
    await other.join();
    expect(await other.say('i cant cope anymore')).toHaveLength(1);
  });

  it('a SEND question with no clear answer: the crisis reply, then its closest topics, said as such', async () => {
    const outcome = deps.matcher.match(crisisWithUnclearQuestion);
    expect(outcome).toMatchObject({ kind: 'noAnswer', reason: 'outOfScope' });
    const closest = offeredTitles(crisisWithUnclearQuestion);
    expect(closest.length).toBeGreaterThan(0);
    const bot = createTestBot();
    await bot.join();
    const replies = await bot.say(crisisWithUnclearQuestion);
    expect(replies[0].text).toBe(safetyText(deps.screen(crisisWithUnclearQuestion)!, k.text));
    expect(replies).toHaveLength(2);
    // Not "I can also answer your question": the topics are only the closest ones.
    expect(replies[1].text).toContain(k.text('safety.questionClosest'));
    expect(replies[1].text).not.toContain(line);
    for (const [i, title] of closest.entries()) expect(replies[1].text).toContain(`${i + 1}. ${title}`);
    const entry = k.entries.find((e) => e.title === closest[0])!;
    expect(visibleText(await bot.say('1'))).toContain(answerText(entry, k.text));
  });

  it('each topic offered after a crisis, picked by number or pressed, goes straight to its own entry', async () => {
    // These topics share words ("short breaks", a council's name): matched again as free text, a title was
    // answered with "Did you mean…" instead of the topic the parent picked.
    const message = 'im at breaking point. how do i potty train my autistic son?';
    const topics = offeredTitles(message);
    expect(topics.length).toBeGreaterThan(1);
    for (const [i, title] of topics.entries()) {
      const entry = k.entries.find((e) => e.title === title)!;
      for (const pick of [String(i + 1), title]) {
        for (const channelId of ['test', 'webchat']) {
          const bot = createTestBot({ channelId });
          await bot.join();
          await bot.say(message);
          const replies = await bot.say(pick);
          expect(visibleText(replies), `${pick} on ${channelId}`).toContain(splitAnswer(entry.answer).summary);
          expect(visibleText(replies)).not.toContain(k.text('question.didYouMean'));
        }
      }
    }
  });

  it('inside a journey: the crisis reply and the journey\'s question again, no topics offered', async () => {
    const bot = createTestBot();
    await bot.join();
    await bot.say(k.text('menu.deadlines'));
    const replies = await bot.say(crisisWithQuestion);
    expect(replies[0].text).toMatch(/999/);
    const text = visibleText(replies);
    expect(text).toContain(k.text('safety.carryOn'));
    expect(text).not.toContain(line);
  });
});

describe('an ordinary question about a school sending a child home', () => {
  const informalExclusion = 'my sons school keep sending him home early every day and wont put it in writing is that allowed';

  it('is not a safety message: it gets its answer, with no check-in', async () => {
    expect(deps.screen(informalExclusion)).toBeNull();
    const bot = createTestBot();
    await bot.join();
    const text = visibleText(await bot.say(informalExclusion));
    expect(text).not.toMatch(/999/);
    expect(text).not.toContain(k.text('safety.checkIn').split('\n')[0].trim());
    const outcome = deps.matcher.match(informalExclusion);
    expect(outcome.kind).toBe('answer');
    if (outcome.kind === 'answer') expect(text).toContain(answerText(outcome.entry, k.text));
  });
});
