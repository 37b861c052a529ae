import { randomBytes } from 'node:crypto';
import { ActivityTypes, type Attachment, type Storage, type TurnContext } from 'botbuilder';
import type { Config } from '../config';
import type { DownloadFile, FileStore, SignpostDeps } from '../deps';

/**
 * Short-lived downloads, so every channel can offer the letter and the calendar file as a link (Teams takes
 * no data: URL from a bot). The file waits in the conversation state store (memory, or Blob Storage shared by
 * every instance, so any instance can serve the link) under a random id, for {@link DOWNLOAD_TTL_MS}.
 * After that it reads as absent and is deleted. The id and the content are never logged.
 */

export const DOWNLOAD_TTL_MS = 15 * 60_000;
/** The route that serves a file (src/http/downloadRoute.ts); `/print` after the id gives a printable page. */
export const DOWNLOAD_PATH = '/files';
/** 32 random bytes as base64url: 43 characters, unguessable. */
export const DOWNLOAD_ID = /^[A-Za-z0-9_-]{43}$/;
const KEY_PREFIX = 'downloads/';

interface StoredFile extends DownloadFile {
  /** Milliseconds since the epoch after which the file is gone. */
  expires: number;
}

export class DownloadStore implements FileStore {
  constructor(
    private readonly storage: Storage,
    private readonly now: () => number = Date.now,
    private readonly ttlMs = DOWNLOAD_TTL_MS,
  ) {}

  async put(file: DownloadFile): Promise<string> {
    const id = randomBytes(32).toString('base64url');
    const item: StoredFile = { name: file.name, contentType: file.contentType, body: file.body, expires: this.now() + this.ttlMs };
    await this.storage.write({ [KEY_PREFIX + id]: { ...item, eTag: '*' } });
    // Delete on expiry even if nobody asks for it (this instance's timer; a read elsewhere also deletes it).
    const timer = setTimeout(() => void this.storage.delete([KEY_PREFIX + id]).catch(() => undefined), this.ttlMs);
    timer.unref();
    return id;
  }

  async get(id: string): Promise<DownloadFile | undefined> {
    if (!DOWNLOAD_ID.test(id)) return undefined;
    const key = KEY_PREFIX + id;
    const item = (await this.storage.read([key]))[key] as Partial<StoredFile> | undefined;
    if (!item || typeof item.body !== 'string' || typeof item.name !== 'string' || typeof item.contentType !== 'string') return undefined;
    if (typeof item.expires !== 'number' || item.expires <= this.now()) {
      await this.storage.delete([key]).catch(() => undefined);
      return undefined;
    }
    return { name: item.name, contentType: item.contentType, body: item.body };
  }
}

/** Web Chat's local Direct Line stamps the address the chat came in on here (src/http/directline.ts). */
export const LOCAL_BASE_URL_FIELD = 'signpostBaseUrl';

/**
 * Where a download link should point: PUBLIC_BASE_URL when set; in local mode, the address the parent's
 * browser used to reach the local Direct Line. Undefined when neither is known.
 */
export function publicBaseUrl(context: TurnContext, config: Config): string | undefined {
  if (config.publicBaseUrl) return config.publicBaseUrl;
  if (config.microsoftAppId !== '') return undefined;
  const stamped = (context.activity.channelData as Record<string, unknown> | undefined)?.[LOCAL_BASE_URL_FIELD];
  return typeof stamped === 'string' && /^https?:\/\/[^\s/?#]+$/.test(stamped) ? stamped : undefined;
}

export interface FileOffer {
  file: DownloadFile;
  /** Markdown shown with the link, with `{link}` where the download link goes. */
  text: string;
  /** The link's words, e.g. "Download the letter". */
  linkText: string;
  /** Markdown for the printable page's link, with `{link}`; only for files that have one (the letter). */
  printText?: string;
  printLinkText?: string;
  /** What to say when no link can be made and the channel takes no data: URL (Teams). Undefined: say nothing. */
  noLinkText?: string;
}

/** A `data:` URL holding the file, for channels that take one when no link can be made. */
function dataUrl(file: DownloadFile): string {
  return `data:${file.contentType.replace(/\s+/g, "")};base64,${Buffer.from(file.body, 'utf8').toString('base64')}`;
}

/**
 * Offers a file in whatever channel the parent is in: a short-lived link (shown as a Markdown link, which
 * Teams turns into a card with a working link) and, where the channel shows files, the same link as a file
 * attachment. With no way to make a link, channels other than Teams get the file as a data: URL.
 * Returns the download URL when one was made.
 */
export async function offerFile(context: TurnContext, deps: SignpostDeps, offer: FileOffer): Promise<string | undefined> {
  const base = publicBaseUrl(context, deps.config);
  const teams = context.activity.channelId === 'msteams';
  if (!base || !deps.files) {
    if (teams) {
      if (offer.noLinkText) await context.sendActivity({ type: ActivityTypes.Message, text: offer.noLinkText, textFormat: 'markdown' });
      return undefined;
    }
    const attachment: Attachment = { contentType: offer.file.contentType, contentUrl: dataUrl(offer.file), name: offer.file.name };
    await context.sendActivity({ type: ActivityTypes.Message, text: offer.text.replace('{link}', offer.file.name), attachments: [attachment] });
    return undefined;
  }
  const id = await deps.files.put(offer.file);
  const url = `${base}${DOWNLOAD_PATH}/${id}`;
  const lines = [offer.text.replace('{link}', `[${offer.linkText}](${url})`)];
  if (offer.printText && offer.printLinkText) lines.push(offer.printText.replace('{link}', `[${offer.printLinkText}](${url}/print)`));
  const text = lines.join('\n\n');
  if (teams) {
    // A Markdown message becomes an Adaptive Card in Teams (src/bot/bot.ts), where http(s) links work.
    await context.sendActivity({ type: ActivityTypes.Message, text, textFormat: 'markdown' });
  } else {
    const attachment: Attachment = { contentType: offer.file.contentType, contentUrl: url, name: offer.file.name };
    await context.sendActivity({ type: ActivityTypes.Message, text, textFormat: 'markdown', attachments: [attachment] });
  }
  return url;
}
