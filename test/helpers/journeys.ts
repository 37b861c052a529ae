import { Activity } from 'botbuilder';
import { expect } from 'vitest';
import { buttons, matcherFor, realKnowledge, visibleText } from './testBot';

/** Shared by the journey tests (assessment rights, local services, disagreements, talk to a person). */

const knowledge = realKnowledge();

/** A journey's own wording (knowledge/dialogs/<dialogId>.yaml); a missing key fails the test loudly. */
export function journeyWords(dialogId: string): (key: string) => string {
  return (key: string) => {
    const v = knowledge.dialogText[dialogId]?.[key];
    if (v === undefined) throw new Error(`missing ${dialogId}.${key}`);
    return v;
  };
}

/** The choices offered: buttons where the channel has them, else the numbered list in the text. */
export function offered(replies: Partial<Activity>[]): string[] {
  const shown = buttons(replies);
  if (shown.length) return shown;
  const text = replies[replies.length - 1]?.text ?? '';
  const listed = [...text.matchAll(/^\s+\d+\. (.+)$/gm)].map((m) => m[1].trim());
  if (listed.length) return listed;
  return [...text.matchAll(/\(\d+\) ([^,(]+?)(?=,? or \(|, \(|$)/g)].map((m) => m[1].trim());
}

/**
 * What the parent should see when a question is typed mid-journey: whatever the matcher makes of it,
 * then the journey's "Shall we carry on?" (`carryOn`), or "Did you mean…" with the options.
 */
export function expectAnsweredMidJourney(replies: Partial<Activity>[], question: string, carryOn: string): void {
  const outcome = matcherFor(knowledge).match(question);
  expect(outcome.kind, question).not.toBe('noAnswer');
  const seen = visibleText(replies);
  if (outcome.kind === 'answer') expect(seen).toContain(outcome.entry.answer.split('\n')[0]);
  if (outcome.kind === 'didYouMean') for (const e of outcome.options.slice(0, 3)) expect(seen).toContain(e.title);
  if (outcome.kind === 'glossary') expect(seen).toContain(outcome.term.meaning);
  expect(seen).toContain(outcome.kind === 'didYouMean' ? knowledge.text('question.didYouMean') : carryOn);
}

/** The entries each step of the disagreements journey shows, in order, as the tests expect them (dialogs/disagreements.ts). */
export const DISAGREEMENT_STEP_ENTRIES: Record<string, string[]> = {
  school: ['unhappy-with-school-sen-support'],
  sendiass: ['free-advice-for-a-disagreement'],
  resolution: ['disagreement-resolution'],
  mediation: ['mediation-what-it-is', 'mediation-certificate'],
  tribunal: ['send-tribunal-what-can-be-appealed', 'send-tribunal-appeal-deadline'],
  complaints: ['complain-to-the-council', 'ombudsman-lgsco'],
};
