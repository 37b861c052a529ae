import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Request, Response, Server } from 'restify';
import { WebSocket, WebSocketServer } from 'ws';
import type { BotEndpoint, ChannelActivity as Activity } from '../bot/endpoint';
import { logId, type BotLog } from '../log';
import { LOCAL_BASE_URL_FIELD } from '../bot/downloads';
import { FORGOTTEN_FLAG } from '../bot/channelFlags';
import { UpgradeLimiter } from './limits';
import type { LimitResponse } from './respond';

/**
 * A small Direct Line 3.0–compatible endpoint, so Web Chat works locally with no Azure resources and the
 * browser code is the same `createDirectLine({ domain, token })` call as in production.
 *
 * It covers the subset Web Chat uses (start or reconnect a conversation, post an activity, upload, receive
 * activities by WebSocket or polling, refresh the token). Incoming activities go through the real adapter;
 * the bot's replies come back over real HTTP to the Bot Connector routes below (as with the Emulator),
 * which only answer callers on this machine.
 *
 * Only for local mode: with a Microsoft app id set, use Azure Bot Service's Direct Line instead.
 */

const TOKEN_LIFETIME_SECONDS = 1800;

interface Conversation {
  id: string;
  token: string;
  tokenExpires: number;
  userId: string;
  activities: Activity[];
  /** Activities dropped from the front to bound memory; watermarks keep counting from the start. */
  dropped: number;
  /** JSON size of each stored activity, in step with `activities`, and their sum. */
  sizes: number[];
  bytes: number;
  sockets: Set<WebSocket>;
  lastActive: number;
  /** Turns of one conversation run one at a time, in order, as a channel would deliver them. */
  queue: Promise<void>;
}

export interface LocalDirectLineOptions {
  /** The bot; the turns of the local channel go to it directly. */
  bot: BotEndpoint;
  /** Base URL the bot replies to, e.g. http://127.0.0.1:3978 (known once the server listens). */
  serviceUrl: () => string;
  log: BotLog;
  botId?: string;
  botName?: string;
  /** Forget a conversation idle for this long. */
  idleMs?: number;
  maxConversations?: number;
  maxActivitiesPerConversation?: number;
  /** Bytes of stored activities (as JSON) one conversation may hold; the oldest go first. */
  maxBytesPerConversation?: number;
  /**
   * Bytes of stored activities (as JSON) all conversations together may hold (default 64 MB). Past it, the
   * longest-idle conversations lose their history first, down to their newest activity; if that is not enough,
   * the longest-idle conversations with no open stream are forgotten. The newest activity of a conversation
   * with an open stream is never dropped.
   */
  maxTotalBytes?: number;
  /** Rate limit and socket cap for WebSocket upgrades (which never pass through restify's limits). */
  upgradeLimiter?: UpgradeLimiter;
}

const newId = (bytes = 18) => randomBytes(bytes).toString('base64url');

export const DEFAULT_DIRECT_LINE_MAX_MB = 64;
export const DEFAULT_DIRECT_LINE_IDLE_MINUTES = 60;

/**
 * The local Direct Line's memory settings from the environment: LOCAL_DIRECT_LINE_MAX_MB (all conversations'
 * stored activities together) and LOCAL_DIRECT_LINE_IDLE_MINUTES (a conversation idle this long, with no open
 * stream, is forgotten). Anything but a number above 0 keeps the default.
 */
export function directLineConfigFromEnv(env: NodeJS.ProcessEnv = process.env): Pick<LocalDirectLineOptions, 'maxTotalBytes' | 'idleMs'> {
  const positive = (value: string | undefined, fallback: number) => {
    const n = Number((value ?? '').trim());
    return (value ?? '').trim() !== '' && Number.isFinite(n) && n > 0 ? n : fallback;
  };
  return {
    maxTotalBytes: Math.round(positive(env.LOCAL_DIRECT_LINE_MAX_MB, DEFAULT_DIRECT_LINE_MAX_MB) * 1024 * 1024),
    idleMs: Math.round(positive(env.LOCAL_DIRECT_LINE_IDLE_MINUTES, DEFAULT_DIRECT_LINE_IDLE_MINUTES) * 60_000),
  };
}

export class LocalDirectLine {
  /** In order of last activity, longest idle first (touch() moves a conversation to the end). */
  private readonly conversations = new Map<string, Conversation>();
  /** Bytes of stored activities across all conversations (the sum of each conversation's `bytes`). */
  private totalBytes = 0;
  private readonly byToken = new Map<string, Conversation>();
  private readonly wss = new WebSocketServer({ noServer: true, maxPayload: 64 * 1024 });
  private readonly botAccount: { id: string; name: string; role: string };
  private readonly sweeper: NodeJS.Timeout;
  private readonly upgradeLimiter: UpgradeLimiter;
  /** Where the bot's replies go: a path with a random secret, known only to this process. */
  private readonly connectorPath = `/connector-${newId(24)}`;

  constructor(private readonly options: LocalDirectLineOptions) {
    this.botAccount = { id: options.botId ?? 'send-signpost', name: options.botName ?? 'SEND Signpost', role: 'bot' };
    this.upgradeLimiter = options.upgradeLimiter ?? new UpgradeLimiter();
    this.sweeper = setInterval(() => this.sweep(), Math.min(60_000, Math.max(1000, this.idleMs)));
    this.sweeper.unref();
  }

  private get idleMs(): number {
    return this.options.idleMs ?? DEFAULT_DIRECT_LINE_IDLE_MINUTES * 60_000;
  }

  private get maxTotalBytes(): number {
    return this.options.maxTotalBytes ?? DEFAULT_DIRECT_LINE_MAX_MB * 1024 * 1024;
  }

  get size(): number {
    return this.conversations.size;
  }

  /** The path the bot's replies arrive under (it holds this process's secret). */
  get connectorPrefix(): string {
    return this.connectorPath;
  }

  /** What is held: conversations, stored activities and their bytes (for tests and the load bench). */
  stats(): { conversations: number; activities: number; bytes: number; sockets: number; largestConversationBytes: number; maxTotalBytes: number } {
    let activities = 0;
    let bytes = 0;
    let sockets = 0;
    let largest = 0;
    for (const c of this.conversations.values()) {
      activities += c.activities.length;
      bytes += c.bytes;
      sockets += c.sockets.size;
      largest = Math.max(largest, c.bytes);
    }
    return { conversations: this.conversations.size, activities, bytes, sockets, largestConversationBytes: largest, maxTotalBytes: this.maxTotalBytes };
  }

  close(): void {
    clearInterval(this.sweeper);
    for (const c of this.conversations.values()) for (const s of c.sockets) s.terminate();
    this.wss.close();
  }

  /** A new conversation and the token that opens it (what Azure's tokens/generate returns). */
  createConversation(userId?: string): { conversationId: string; token: string; expires_in: number; userId: string } {
    this.sweep();
    const max = this.options.maxConversations ?? 10_000;
    if (this.conversations.size >= max) {
      // Drop the longest-idle conversation rather than refuse a new parent.
      const oldest = this.conversations.values().next().value;
      if (oldest) this.forget(oldest);
    }
    const conversation: Conversation = {
      id: newId(),
      token: newId(32),
      tokenExpires: Date.now() + TOKEN_LIFETIME_SECONDS * 1000,
      // Web Chat reserves the dl_ prefix for ids embedded in Azure tokens, so local ids use another.
      userId: userId && /^[\w.:-]{1,64}$/.test(userId) ? userId : `user_${newId(9)}`,
      activities: [],
      dropped: 0,
      sizes: [],
      bytes: 0,
      sockets: new Set(),
      lastActive: Date.now(),
      queue: Promise.resolve(),
    };
    this.conversations.set(conversation.id, conversation);
    this.byToken.set(conversation.token, conversation);
    return { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS, userId: conversation.userId };
  }

  register(server: Server, basePath = '/v3/directline'): void {
    const wrap = (handler: (req: Request, res: Response) => Promise<void> | void) => async (req: Request, res: Response) => {
      try {
        await handler(req, res);
      } catch (error) {
        this.options.log.error({ err: error instanceof Error ? error.message : String(error) }, 'direct line request failed');
        if (!res.headersSent) res.send(500, { error: { code: 'ServiceError', message: 'Something went wrong.' } });
      }
    };

    server.post(`${basePath}/tokens/generate`, wrap((req, res) => {
      const body = (req.body ?? {}) as { user?: { id?: string } };
      res.send(200, this.createConversation(body.user?.id));
    }));
    server.post(`${basePath}/tokens/refresh`, wrap((req, res) => {
      const conversation = this.authorise(req, res);
      if (!conversation) return;
      conversation.tokenExpires = Date.now() + TOKEN_LIFETIME_SECONDS * 1000;
      res.send(200, { conversationId: conversation.id, token: conversation.token, expires_in: TOKEN_LIFETIME_SECONDS });
    }));
    server.post(`${basePath}/conversations`, wrap(async (req, res) => {
      const conversation = this.authorise(req, res);
      if (!conversation) return;
      res.send(201, this.describe(req, conversation));
      if (conversation.activities.length === 0 && conversation.dropped === 0) {
        // Like a channel, announce the bot and the user joining, which lets the bot say hello first.
        await this.deliver(conversation, {
          type: 'conversationUpdate',
          membersAdded: [this.botAccount, { id: conversation.userId, name: '', role: 'user' }],
        } as unknown as Partial<Activity>);
      }
    }));
    server.get(`${basePath}/conversations/:conversationId`, wrap((req, res) => {
      const conversation = this.authorise(req, res, req.params.conversationId);
      if (conversation) res.send(200, this.describe(req, conversation));
    }));
    server.get(`${basePath}/conversations/:conversationId/activities`, wrap((req, res) => {
      const conversation = this.authorise(req, res, req.params.conversationId);
      if (conversation) res.send(200, this.activitySet(conversation, String(req.query?.watermark ?? '')));
    }));
    server.post(`${basePath}/conversations/:conversationId/activities`, wrap(async (req, res) => {
      const conversation = this.authorise(req, res, req.params.conversationId);
      if (!conversation) return;
      const body = req.body as Partial<Activity> | undefined;
      if (!body || typeof body !== 'object' || Array.isArray(body) || typeof body.type !== 'string') {
        res.send(400, { error: { code: 'BadArgument', message: 'The activity must be a JSON object with a type.' } });
        return;
      }
      const id = await this.deliver(conversation, withBaseUrl(pickUserFields(body), req));
      res.send(200, { id });
    }));
    server.post(`${basePath}/conversations/:conversationId/upload`, wrap(async (req, res) => {
      const conversation = this.authorise(req, res, req.params.conversationId);
      if (!conversation) return;
      // File contents are never kept: the bot is told a file arrived, and explains it can't read files.
      const id = await this.deliver(conversation, {
        type: 'message',
        text: '',
        attachments: [{ contentType: 'application/octet-stream', name: 'upload' }],
      });
      res.send(200, { id });
    }));

    // The Bot Connector API the bot replies through (serviceUrl). Its path holds a secret made for this process
    // (see connectorPath): behind a reverse proxy on the same host every caller is loopback, so the address
    // alone proves nothing. Loopback is still required as well.
    const connector = wrap((req, res) => {
      if (!isLoopback(req.socket.remoteAddress)) {
        res.send(403, { error: { code: 'Forbidden', message: 'Local connector only.' } });
        return;
      }
      const conversation = this.conversations.get(String(req.params.conversationId));
      if (!conversation) {
        res.send(404, { error: { code: 'ConversationNotFound', message: 'No such conversation.' } });
        return;
      }
      const activity = (req.body ?? {}) as Activity;
      if (req.method === 'PUT' && req.params.activityId) {
        const index = conversation.activities.findIndex((a) => a.id === req.params.activityId);
        if (index >= 0) {
          const updated = forDisplay({ ...conversation.activities[index], ...forDisplay(activity), id: req.params.activityId });
          const size = Buffer.byteLength(JSON.stringify(updated));
          conversation.bytes += size - conversation.sizes[index];
          this.totalBytes += size - conversation.sizes[index];
          conversation.sizes[index] = size;
          conversation.activities[index] = updated;
          this.trim(conversation);
          this.keepWithinBudget(conversation);
        }
        res.send(200, { id: req.params.activityId });
        return;
      }
      const id = this.append(conversation, { ...activity, from: { ...this.botAccount, ...(activity.from ?? {}), role: 'bot' } });
      res.send(200, { id });
    });
    server.post(`${this.connectorPath}/v3/conversations/:conversationId/activities`, connector);
    server.post(`${this.connectorPath}/v3/conversations/:conversationId/activities/:activityId`, connector);
    server.put(`${this.connectorPath}/v3/conversations/:conversationId/activities/:activityId`, connector);

    this.basePath = basePath;
  }

  private basePath = '/v3/directline';

  /**
   * Takes a WebSocket upgrade if it is for a conversation stream (true), refusing it at once when the
   * token is wrong or a limit is reached; false when the path is not ours (the server closes those).
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://localhost');
    } catch {
      return false;
    }
    const match = url.pathname.match(new RegExp(`^${this.basePath}/conversations/([^/]+)/stream$`));
    if (!match) return false;
    const conversation = this.byToken.get(url.searchParams.get('t') ?? '');
    if (!conversation || conversation.id !== safeDecode(match[1]) || conversation.tokenExpires < Date.now()) {
      refuseUpgrade(socket, { status: 403, code: 'Forbidden', message: 'Missing, unknown or expired token.' });
      return true;
    }
    const limited = this.upgradeLimiter.check(req, conversation.sockets.size);
    if (limited) {
      refuseUpgrade(socket, limited);
      return true;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      conversation.sockets.add(ws);
      ws.on('close', () => conversation.sockets.delete(ws));
      ws.on('error', () => conversation.sockets.delete(ws));
      // Web Chat pings with empty messages; nothing else is expected from the browser on this socket.
      ws.on('message', () => undefined);
      const backlog = this.activitySet(conversation, url.searchParams.get('watermark') ?? '');
      if (backlog.activities.length > 0) ws.send(JSON.stringify(backlog));
    });
    return true;
  }

  private authorise(req: Request, res: Response, conversationId?: string): Conversation | undefined {
    const header = String(req.headers.authorization ?? '');
    const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
    const conversation = this.byToken.get(token);
    if (!conversation || conversation.tokenExpires < Date.now()) {
      res.send(403, { error: { code: 'TokenExpired', message: 'Missing, unknown or expired token.' } });
      return undefined;
    }
    if (conversationId !== undefined && conversationId !== conversation.id) {
      res.send(403, { error: { code: 'BadArgument', message: 'The token is not for this conversation.' } });
      return undefined;
    }
    this.touch(conversation);
    return conversation;
  }

  /** Marks a conversation active now, and moves it to the end of the idle order. */
  private touch(conversation: Conversation): void {
    conversation.lastActive = Date.now();
    this.conversations.delete(conversation.id);
    this.conversations.set(conversation.id, conversation);
  }

  private describe(req: Request, conversation: Conversation) {
    const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https' ? 'wss' : 'ws';
    const host = String(req.headers.host ?? '127.0.0.1');
    return {
      conversationId: conversation.id,
      token: conversation.token,
      expires_in: Math.max(0, Math.round((conversation.tokenExpires - Date.now()) / 1000)),
      streamUrl: `${proto}://${host}/v3/directline/conversations/${encodeURIComponent(conversation.id)}/stream?t=${encodeURIComponent(conversation.token)}`,
      referenceGrammarId: '',
    };
  }

  private activitySet(conversation: Conversation, watermark: string) {
    const from = /^\d+$/.test(watermark) ? Number(watermark) : 0;
    const start = Math.max(0, from - conversation.dropped);
    return {
      activities: conversation.activities.slice(start),
      watermark: String(conversation.dropped + conversation.activities.length),
    };
  }

  /** Stores an activity, gives it an id and pushes it to the open sockets. */
  private append(conversation: Conversation, activity: Partial<Activity>): string {
    const sequence = conversation.dropped + conversation.activities.length;
    const stored = forDisplay({
      ...activity,
      id: `${conversation.id}|${String(sequence).padStart(7, '0')}`,
      timestamp: new Date().toISOString(),
      channelId: 'directline',
      conversation: { id: conversation.id },
    } as unknown as Partial<Activity>);
    const json = JSON.stringify(stored);
    const size = Buffer.byteLength(json);
    conversation.activities.push(stored);
    conversation.sizes.push(size);
    conversation.bytes += size;
    this.totalBytes += size;
    this.trim(conversation);
    this.keepWithinBudget(conversation);
    const message = `{"activities":[${json}],"watermark":"${sequence + 1}"}`;
    for (const socket of conversation.sockets) if (socket.readyState === WebSocket.OPEN) socket.send(message);
    return stored.id!;
  }

  /** Drops the oldest activities while the conversation holds too many or too many bytes (keeping the newest). */
  private trim(conversation: Conversation): void {
    const maxCount = this.options.maxActivitiesPerConversation ?? 200;
    const maxBytes = this.options.maxBytesPerConversation ?? 256 * 1024;
    this.dropOldestWhile(conversation, (kept) => kept > maxCount || conversation.bytes > maxBytes);
  }

  /**
   * Drops a conversation's oldest activities while `tooMuch(activities kept)` holds, always keeping its newest,
   * and keeps the byte counts (the conversation's and the total) in step.
   */
  private dropOldestWhile(conversation: Conversation, tooMuch: (kept: number) => boolean): void {
    let excess = 0;
    while (conversation.activities.length - excess > 1 && tooMuch(conversation.activities.length - excess)) {
      conversation.bytes -= conversation.sizes[excess];
      this.totalBytes -= conversation.sizes[excess];
      excess += 1;
    }
    if (excess === 0) return;
    conversation.activities.splice(0, excess);
    conversation.sizes.splice(0, excess);
    conversation.dropped += excess;
  }

  /**
   * Holds all conversations' stored activities to maxTotalBytes. The longest-idle conversations lose their
   * history first, each down to its newest activity; then the longest-idle conversations with no open stream
   * are forgotten. `current` (the conversation just written to) is trimmed last and never forgotten.
   */
  private keepWithinBudget(current: Conversation): void {
    const max = this.maxTotalBytes;
    if (this.totalBytes <= max) return;
    // The map is in idle order, so this usually stops within the first conversation or two.
    for (const conversation of this.conversations.values()) {
      if (this.totalBytes <= max) return;
      if (conversation !== current) this.dropOldestWhile(conversation, () => this.totalBytes > max);
    }
    this.dropOldestWhile(current, () => this.totalBytes > max);
    for (const conversation of this.conversations.values()) {
      if (this.totalBytes <= max) return;
      if (conversation !== current && conversation.sockets.size === 0) this.forget(conversation);
    }
  }

  /** Echoes the user's activity into the conversation (as Direct Line does), then runs the bot's turn. */
  private deliver(conversation: Conversation, activity: Partial<Activity>): Promise<string> {
    const from = { id: conversation.userId, name: '', role: 'user' };
    const isUserActivity = activity.type !== 'conversationUpdate';
    const id = isUserActivity ? this.append(conversation, { ...activity, from }) : `${conversation.id}|update`;
    const incoming = {
      ...activity,
      id,
      from,
      recipient: this.botAccount,
      conversation: { id: conversation.id },
      channelId: 'directline',
      serviceUrl: `${this.options.serviceUrl()}${this.connectorPath}`,
      timestamp: new Date().toISOString(),
    } as unknown as Activity;
    const turn = conversation.queue.then(() =>
      this.options.bot.processLocalActivity(incoming).catch((error: unknown) => {
        this.options.log.error({ conversationId: logId(conversation.id), err: error instanceof Error ? error.message.split('\n')[0] : 'unknown' }, 'direct line turn failed');
      }),
    );
    conversation.queue = turn;
    return turn.then(() => id);
  }

  private forget(conversation: Conversation): void {
    for (const socket of conversation.sockets) socket.terminate();
    if (this.conversations.delete(conversation.id)) this.totalBytes -= conversation.bytes;
    this.byToken.delete(conversation.token);
  }

  private sweep(): void {
    const cutoff = Date.now() - this.idleMs;
    for (const conversation of this.conversations.values()) {
      if (conversation.lastActive < cutoff && conversation.sockets.size === 0) this.forget(conversation);
    }
  }
}

/** Longest text kept for display; the bot itself refuses messages far shorter than this. */
const MAX_DISPLAY_TEXT = 8_000;
/** Longest single string kept anywhere else in a stored activity (URLs, names, ids). */
const MAX_FIELD = 2_048;
/** Largest card content kept for one attachment (the bot's own cards are a few kilobytes). */
const MAX_CARD_BYTES = 32 * 1024;

const clip = (value: unknown, max = MAX_FIELD): string | undefined => (typeof value === 'string' ? value.slice(0, max) : undefined);

/**
 * Only what Web Chat shows, so a stored activity stays small whatever a client sent: text, the sender,
 * time and id, suggested actions, and attachments' type, name, URL and (for cards) content. A client's
 * `value` and `channelData` are dropped, except the two channelData fields Web Chat uses to match its own
 * echo. Pure, for tests.
 */
export function forDisplay(activity: Partial<Activity>): Activity {
  const a = activity as Partial<Activity> & Record<string, unknown>;
  const out: Record<string, unknown> = {
    type: clip(a.type, 64),
    id: clip(a.id),
    timestamp: clip(a.timestamp, 64),
    channelId: clip(a.channelId, 64),
    conversation: a.conversation && typeof a.conversation === 'object' ? { id: clip(a.conversation.id) } : undefined,
    from: a.from && typeof a.from === 'object' ? { id: clip(a.from.id), name: clip(a.from.name, 200), role: clip(a.from.role, 32) } : undefined,
    text: clip(a.text, MAX_DISPLAY_TEXT),
    textFormat: clip(a.textFormat, 32),
    inputHint: clip(a.inputHint, 32),
    replyToId: clip(a.replyToId),
    attachmentLayout: clip(a.attachmentLayout, 32),
  };
  if (Array.isArray(a.attachments)) {
    out.attachments = a.attachments.slice(0, 20).filter((x) => x && typeof x === 'object').map((x) => {
      const contentType = clip(x.contentType, 200) ?? '';
      const kept: Record<string, unknown> = { contentType, name: clip(x.name, 200) };
      const url = clip(x.contentUrl, MAX_FIELD + 1);
      if (url !== undefined && url.length <= MAX_FIELD) kept.contentUrl = url;
      if (contentType.startsWith('application/vnd.microsoft.card.') && x.content !== undefined) {
        const content = JSON.stringify(x.content) ?? '';
        if (Buffer.byteLength(content) <= MAX_CARD_BYTES) kept.content = JSON.parse(content);
      }
      return kept;
    });
  }
  const actions = (a.suggestedActions as { actions?: unknown } | undefined)?.actions;
  if (Array.isArray(actions)) {
    out.suggestedActions = {
      actions: actions.slice(0, 20).filter((x) => x && typeof x === 'object').map((x: Record<string, unknown>) => ({
        type: clip(x.type, 32),
        title: clip(x.title, 200),
        value: typeof x.value === 'string' ? clip(x.value, 500) : undefined,
        displayText: clip(x.displayText, 200),
      })),
    };
  }
  const channelData = a.channelData as Record<string, unknown> | undefined;
  if (channelData && typeof channelData === 'object') {
    const clientActivityID = clip(channelData.clientActivityID, 200);
    const clientTimestamp = clip(channelData.clientTimestamp, 64);
    // The bot's own flag for our page and widget ("forget me" cleared the screen) is kept too.
    const forgotten = channelData[FORGOTTEN_FLAG] === true ? { [FORGOTTEN_FLAG]: true } : {};
    if (clientActivityID !== undefined || clientTimestamp !== undefined || forgotten[FORGOTTEN_FLAG]) out.channelData = { clientActivityID, clientTimestamp, ...forgotten };
  }
  for (const key of Object.keys(out)) if (out[key] === undefined) delete out[key];
  return out as unknown as Activity;
}

/** Only the fields a user's client may set; identity and routing come from the token, not the body. */
/** Host names and ports only (a Host header is the client's to set; anything else is not used for links). */
const HOST = /^(?:[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/**
 * Stamps the address this browser reached us at on the activity, for download links in local mode
 * (src/bot/downloads.ts). Whatever the client put in that field itself is replaced.
 */
export function withBaseUrl(activity: Partial<Activity>, req: Request): Partial<Activity> {
  const host = String(req.headers.host ?? '');
  const proto = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0].trim() === 'https' ? 'https' : 'http';
  const channelData = { ...(activity.channelData && typeof activity.channelData === 'object' ? activity.channelData : {}) } as Record<string, unknown>;
  delete channelData[LOCAL_BASE_URL_FIELD];
  if (HOST.test(host)) channelData[LOCAL_BASE_URL_FIELD] = `${proto}://${host}`;
  return { ...activity, channelData };
}

function pickUserFields(body: Partial<Activity>): Partial<Activity> {
  const { type, text, value, locale, channelData, attachments, name, textFormat } = body;
  return { type, text, value, locale, channelData, attachments, name, textFormat };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

const STATUS_TEXT: Record<number, string> = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 429: 'Too Many Requests' };

/** Answers an upgrade request with a plain HTTP status and closes the socket (nothing is left half-open). */
export function refuseUpgrade(socket: Duplex, limit: LimitResponse): void {
  const body = JSON.stringify({ error: { code: limit.code, message: limit.message } });
  const headers = Object.entries(limit.headers ?? {}).map(([k, v]) => `${k}: ${v}\r\n`).join('');
  socket.on('error', () => undefined);
  socket.end(
    `HTTP/1.1 ${limit.status} ${STATUS_TEXT[limit.status] ?? 'Error'}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n${headers}\r\n${body}`,
  );
  // A client that never reads must not keep the socket: give it a moment to take the answer, then drop it.
  setTimeout(() => socket.destroy(), 1000).unref();
}

function isLoopback(address: string | undefined): boolean {
  return !!address && (address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.'));
}
