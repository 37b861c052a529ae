import type * as restify from 'restify';
import type { BotEndpoint } from '../bot/endpoint';
import type { SignpostDeps } from '../deps';
import type { BotLog } from '../log';

export interface ServerParts {
  deps: SignpostDeps;
  /** The bot, behind the port its layer defines (no Bot Framework types reach the HTTP layer). */
  bot: BotEndpoint;
  log: BotLog;
  /** Whether the conversation store answers, for GET /readyz (absent: always ready). */
  readiness?: () => Promise<{ ok: boolean; reason?: string }>;
}

/** A feature that adds its own routes (widget, reference pages, insights…). */
export type RouteFeature = (server: restify.Server, parts: ServerParts) => void;
