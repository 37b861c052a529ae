import { TurnContext } from 'botbuilder';
import { answerText, serviceText } from '../core/render';
import type { MatchOutcome } from '../core/matcher';
import { recordTurn } from './insightsHook';
import { keepsWordsAsQuestion } from '../core/text';
import type { Entry } from '../core/model';
import type { SignpostDeps } from '../deps';
import type { Option } from '../core/choice';

/** What happened when a parent's words were answered, so the caller can offer sensible next steps. */
export interface QuestionReply {
  outcome: MatchOutcome['kind'];
  entryId?: string;
  /** Buttons to offer next: follow-up entries, or the "Did you mean…" options. */
  offered: Option[];
  /** The text to ask with those buttons. */
  prompt: string;
}

/** An offered button that leads straight to an entry: the entry's title is both the button and how it is found again. */
export const entryOption = (entry: Entry): Option => ({ title: entry.title, value: entry.title });

/** Sends an entry's answer, then the services it names. Returns the follow-ups to offer. */
export async function sendEntry(context: TurnContext, deps: SignpostDeps, entry: Entry): Promise<QuestionReply> {
  recordTurn(context, deps, { outcome: 'answer', entryId: entry.id }); // insights
  await context.sendActivity({ type: 'message', text: answerText(entry), textFormat: 'markdown' });
  const services = entry.services.map((id) => deps.knowledge.service(id)).filter((s) => s !== undefined);
  for (const service of services) {
    await context.sendActivity({ type: 'message', text: serviceText(service), textFormat: 'markdown' });
  }
  const offered = entry.followUps
    .map((id) => deps.knowledge.entry(id))
    .filter((e): e is Entry => e !== undefined)
    .slice(0, 3)
    .map(entryOption);
  return { outcome: 'answer', entryId: entry.id, offered, prompt: deps.knowledge.text('next.prompt') };
}

/** Where the words came from: typed at the menu or after "Ask a question", or while a journey's prompt waited. */
export interface AnswerQuestionOptions {
  /** True when a journey's prompt was waiting: the words may be an answer to it, so they are never kept. */
  duringPrompt?: boolean;
}

/**
 * Answers free text from the knowledge base: a confident answer, a "Did you mean…", a glossary
 * meaning, or an honest "I don't have an answer" that names a person to ask. Never a guess.
 */
export async function answerQuestion(
  context: TurnContext,
  deps: SignpostDeps,
  question: string,
  options: AnswerQuestionOptions = {},
): Promise<QuestionReply> {
  const { knowledge } = deps;
  const outcome = deps.matcher.match(question);
  switch (outcome.kind) {
    case 'answer':
      return sendEntry(context, deps, outcome.entry);
    case 'didYouMean':
      recordTurn(context, deps, { outcome: 'didYouMean', options: outcome.options.map((e) => e.id) }); // insights
      return {
        outcome: outcome.kind,
        offered: outcome.options.slice(0, 3).map(entryOption),
        prompt: knowledge.text('question.didYouMean'),
      };
    case 'glossary': {
      const { term } = outcome;
      recordTurn(context, deps, { outcome: 'glossary' }); // insights
      const text = knowledge.text(term.standsFor ? 'glossary.standsFor' : 'glossary.term', { term: term.term, standsFor: term.standsFor ?? '', meaning: term.meaning });
      await context.sendActivity({ type: 'message', text, textFormat: 'markdown' });
      return { outcome: outcome.kind, offered: [], prompt: knowledge.text('next.prompt') };
    }
    case 'noAnswer':
    default:
      // insights: the words are kept only here (redacted), so editors can see what the knowledge lacks, and only
      // when they read as a question: a short answer (a child's name, a school) is never kept, nor anything
      // typed while a journey's prompt waited.
      recordTurn(context, deps, {
        outcome: 'noAnswer',
        question: !options.duringPrompt && keepsWordsAsQuestion(question) ? question : undefined,
      });
      await context.sendActivity({ type: 'message', text: knowledge.text('question.noAnswer'), textFormat: 'markdown' });
      return { outcome: 'noAnswer', offered: [], prompt: knowledge.text('menu.again') };
  }
}
