/**
 * The port between the HTTP layer and the bot: all `src/http/` knows of it. No Bot Framework type appears
 * here, so the channel SDK behind it (botbuilder's CloudAdapter today, the Microsoft 365 Agents SDK
 * tomorrow) is replaced in `src/bot/` and the composition root's wiring, and `src/http/` stays as it is.
 */

/** An account as the Activity protocol carries it on the wire (JSON). */
export interface ChannelAccount {
  id: string;
  name?: string;
  role?: string;
  [field: string]: unknown;
}

/** A card, file or link carried by an activity. */
export interface ChannelAttachment {
  contentType: string;
  name?: string;
  contentUrl?: string;
  content?: unknown;
  [field: string]: unknown;
}

/** A button offered under a message. */
export interface ChannelCardAction {
  type: string;
  title?: string;
  value?: unknown;
  displayText?: string;
  [field: string]: unknown;
}

/**
 * One activity as channels send it over HTTP (the Activity protocol's JSON, which Direct Line, Teams and
 * both SDKs share): the fields the HTTP layer reads or writes, and any others passed through untouched.
 */
export interface ChannelActivity {
  type: string;
  id?: string;
  timestamp?: string | Date;
  localTimestamp?: string | Date;
  channelId?: string;
  serviceUrl?: string;
  conversation?: { id: string; [field: string]: unknown };
  from?: ChannelAccount;
  recipient?: ChannelAccount;
  membersAdded?: ChannelAccount[];
  text?: string;
  textFormat?: string;
  locale?: string;
  name?: string;
  value?: unknown;
  inputHint?: string;
  replyToId?: string;
  attachmentLayout?: string;
  attachments?: ChannelAttachment[];
  suggestedActions?: { actions: ChannelCardAction[]; [field: string]: unknown };
  channelData?: unknown;
  [field: string]: unknown;
}

/** What an invoke activity (a Teams search, a card's submit) answers the channel with. */
export interface InvokeAnswer {
  status: number;
  body?: unknown;
}

/**
 * Why a channel request failed, for its HTTP status: a bad token (401), the token service down (503),
 * anything else (500); `reason` is a short name for the log (an error's name, never its message).
 */
export interface ChannelFailure {
  kind: 'unauthorized' | 'unavailable' | 'failed';
  reason: string;
}

export interface BotEndpoint {
  /**
   * One activity from a channel (POST /api/messages): the caller's token is checked, then the turn runs.
   * `origin` is the address the request came to, for absolute links when PUBLIC_BASE_URL is not set.
   * Resolves with an invoke's answer; rejects when the token is refused or the turn cannot run.
   */
  processChannelActivity(authHeader: string, activity: ChannelActivity, origin?: string): Promise<InvokeAnswer | undefined>;
  /** One activity from the built-in local Direct Line (local mode only, no token: it is its own channel). */
  processLocalActivity(activity: ChannelActivity): Promise<void>;
  /** What a rejection of processChannelActivity means for the caller. */
  failure(error: unknown): ChannelFailure;
}
