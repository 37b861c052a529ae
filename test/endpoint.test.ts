import type { TurnContext } from 'botbuilder';
import { AuthenticationError } from 'botframework-connector';
import { describe, expect, it } from 'vitest';
import { AuthUnavailableError, botEndpoint, createAdapter } from '../src/bot/adapter';
import type { ChannelActivity } from '../src/bot/endpoint';
import { REQUEST_ORIGIN } from '../src/bot/staffExtension';
import { readConfig } from '../src/config';

/** The bot's port as the http layer uses it, on the real CloudAdapter (local mode: no app id, no token). */
function endpointSeeing(appId = '') {
  const seen: Array<{ origin: unknown; timestamp: unknown; rawTimestamp: unknown; text?: string }> = [];
  const adapter = createAdapter({ ...readConfig({}), microsoftAppId: appId }, async () => undefined);
  const endpoint = botEndpoint(adapter, async (context: TurnContext) => {
    const activity = context.activity as TurnContext['activity'] & { rawTimestamp?: string };
    seen.push({ origin: context.turnState.get(REQUEST_ORIGIN), timestamp: activity.timestamp, rawTimestamp: activity.rawTimestamp, text: activity.text });
  });
  return { endpoint, seen };
}

const event = (over: Partial<ChannelActivity> = {}): ChannelActivity => ({
  type: 'event',
  name: 'probe',
  channelId: 'emulator',
  serviceUrl: 'http://127.0.0.1:9',
  conversation: { id: 'c1' },
  from: { id: 'u1' },
  recipient: { id: 'b1' },
  ...over,
});

describe('the bot endpoint (src/bot/endpoint.ts) on the Bot Framework adapter', () => {
  it('runs a channel turn with the request origin in turn state and the timestamp as a Date', async () => {
    const { endpoint, seen } = endpointSeeing();
    await endpoint.processChannelActivity('', event({ timestamp: '2026-03-02T10:00:00.000Z' }), 'https://bot.example.org');
    expect(seen).toHaveLength(1);
    expect(seen[0].origin).toBe('https://bot.example.org');
    expect(seen[0].timestamp).toBeInstanceOf(Date);
    expect((seen[0].timestamp as Date).toISOString()).toBe('2026-03-02T10:00:00.000Z');
    expect(seen[0].rawTimestamp).toBe('2026-03-02T10:00:00.000Z');
  });

  it('sets no origin when the request had none', async () => {
    const { endpoint, seen } = endpointSeeing();
    await endpoint.processChannelActivity('', event());
    expect(seen[0].origin).toBeUndefined();
  });

  it('runs a local Direct Line turn (local mode, no token)', async () => {
    const { endpoint, seen } = endpointSeeing();
    await endpoint.processLocalActivity(event({ type: 'message', text: 'hello', channelId: 'directline' }));
    expect(seen.map((s) => s.text)).toEqual(['hello']);
  });

  it('refuses a channel turn without a token when an app id is set, and calls that unauthorized', async () => {
    const { endpoint, seen } = endpointSeeing('00000000-0000-0000-0000-000000000001');
    const error = await endpoint.processChannelActivity('', event()).then(() => undefined, (e: unknown) => e);
    expect(error).toBeDefined();
    expect(endpoint.failure(error).kind).toBe('unauthorized');
    expect(seen).toEqual([]);
  });

  it('says what a failure means without its message', () => {
    const { endpoint } = endpointSeeing();
    expect(endpoint.failure(new AuthenticationError('bad token', 401)).kind).toBe('unauthorized');
    expect(endpoint.failure(new AuthenticationError('bad token', 401)).reason).not.toContain('bad token');
    expect(endpoint.failure(new AuthUnavailableError('FetchError'))).toEqual({ kind: 'unavailable', reason: 'FetchError' });
    expect(endpoint.failure(new TypeError('secret detail'))).toEqual({ kind: 'failed', reason: 'TypeError' });
    expect(endpoint.failure('thrown string')).toEqual({ kind: 'failed', reason: 'error' });
  });
});
