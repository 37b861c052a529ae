import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { CENSOR, createLogger, logLevelFromEnv, messageTextModeFromEnv, logId, turnLog } from '../src/log';

/** Collects every JSON line pino writes, so a test can read exactly what would reach the log. */
function capture() {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return {
    stream,
    text: () => chunks.join(''),
    lines: () =>
      chunks
        .join('')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

const SECRETS = ['sarah.jones@example.com', 'Sarah', 'Jones', 'Jack', '03/03/2019', '2019', '07700 900123', 'DT1 1XJ'];
const personalText =
  "Hi I'm Sarah Jones, my son is called Jack, DOB 03/03/2019. Email sarah.jones@example.com or call 07700 900123, we're at DT1 1XJ";

/** An activity as botbuilder hands it to the bot, with personal data in every field a user controls. */
function personalActivity() {
  return {
    type: 'message',
    id: 'act-1',
    channelId: 'webchat',
    conversation: { id: 'conv-123' },
    from: { id: 'user-1', name: 'Sarah Jones', aadObjectId: 'aad-Sarah' },
    recipient: { id: 'bot', name: 'Signpost' },
    text: personalText,
    value: { childName: 'Jack', dob: '03/03/2019' },
    attachments: [{ contentType: 'text/plain', name: 'Jack-report.txt' }],
    channelData: { clientActivityID: 'x', note: 'Sarah Jones' },
  };
}

function expectNoSecrets(output: string) {
  expect(output.length).toBeGreaterThan(0);
  for (const s of SECRETS) expect(output, `log contains "${s}"`).not.toContain(s);
}

describe('turnLog', () => {
  it('keeps only safe fields and the text length', () => {
    const fields = turnLog(personalActivity(), 'answer', 'off');
    expect(fields).toEqual({
      conversationId: logId('conv-123'),
      channelId: 'webchat',
      activityType: 'message',
      textLength: personalText.length,
      attachmentCount: 1,
      hasValue: true,
      outcome: 'answer',
    });
  });

  it('a logged turn leaves no email, name or date of birth in the output', () => {
    const out = capture();
    const log = createLogger({ destination: out.stream, level: 'info' });
    log.info(turnLog(personalActivity(), 'answer', 'off'), 'turn');
    expectNoSecrets(out.text());
    const [line] = out.lines();
    expect(line.textLength).toBe(personalText.length);
    // Hashed: lines of one conversation can be followed, but the channel's id is not in the log.
    expect(line.conversationId).toBe(logId('conv-123'));
    expect(line.conversationId).toMatch(/^c_[\w-]{12}$/);
    expect(JSON.stringify(line)).not.toContain('conv-123');
    expect(logId('x'.repeat(100_000))!.length).toBe(14);
    expect(line.msg).toBe('turn');
  });

  it('with LOG_MESSAGE_TEXT=redacted logs only the redacted text', () => {
    const out = capture();
    const log = createLogger({ destination: out.stream, level: 'info' });
    log.info(turnLog({ ...personalActivity(), text: `${personalText}. What can I do?` }, 'answer', 'redacted'), 'turn');
    expectNoSecrets(out.text());
    const [line] = out.lines();
    expect(line.redactedText).toBe(
      "Hi I'm [name], my son is called [name], DOB [date]. Email [email] or call [phone], we're at [postcode]. What can I do?",
    );
  });

  it('with LOG_MESSAGE_TEXT=redacted never logs words that do not read as a question', () => {
    // Short answers to a prompt (a child's name, a school) and statements keep only their length.
    for (const text of ['Oliver Thompson', 'Hillside Academy', personalText, 'what now']) {
      const fields = turnLog({ type: 'message', text }, undefined, 'redacted');
      expect(fields.redactedText, text).toBeUndefined();
      expect(fields.textLength).toBe(text.length);
    }
    expect(turnLog({ type: 'message', text: 'what is an EHC plan' }, undefined, 'redacted').redactedText).toBe('what is an EHC plan');
  });

  it('redacts before truncating, so a long message cannot leave half an email', () => {
    const text = 'can I ' + 'x'.repeat(480) + ' write to sarah.jones@example.com please?';
    const fields = turnLog({ type: 'message', text }, undefined, 'redacted');
    expect(fields.redactedText).toBeDefined();
    expect(fields.redactedText).not.toContain('sarah');
    expect(fields.redactedText!.length).toBeLessThanOrEqual(500);
  });

  it('survives missing or odd activities', () => {
    expect(turnLog(undefined, undefined, 'off')).toEqual({
      conversationId: undefined,
      channelId: undefined,
      activityType: undefined,
      textLength: 0,
    });
    expect(turnLog({ type: 'message', text: 42 as unknown as string }, undefined, 'redacted').textLength).toBe(0);
    expect(turnLog({ conversation: null }, undefined, 'off').conversationId).toBeUndefined();
  });
});

describe('createLogger redact config (defence in depth)', () => {
  it('censors text, value, names and attachments when a whole activity is logged by mistake', () => {
    const out = capture();
    const log = createLogger({ destination: out.stream, level: 'info' });
    const activity = personalActivity();
    log.info(activity, 'top-level activity');
    log.info({ activity }, 'nested once');
    log.info({ context: { activity } }, 'nested twice');
    expectNoSecrets(out.text());
    const lines = out.lines();
    expect(lines).toHaveLength(3);
    expect(lines[0].text).toBe(CENSOR);
    expect((lines[1].activity as Record<string, unknown>).text).toBe(CENSOR);
    // Safe fields still get through, so logs stay useful.
    expect((lines[1].activity as { conversation: { id: string } }).conversation.id).toBe('conv-123');
  });

  it('censors authorization headers', () => {
    const out = capture();
    const log = createLogger({ destination: out.stream, level: 'info' });
    log.info({ req: { headers: { authorization: 'Bearer secret-token' } } }, 'request');
    expect(out.text()).not.toContain('secret-token');
  });

  it('honours LOG_LEVEL and ignores nonsense values', () => {
    expect(logLevelFromEnv({ LOG_LEVEL: 'debug' })).toBe('debug');
    expect(logLevelFromEnv({ LOG_LEVEL: 'WARN' })).toBe('warn');
    expect(logLevelFromEnv({ LOG_LEVEL: 'loud' })).toBe('info');
    expect(logLevelFromEnv({})).toBe('info');
    const out = capture();
    const log = createLogger({ destination: out.stream, level: 'warn' });
    log.info('hidden');
    log.warn('shown');
    expect(out.lines().map((l) => l.msg)).toEqual(['shown']);
  });

  it('LOG_MESSAGE_TEXT is off unless exactly "redacted"', () => {
    expect(messageTextModeFromEnv({})).toBe('off');
    expect(messageTextModeFromEnv({ LOG_MESSAGE_TEXT: 'raw' })).toBe('off');
    expect(messageTextModeFromEnv({ LOG_MESSAGE_TEXT: 'true' })).toBe('off');
    expect(messageTextModeFromEnv({ LOG_MESSAGE_TEXT: 'Redacted' })).toBe('redacted');
  });

  it('writes JSON lines with a level and time', () => {
    const out = capture();
    createLogger({ destination: out.stream, level: 'info' }).info({ outcome: 'x' }, 'hello');
    const [line] = out.lines();
    expect(line.level).toBe(30);
    expect(typeof line.time).toBe('number');
  });
});
