import type { TurnContext } from 'botbuilder';
import type { InsightEvent, InsightsRecorder } from '../insights/types';
import type { Knowledge } from '../core/model';

/**
 * The bot's side of insights: one record per turn. The bot, replies and main dialog call these; the
 * store itself has no botbuilder import.
 */

const RECORDED = Symbol('insights.recorded');

interface HasInsights {
  insights?: InsightsRecorder;
}

/** Records what this turn did. No recorder (INSIGHTS=off, most tests) → nothing happens. */
export function recordTurn(context: TurnContext, deps: HasInsights, event: Omit<InsightEvent, 'channelId'>): void {
  if (!deps.insights) return;
  context.turnState.set(RECORDED, true);
  deps.insights.record({ ...event, channelId: context.activity.channelId });
}

/** Called once a turn has finished: a turn that recorded nothing else was a step in a menu or journey. */
export function recordDialogStep(context: TurnContext, deps: HasInsights): void {
  if (context.turnState.get(RECORDED)) return;
  recordTurn(context, deps, { outcome: 'dialog' });
}

/** Wording of the "Did this help?" prompts, from knowledge/dialogs/feedback.yaml. */
export interface FeedbackWording {
  ask: string;
  yes: string;
  no: string;
  thanksYes: string;
  askMissing: string;
  skip: string;
  thanksNo: string;
}

const KEYS: Record<keyof FeedbackWording, string> = {
  ask: 'ask',
  yes: 'yes.button',
  no: 'no.button',
  thanksYes: 'thanks.yes',
  askMissing: 'missing.ask',
  skip: 'skip.button',
  thanksNo: 'thanks.no',
};

/**
 * The wording, or undefined when feedback should not be offered: no recorder (asking for feedback that
 * is thrown away would mislead parents) or a key missing from feedback.yaml.
 */
export function feedbackWording(deps: { knowledge: Knowledge } & HasInsights): FeedbackWording | undefined {
  if (!deps.insights) return undefined;
  const text = deps.knowledge.dialogText.feedback;
  if (!text) return undefined;
  const wording = {} as FeedbackWording;
  for (const [field, key] of Object.entries(KEYS) as Array<[keyof FeedbackWording, string]>) {
    const value = text[key];
    if (typeof value !== 'string' || !value.trim()) return undefined;
    wording[field] = value.trim();
  }
  return wording;
}
