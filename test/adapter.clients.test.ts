import { describe, expect, it } from 'vitest';
import type { BotFrameworkAuthentication, ClaimsIdentity } from 'botframework-connector';
import { MAX_CACHED_CLIENTS, withReusedClients } from '../src/bot/adapter';

/** A stand-in authentication that counts the clients it builds. */
function countingAuth() {
  const made = { connectors: 0, userTokens: 0, failNext: false };
  const factory = () => ({
    create: async (serviceUrl: string) => ({ serviceUrl, n: ++made.connectors }),
  });
  const auth = {
    // An incoming request brings its own factory, as CloudAdapter's processActivity uses.
    authenticateRequest: async () => ({ claimsIdentity: identity('app'), connectorFactory: factory() }),
    createConnectorFactory: () => ({
      create: async (serviceUrl: string) => {
        made.connectors += 1;
        if (made.failNext) {
          made.failNext = false;
          throw new Error('no credentials');
        }
        return { serviceUrl, n: made.connectors };
      },
    }),
    createUserTokenClient: async () => ({ n: ++made.userTokens }),
  } as unknown as BotFrameworkAuthentication;
  return { auth: withReusedClients(auth), made };
}

const identity = (appId: string) => ({ claims: [{ type: 'aud', value: appId }] }) as unknown as ClaimsIdentity;

describe('withReusedClients', () => {
  it('builds one connector client per bot identity, service URL and audience, and one token client per identity', async () => {
    const { auth, made } = countingAuth();
    const a1 = await auth.createConnectorFactory(identity('app')).create('http://one', 'aud');
    const a2 = await auth.createConnectorFactory(identity('app')).create('http://one', 'aud');
    expect(a2).toBe(a1);
    await auth.createConnectorFactory(identity('app')).create('http://two', 'aud');
    await auth.createConnectorFactory(identity('other')).create('http://one', 'aud');
    expect(made.connectors).toBe(3);

    const t1 = await auth.createUserTokenClient(identity('app'));
    expect(await auth.createUserTokenClient(identity('app'))).toBe(t1);
    expect(await auth.createUserTokenClient(identity('other'))).not.toBe(t1);
    expect(made.userTokens).toBe(2);
  });

  it('reuses clients from the factory an incoming request brings', async () => {
    const { auth, made } = countingAuth();
    const first = await (await auth.authenticateRequest({} as never, '')).connectorFactory!.create('http://one', 'aud');
    const second = await (await auth.authenticateRequest({} as never, '')).connectorFactory!.create('http://one', 'aud');
    expect(second).toBe(first);
    expect(made.connectors).toBe(1);
  });

  it('does not keep a failed creation, and stays bounded', async () => {
    const { auth, made } = countingAuth();
    made.failNext = true;
    await expect(auth.createConnectorFactory(identity('app')).create('http://one')).rejects.toThrow('no credentials');
    await Promise.resolve();
    const ok = await auth.createConnectorFactory(identity('app')).create('http://one');
    expect(ok).toMatchObject({ serviceUrl: 'http://one' });
    expect(made.connectors).toBe(2);

    for (let i = 0; i < MAX_CACHED_CLIENTS + 5; i++) await auth.createConnectorFactory(identity('app')).create(`http://s${i}`);
    const before = made.connectors;
    await auth.createConnectorFactory(identity('app')).create('http://one');
    expect(made.connectors).toBe(before + 1); // the cache started again rather than growing
  });
});
