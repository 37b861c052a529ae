import type { Activity } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { assessmentRightsEntryIds } from '../dialogs/assessmentRights';
import { createTestBot, realKnowledge } from './helpers/testBot';
import { journeyWords } from './helpers/journeys';

const knowledge = realKnowledge();
const w = journeyWords('assessmentRights');

/** The service cards (hero cards titled with a service name) in some replies. */
const serviceCards = (replies: Partial<Activity>[]) =>
  replies.flatMap((r) => (r.attachments ?? []).map((a) => (a.content as { title?: string }).title)).filter((t): t is string => !!t);

/** Walks the whole tour; returns the service cards shown on the way. */
async function walkTour(bot: ReturnType<typeof createTestBot>): Promise<string[]> {
  const cards = serviceCards(await bot.say(knowledge.text('menu.assessmentRights')));
  for (const key of ['next.legalTest', 'next.diagnosis', 'next.howToAsk', 'next.whatNext']) cards.push(...serviceCards(await bot.say(w(key))));
  return cards;
}

describe('service cards in a journey', () => {
  it('the assessment-rights tour shows each service card once, not after every page', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const cards = await walkTour(bot);
    // Every service the tour's entries name is shown, and none twice.
    const named = new Set(assessmentRightsEntryIds.flatMap((id) => knowledge.entry(id)!.services).map((id) => knowledge.service(id)?.name).filter(Boolean));
    expect(named.size).toBeGreaterThan(0);
    expect(new Set(cards)).toEqual(named);
    expect(cards).toHaveLength(named.size);
  });

  it('a new journey shows them again', async () => {
    const bot = createTestBot({ channelId: 'webchat' });
    await bot.join();
    const first = await walkTour(bot);
    await bot.say(w('letter.declineButton'));
    const again = await walkTour(bot);
    expect(first.length).toBeGreaterThan(0);
    expect(again).toEqual(first);
  });
});
