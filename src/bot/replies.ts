import { TurnContext } from 'botbuilder';
import { answerText, footnotePrefixes, serviceText, splitAnswer } from '../core/render';
import type { MatchOutcome } from '../core/matcher';
import { recordTurn } from './insightsHook';
import type { Entry, Region, Service } from '../core/model';
import { aboutAnotherCouncil, areaSendiass, entryForArea, CLOSEST_TOPICS, peopleToAskFor, servicesForArea } from '../core/services';
import { wordingFrom } from '../core/wording';
import { keepsWordsAsQuestion, simplify, wordList } from '../core/text';
import { answerLayout } from './choices';
import { foldedAnswerMessage } from './teamsCards';
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

/** "Showing help for BCP Council area. Type change area to change it." (messages.yaml `area.showing`). */
export function areaLine(deps: SignpostDeps, area: Region): string {
  return deps.knowledge.text('area.showing', { area: deps.knowledge.text(`area.name.${area}`) });
}

/** turnState: the entry whose rest this turn left behind "More detail" (read by the bot at the end of the turn). */
const DETAIL_OFFERED = Symbol('moreDetail.offered');
/** turnState: the entry whose rest the previous turn left behind "More detail" (set by the bot from conversation state). */
const DETAIL_WAITING = Symbol('moreDetail.waiting');

/**
 * The bot's side of "More detail": at the start of a turn it hands over the entry whose rest is waiting
 * (kept in conversation state), and at the end it keeps whatever this turn left waiting, or nothing, so any
 * other message in between lets the old rest go.
 */
export function setDetailWaiting(context: TurnContext, entryId: string | undefined): void {
  context.turnState.set(DETAIL_WAITING, entryId);
  context.turnState.set(DETAIL_OFFERED, undefined);
}

export function detailLeftWaiting(context: TurnContext): string | undefined {
  return context.turnState.get(DETAIL_OFFERED) as string | undefined;
}

/** Whether the words ask for the rest of the last answer: the button's title or one of `more.words` (messages.yaml). */
export function asksForMore(deps: SignpostDeps, words: string): boolean {
  const said = simplify(words);
  return said !== '' && wordList(`${deps.knowledge.text('more.button')};${deps.knowledge.text('more.words')}`).includes(said);
}

/** The services an entry names, for the family's area when known, and the line saying whose area is shown. */
function entryServices(deps: SignpostDeps, entry: Entry, area?: Region): { heading?: string; services: Service[] } {
  const named = entry.services.map((id) => deps.knowledge.service(id)).filter((s) => s !== undefined);
  let services = servicesForArea(named, area);
  // An answer about the other council: the family's own SENDIASS can say how their council does it.
  const own = area && area !== 'england' && aboutAnotherCouncil(entry, named, area) ? areaSendiass(deps.knowledge.services, area) : undefined;
  if (own && !services.includes(own)) services = [own, ...services];
  return { heading: area && named.some((s) => s.area !== 'england') ? areaLine(deps, area) : undefined, services };
}

/**
 * "This answer is about the Dorset Council area…" (knowledge/dialogs/localServices.yaml `answer.aboutAnotherCouncil`)
 * when the entry is written for another council than the family's and holds only there; otherwise undefined.
 */
export function anotherCouncilLine(deps: SignpostDeps, entry: Entry, area?: Region): string | undefined {
  const named = entry.services.map((id) => deps.knowledge.service(id)).filter((s) => s !== undefined);
  if (!area || !aboutAnotherCouncil(entry, named, area)) return undefined;
  const words = wordingFrom(deps.knowledge.dialogText.localServices, 'dialogs/localServices.yaml');
  return words(`answer.aboutAnotherCouncil.${area}`, { council: deps.knowledge.text(`area.name.${entry.region}`) });
}

/**
 * The entry to answer with for the family's area: the matched one, or its counterpart for the family's
 * council when it is written for the other one and knowledge/places.yaml names a counterpart.
 */
export function entryFor(deps: SignpostDeps, entry: Entry, area?: Region): Entry {
  return entryForArea(entry, area, deps.knowledge.places?.counterparts, (id) => deps.knowledge.entry(id));
}

async function sendServices(context: TurnContext, deps: SignpostDeps, entry: Entry, area?: Region): Promise<void> {
  const { heading, services } = entryServices(deps, entry, area);
  if (heading) await context.sendActivity(heading);
  for (const service of services) {
    await context.sendActivity({ type: 'message', text: serviceText(service, deps.knowledge.text), textFormat: 'markdown' });
  }
}

/** What follows an answer: its follow-up entries as buttons, with "anything else?". */
function answerReply(deps: SignpostDeps, entry: Entry): QuestionReply {
  const offered = entry.followUps
    .map((id) => deps.knowledge.entry(id))
    .filter((e): e is Entry => e !== undefined)
    .slice(0, 3)
    .map(entryOption);
  return { outcome: 'answer', entryId: entry.id, offered, prompt: deps.knowledge.text('next.prompt') };
}

export interface SendEntryOptions {
  /** A journey's question is waiting: its own buttons follow, so the answer is sent whole (no "More detail"). */
  duringPrompt?: boolean;
}

/**
 * Sends an entry's answer and the services it names (when the family's area is known, that area's first and
 * another council's left out, with a line saying so). Returns the follow-ups to offer.
 * How much is sent depends on the channel (choices.ts answerLayout): in Web Chat a long answer's summary
 * comes first and "More detail" leads the buttons, the rest (other paragraphs, sources, last checked, then
 * the services) waiting until it is asked for; in Teams the rest folds inside the same card; elsewhere, and
 * inside a journey outside Teams, the whole answer is sent.
 */
export async function sendEntry(context: TurnContext, deps: SignpostDeps, entry: Entry, area?: Region, options: SendEntryOptions = {}): Promise<QuestionReply> {
  recordTurn(context, deps, { outcome: 'answer', entryId: entry.id }); // insights
  const reply = answerReply(deps, entry);
  const another = anotherCouncilLine(deps, entry, area);
  if (another) await context.sendActivity({ type: 'message', text: another, textFormat: 'markdown' });
  const { summary, rest } = splitAnswer(entry.answer);
  const layout = answerLayout(context.activity.channelId);
  if (rest && layout === 'foldedCard') {
    const { heading, services } = entryServices(deps, entry, area);
    const detail = [answerText(entry, deps.knowledge.text, rest), heading ?? '', ...services.map((s) => serviceText(s, deps.knowledge.text))].filter(Boolean).join('\n\n');
    await context.sendActivity(foldedAnswerMessage(summary, detail, deps.knowledge.text('more.button'), footnotePrefixes(deps.knowledge.text)));
    return reply;
  }
  if (rest && layout === 'moreButton' && !options.duringPrompt) {
    await context.sendActivity({ type: 'message', text: summary, textFormat: 'markdown' });
    context.turnState.set(DETAIL_OFFERED, entry.id);
    return { ...reply, offered: [{ title: deps.knowledge.text('more.button') }, ...reply.offered] };
  }
  await context.sendActivity({ type: 'message', text: answerText(entry, deps.knowledge.text), textFormat: 'markdown' });
  await sendServices(context, deps, entry, area);
  return reply;
}

/** The rest of the answer whose summary was sent last turn, then its services; the follow-ups are offered again. */
async function sendDetail(context: TurnContext, deps: SignpostDeps, entry: Entry, area?: Region): Promise<QuestionReply> {
  await context.sendActivity({ type: 'message', text: answerText(entry, deps.knowledge.text, splitAnswer(entry.answer).rest), textFormat: 'markdown' });
  await sendServices(context, deps, entry, area);
  return answerReply(deps, entry);
}

/** Where the words came from: typed at the menu or after "Ask a question", or while a journey's prompt waited. */
export interface AnswerQuestionOptions {
  /** True when a journey's prompt was waiting: the words may be an answer to it, so they are never kept. */
  duringPrompt?: boolean;
  /** The family's area, when known: its services first, the other council's left out. */
  area?: Region;
  /** What the matcher made of these words, when the caller has already asked it (matching is not repeated). */
  outcome?: MatchOutcome;
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
  // "More detail" (pressed or typed) just after an answer's summary: the rest of that answer.
  const waiting = options.duringPrompt ? undefined : (context.turnState.get(DETAIL_WAITING) as string | undefined);
  if (!options.duringPrompt && asksForMore(deps, question)) {
    const waitingEntry = waiting !== undefined ? knowledge.entry(waiting) : undefined;
    if (waitingEntry) return sendDetail(context, deps, waitingEntry, options.area);
    // Nothing is waiting (another message came in between, or there was no long answer): say so plainly.
    await context.sendActivity({ type: 'message', text: knowledge.text('more.nothing'), textFormat: 'markdown' });
    return { outcome: 'noAnswer', offered: [], prompt: knowledge.text('menu.again') };
  }
  const outcome = options.outcome ?? deps.matcher.match(question);
  switch (outcome.kind) {
    case 'answer':
      // Matched the other council's answer: the family's own council's counterpart, when there is one.
      return sendEntry(context, deps, entryFor(deps, outcome.entry, options.area), options.area, { duringPrompt: options.duringPrompt });
    case 'didYouMean':
      recordTurn(context, deps, { outcome: 'didYouMean', options: outcome.options.map((e) => e.id) }); // insights
      return {
        outcome: outcome.kind,
        offered: [...new Set(outcome.options.map((e) => entryFor(deps, e, options.area)))].slice(0, 3).map(entryOption),
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
      // About SEND but not answered: say so and name who can help; "I only know about SEND" is for the rest.
      if (outcome.kind === 'noAnswer' && outcome.reason === 'outOfScope') return notAnsweredYet(context, deps, question, options);
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

/**
 * A question about SEND that the knowledge has no clear answer to: say so plainly, offer the closest
 * topics as buttons, and name a person to ask for the family's area, its SENDIASS (for both councils
 * while the area is not known). Never a guess.
 */
async function notAnsweredYet(context: TurnContext, deps: SignpostDeps, question: string, options: AnswerQuestionOptions): Promise<QuestionReply> {
  const { knowledge } = deps;
  const { area } = options;
  // insights: as any other unanswered question, kept only when the words read as a question outside a prompt.
  recordTurn(context, deps, { outcome: 'noAnswer', question: !options.duringPrompt && keepsWordsAsQuestion(question) ? question : undefined });
  await context.sendActivity({ type: 'message', text: knowledge.text('question.noClearAnswer'), textFormat: 'markdown' });
  const people = peopleToAskFor(knowledge.services, area);
  if (people.length) {
    // Which council's people these are, as every answer's services say: the area may have come from a place in this message.
    const heading = area && people.some((s) => s.area !== 'england') ? `${areaLine(deps, area)}\n\n` : '';
    await context.sendActivity({ type: 'message', text: `${heading}${knowledge.text('question.personToAsk')}`, textFormat: 'markdown' });
    for (const person of people) await context.sendActivity({ type: 'message', text: serviceText(person, knowledge.text), textFormat: 'markdown' });
  }
  const offered = closestEntries(deps, question, area).map(entryOption);
  return { outcome: 'noAnswer', offered, prompt: knowledge.text(offered.length ? 'question.closestTopics' : 'menu.again') };
}

/**
 * The entries closest to a SEND question the knowledge has no clear answer to (offered as its closest topics),
 * each written for the family's council where it has a counterpart: a Poole family is offered BCP's school
 * transport, not Dorset's.
 */
export function closestEntries(deps: SignpostDeps, question: string, area?: Region): Entry[] {
  const found = deps.matcher.search(question, CLOSEST_TOPICS).map((r) => entryFor(deps, r.entry, area));
  return found.filter((e, i) => found.indexOf(e) === i);
}
