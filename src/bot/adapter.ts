import { CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';
import type { Config } from '../config';
import { withTokenErrorsAs401 } from '../http/security';

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
