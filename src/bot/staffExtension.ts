import { Attachment, CardFactory, MessagingExtensionQuery, MessagingExtensionResponse, TurnContext } from 'botbuilder';
import { copyAnswerText, lastChecked, longDate, shortAnswer, sourceText } from '../core/render';
import type { Entry } from '../core/model';
import type { SignpostDeps } from '../deps';
import { TEAMS_CARD_VERSION } from './teamsCards';

/**
 * The staff search message extension in Teams: a helpline worker types a few words in a chat's compose box
 * (composeExtension/query), sees the entries the bot's own matcher finds, and picks one
 * (composeExtension/selectItem) to insert it as a card: the short answer, "Last checked", the sources, a
 * link to the reference page and "Copy answer". The text is core's (src/core/render.ts); this file only
 * shapes it for Teams.
 */

/** The command and its parameter, as declared in appPackage/manifest.json (composeExtensions). */
export const SEARCH_COMMAND_ID = 'searchReference';
export const SEARCH_PARAMETER = 'searchText';

/** Where this request came from, set by the http layer per request (scheme and host, e.g. https://bot.example). */
export const REQUEST_ORIGIN = Symbol('signpost.requestOrigin');

/** Results per page: Teams shows about ten in its list; it asks for more with queryOptions.skip. */
const PAGE_SIZE = 10;
const MAX_PAGE_SIZE = 25;
const MAX_QUERY = 500;
/** What a selectItem tap carries back to the bot: the entry id only. */
interface SelectValue { entryId?: unknown }

/** The absolute address of /reference/<id>: PUBLIC_BASE_URL when set, else the host the request came to. */
export function referenceUrl(context: TurnContext, deps: Pick<SignpostDeps, 'config'>, id: string): string | undefined {
  const base = deps.config.publicBaseUrl || (context.turnState.get(REQUEST_ORIGIN) as string | undefined) || '';
  return base ? `${base.replace(/\/+$/, '')}/reference/${encodeURIComponent(id)}` : undefined;
}

type CardElement = Record<string, unknown>;

/** The card inserted into the chat (Adaptive Card 1.5, which Teams renders on desktop, web and mobile). */
export function staffAnswerCard(entry: Entry, deps: Pick<SignpostDeps, 'knowledge'>, url: string | undefined): Record<string, unknown> {
  const text = deps.knowledge.text;
  const checked = lastChecked(entry.sources);
  const sources = entry.sources.map(sourceText).filter(Boolean);
  const copy = copyAnswerText(entry, text, url);
  const body: CardElement[] = [
    { type: 'TextBlock', text: entry.title, wrap: true, weight: 'Bolder', size: 'Medium' },
    { type: 'TextBlock', text: shortAnswer(entry), wrap: true },
    { type: 'TextBlock', text: checked ? text('staff.lastChecked', { date: longDate(checked) }) : text('staff.notChecked'), wrap: true, isSubtle: true, size: 'Small', spacing: 'Medium' },
  ];
  if (sources.length) {
    body.push({ type: 'TextBlock', text: text('staff.sources'), wrap: true, weight: 'Bolder', size: 'Small', spacing: 'Medium' });
    body.push({ type: 'TextBlock', text: sources.map((s) => `- ${s}`).join('\n'), wrap: true, size: 'Small', spacing: 'None' });
  }
  const actions: CardElement[] = [];
  if (url) actions.push({ type: 'Action.OpenUrl', title: text('staff.open'), url });
  // Cards cannot write to the clipboard: "Copy answer" opens the plain text in a box the reader can select and copy.
  actions.push({
    type: 'Action.ShowCard',
    title: text('staff.copy'),
    card: {
      type: 'AdaptiveCard',
      body: [
        { type: 'TextBlock', text: text('staff.copyHint'), wrap: true, isSubtle: true, size: 'Small' },
        { type: 'Input.Text', id: 'copyAnswer', isMultiline: true, value: copy, label: text('staff.copy') },
      ],
    },
  });
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: TEAMS_CARD_VERSION,
    body,
    actions,
    fallbackText: copy,
  };
}

function answerAttachment(entry: Entry, context: TurnContext, deps: SignpostDeps): Attachment {
  return CardFactory.adaptiveCard(staffAnswerCard(entry, deps, referenceUrl(context, deps, entry.id)));
}

/** The words typed in the compose box, from the command's parameter. */
export function queryText(query: MessagingExtensionQuery): string {
  const parameter = (query.parameters ?? []).find((p) => p.name === SEARCH_PARAMETER) ?? query.parameters?.[0];
  return typeof parameter?.value === 'string' ? parameter.value.trim().slice(0, MAX_QUERY) : '';
}

/** composeExtension/query: the matcher's results, each a list row (title and short answer) that inserts the card. */
export function searchResponse(context: TurnContext, deps: SignpostDeps, query: MessagingExtensionQuery): MessagingExtensionResponse {
  const words = queryText(query);
  if (!words) return { composeExtension: { type: 'message', text: deps.knowledge.text('staff.searchHint') } };
  const skip = Math.max(0, Math.min(Number(query.queryOptions?.skip) || 0, 100));
  const count = Math.max(1, Math.min(Number(query.queryOptions?.count) || PAGE_SIZE, MAX_PAGE_SIZE));
  const found = deps.matcher.search(words, skip + count).slice(skip);
  // Each row is light (title and the start of the answer): the full card, with the whole copy text, is built
  // when a row is picked (selectItem), which keeps the list well inside Teams' size limit for a response.
  const attachments = found.map(({ entry }) => {
    const preview = CardFactory.thumbnailCard(entry.title, clip(shortAnswer(entry), 160), undefined, undefined, {
      tap: { type: 'invoke', title: entry.title, value: { entryId: entry.id } satisfies SelectValue },
    });
    return { ...preview, preview };
  });
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
}

/** composeExtension/selectItem: the chosen entry's card, built afresh from the current knowledge. */
export function selectResponse(context: TurnContext, deps: SignpostDeps, value: unknown): MessagingExtensionResponse {
  const id = (value as SelectValue | undefined)?.entryId;
  const entry = typeof id === 'string' ? deps.knowledge.entry(id) : undefined;
  if (!entry) return { composeExtension: { type: 'message', text: deps.knowledge.text('staff.notFound') } };
  return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments: [answerAttachment(entry, context, deps)] } };
}

function clip(text: string, max: number): string {
  const plain = text.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1').replace(/\*\*?/g, '');
  return plain.length <= max ? plain : `${plain.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}
