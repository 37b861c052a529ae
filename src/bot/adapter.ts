import { Activity, CloudAdapter, ConfigurationBotFrameworkAuthentication, InvokeResponse, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { AuthenticationError, type BotFrameworkAuthentication, type ClaimsIdentity, type ConnectorFactory } from 'botframework-connector';
import type { BotEndpoint, ChannelActivity } from './endpoint';
import { REQUEST_ORIGIN } from './staffExtension';

export interface TurnErrorReporter {
  (context: TurnContext, error: unknown): Promise<void>;
}

/**
 * The channel adapter. With no app id it runs in local mode (any caller, no tokens), as the
 * Bot Framework Emulator expects; with an app id every request must carry a valid Bot Framework token.
 */
export function createAdapter(config: Config, onError: TurnErrorReporter): SignpostAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  // forged/badly signed tokens: 401, not 500; one connector client per channel, not one per turn
  const adapter = new SignpostAdapter(withReusedClients(withTokenErrorsAs401(auth)));
  adapter.onTurnError = onError;
  return adapter;
}

/** CloudAdapter with its activity processing reachable, so the HTTP layer can answer and log errors itself. */
export class SignpostAdapter extends CloudAdapter {
  processChannelActivity(authHeader: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authHeader, activity, logic);
  }
}

/**
 * The bot as the HTTP layer sees it (src/bot/endpoint.ts), on the Bot Framework's CloudAdapter. The HTTP
 * layer answers and logs errors itself: CloudAdapter.process printed a multi-line stack for every rejected
 * token and sent the upstream error text as the body.
 */
export function botEndpoint(adapter: SignpostAdapter, logic: (context: TurnContext) => Promise<void>): BotEndpoint {
  return {
    processChannelActivity(authHeader, body, origin) {
      const activity = body as unknown as Activity & { rawTimestamp?: string; rawLocalTimestamp?: string };
      // As botbuilder's validateAndFixActivity: keep the raw strings, and give the bot Date objects.
      if (typeof activity.timestamp === 'string') {
        activity.rawTimestamp = activity.timestamp;
        activity.timestamp = new Date(activity.timestamp);
      }
      if (typeof activity.localTimestamp === 'string') {
        activity.rawLocalTimestamp = activity.localTimestamp;
        activity.localTimestamp = new Date(activity.localTimestamp);
      }
      const withOrigin = origin
        ? (context: TurnContext) => {
            context.turnState.set(REQUEST_ORIGIN, origin);
            return logic(context);
          }
        : logic;
      return adapter.processChannelActivity(authHeader, activity, withOrigin);
    },
    async processLocalActivity(activity: ChannelActivity) {
      await adapter.processActivityDirect('', activity as unknown as Activity, logic);
    },
    failure(error) {
      if (error instanceof AuthenticationError) return { kind: 'unauthorized', reason: error.name };
      if (error instanceof AuthUnavailableError) return { kind: 'unavailable', reason: error.reason };
      return { kind: 'failed', reason: error instanceof Error ? error.name : 'error' };
    },
  };
}

/** The Bot Framework's signing keys could not be fetched, so no token can be checked just now (503). */
export class AuthUnavailableError extends Error {
  override readonly name = 'AuthUnavailableError';
  constructor(readonly reason: string) {
    super('The token service is not available.');
  }
}

/** jsonwebtoken's error names for a token that is malformed, wrongly signed, not yet valid or expired. */
export const TOKEN_ERROR_NAMES = new Set(['JsonWebTokenError', 'NotBeforeError', 'TokenExpiredError']);

/**
 * botframework-connector's JwtTokenExtractor rethrows jsonwebtoken's own errors for a token whose
 * signature does not verify (a forged token using a real key id, or HS256 "algorithm confusion"),
 * and CloudAdapter answers anything that is not an AuthenticationError with 500. This wraps the
 * authentication so every bad token is a 401, and the bot still never runs.
 */
export function withTokenErrorsAs401<T extends BotFrameworkAuthentication>(auth: T): T {
  const methods = ['authenticateRequest', 'authenticateStreamingRequest', 'authenticateChannelRequest'] as const;
  for (const name of methods) {
    const original = (auth as unknown as Record<string, unknown>)[name];
    if (typeof original !== 'function') continue;
    (auth as unknown as Record<string, unknown>)[name] = async (...args: unknown[]) => {
      try {
        return await (original as (...a: unknown[]) => Promise<unknown>).apply(auth, args);
      } catch (err) {
        if (err instanceof AuthenticationError) throw err;
        if (err instanceof Error && TOKEN_ERROR_NAMES.has(err.name)) {
          throw new AuthenticationError('Unauthorized. The token is not valid.', 401);
        }
        // Anything else here is the signing-key endpoint failing (unreachable, bad answer): not the caller's fault.
        throw new AuthUnavailableError(err instanceof Error ? err.name : 'error');
      }
    };
  }
  return auth;
}

/** Channels and bot identities a process talks to are few; past this the caches start again. */
export const MAX_CACHED_CLIENTS = 100;

/** The claims that decide which credentials a client uses: the bot's app id as the caller stated it. */
function identityKey(identity: { claims?: Array<{ type: string; value: string }> } | undefined): string {
  const claims = identity?.claims ?? [];
  return ['aud', 'azp', 'appid', 'ver', 'iss'].map((t) => claims.find((c) => c.type === t)?.value ?? '').join('|');
}

function remember<V>(cache: Map<string, V>, key: string, make: () => V): V {
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (cache.size >= MAX_CACHED_CLIENTS) cache.clear();
  const made = make();
  cache.set(key, made);
  return made;
}

/**
 * CloudAdapter builds a new ConnectorClient and UserTokenClient (each with its own HTTP pipeline) on every
 * turn; profiling a paced load run showed that construction costing more CPU than the matcher. The clients
 * hold no per-turn state and their credentials fetch and refresh tokens themselves, so one client per
 * bot identity + service URL + audience is reused (bounded). A failed creation is not kept.
 */
export function withReusedClients<T extends BotFrameworkAuthentication>(auth: T): T {
  const connectors = new Map<string, Promise<unknown>>();
  const userTokens = new Map<string, Promise<unknown>>();
  const forget = <V>(cache: Map<string, Promise<V>>, key: string, made: Promise<V>) => {
    made.catch(() => {
      if (cache.get(key) === made) cache.delete(key);
    });
    return made;
  };
  const reuse = (factory: ConnectorFactory, identity: ClaimsIdentity | undefined): ConnectorFactory => {
    const id = identityKey(identity);
    const create = factory.create.bind(factory);
    factory.create = (serviceUrl: string, audience?: string) => {
      const key = `${id}#${serviceUrl}#${audience ?? ''}`;
      return remember(connectors, key, () => forget(connectors, key, create(serviceUrl, audience))) as ReturnType<typeof create>;
    };
    return factory;
  };
  const createConnectorFactory = auth.createConnectorFactory.bind(auth);
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createConnectorFactory = (identity) => reuse(createConnectorFactory(identity), identity);
  // An incoming request's factory comes with its authentication result, not from createConnectorFactory.
  const authenticateRequest = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (...args: Parameters<typeof authenticateRequest>) => {
    const result = await authenticateRequest(...args);
    if (result?.connectorFactory) result.connectorFactory = reuse(result.connectorFactory, result.claimsIdentity);
    return result;
  };
  auth.createUserTokenClient = (identity) => {
    const key = identityKey(identity);
    return remember(userTokens, key, () => forget(userTokens, key, createUserTokenClient(identity))) as ReturnType<typeof createUserTokenClient>;
  };
  return auth;
}
