import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { AuthenticationError, type BotFrameworkAuthentication } from 'botframework-connector';

export interface TurnErrorReporter {
  (context: TurnContext, error: unknown): Promise<void>;
}

/**
 * The channel adapter. With no app id it runs in local mode (any caller, no tokens), as the
 * Bot Framework Emulator expects; with an app id every request must carry a valid Bot Framework token.
 */
export function createAdapter(config: Config, onError: TurnErrorReporter): CloudAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
  });
  const adapter = new CloudAdapter(withTokenErrorsAs401(auth)); // forged/badly signed tokens: 401, not 500
  adapter.onTurnError = onError;
  return adapter;
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
        throw err;
      }
    };
  }
  return auth;
}
