import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/logger.ts';
import { loadConfig } from '../../src/config.ts';
import { redactText } from '../../src/core/redact.ts';

// Tries to get every secret the bot is given into a log line, by every road: fields, nested
// fields, the message, an error's message and stack, a URL with credentials. None may come out.

const ENV = {
  DISCORD_TOKEN: 'MTAwMDAwMDAwMDAwMDAwMDAy.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789',
  DISCORD_APP_ID: '100000000000000001',
  SLACK_BOT_TOKEN: 'xoxb-1111-2222-abcdefSECRET',
  SLACK_SIGNING_SECRET: '8f742231b10e8888abc0signing',
  SLACK_APP_TOKEN: 'xapp-1-A111-222-zzzSECRET',
  DATABASE_URL: 'postgres://visitbot:pa%24%24w0rd-x9@db.internal:5432/visitbot',
};
const SECRETS = [ENV.DISCORD_TOKEN, ENV.SLACK_BOT_TOKEN, ENV.SLACK_SIGNING_SECRET, ENV.SLACK_APP_TOKEN, 'pa$$w0rd-x9', 'pa%24%24w0rd-x9'];

function capture(mode: 'service' | 'console', level = 'trace') {
  const lines: string[] = [];
  const config = loadConfig(ENV);
  const logger = createLogger(level, { mode, secrets: config.secrets, destination: { write: (l: string) => lines.push(l) } });
  return { logger, lines, text: () => lines.join('') };
}

function leakEverything(logger: ReturnType<typeof createLogger>): void {
  const err = new Error(`connect to ${ENV.DATABASE_URL} failed; token ${ENV.DISCORD_TOKEN}; password pa$$w0rd-x9`);
  logger.error({ err }, 'database unreachable');
  logger.info(
    {
      token: ENV.DISCORD_TOKEN,
      config: { botToken: ENV.SLACK_BOT_TOKEN, signingSecret: ENV.SLACK_SIGNING_SECRET },
      headers: { authorization: `Bearer ${ENV.SLACK_BOT_TOKEN}` },
    },
    'fields',
  );
  logger.warn({ request: { note: `app token is ${ENV.SLACK_APP_TOKEN}` } }, `signing with ${ENV.SLACK_SIGNING_SECRET}`);
  logger.debug(`Authorization: Bot ${ENV.DISCORD_TOKEN}`);
  logger.trace({ url: ENV.DATABASE_URL, secrets: SECRETS }, 'configuration');
}

describe('GIVEN the logger and every secret the bot is configured with', () => {
  it.each(['service', 'console'] as const)('THEN no secret appears in any %s log line, and the lines still say what happened', (mode) => {
    const { logger, text } = capture(mode);
    leakEverything(logger);
    const out = text();
    for (const s of SECRETS) expect(out).not.toContain(s);
    expect(out).not.toContain('SECRET');
    expect(out).toContain('database unreachable');
    expect(out).toContain('postgres://visitbot:[REDACTED]@db.internal:5432/visitbot');
    expect(out).toContain('[REDACTED]');
  });

  it('THEN service logs are JSON lines and console logs are readable text', () => {
    const service = capture('service');
    service.logger.warn({ channel: 'C1' }, 'daily post failed');
    expect(JSON.parse(service.lines[0]!)).toMatchObject({ level: 40, channel: 'C1', msg: 'daily post failed' });
    const console = capture('console');
    console.logger.warn({ channel: 'C1' }, 'daily post failed');
    expect(console.lines[0]).toMatch(/WARN.*daily post failed/);
    expect(() => JSON.parse(console.lines[0]!)).toThrow();
  });

  it('THEN the level is honoured', () => {
    const { logger, lines } = capture('service', 'warn');
    logger.info('not shown');
    logger.warn('shown');
    expect(lines.join('')).not.toContain('not shown');
    expect(lines.join('')).toContain('shown');
  });
});

describe('redactText', () => {
  it('masks secret shapes whose values it was never told', () => {
    expect(redactText('postgresql://u:hunter2@h/db')).toBe('postgresql://u:[REDACTED]@h/db');
    expect(redactText('token=xoxb-123-456-abc and xapp-1-A-2-b')).toBe('token=[REDACTED] and [REDACTED]');
    expect(redactText('Authorization: Bearer abcdefgh12345')).toBe('Authorization: Bearer [REDACTED]');
  });

  it('masks Basic credentials but not the words after "Basic" in a start-up error ("Basic Information")', () => {
    const basic = Buffer.from('admin:hunter2-long').toString('base64');
    expect(redactText(`Authorization: Basic ${basic}`)).toBe('Authorization: Basic [REDACTED]');
    expect(redactText(`authorization=Basic ${Buffer.from('u:p').toString('base64')}xyzw`)).toBe('authorization=Basic [REDACTED]');
    let message = '';
    try {
      loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1-2-abc' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('SLACK_SIGNING_SECRET is missing');
    // As main.ts prints it: redacted, with the token as a known secret.
    expect(redactText(message, ['xoxb-1-2-abc'])).toContain('copy the Signing Secret from Basic Information');
    expect(redactText('see Basic Settings, then Basic Credentials')).toBe('see Basic Settings, then Basic Credentials');
  });

  it('leaves ordinary text and URLs alone', () => {
    const text = 'listening on http://127.0.0.1:3000/slack/events; Han Zheng met Breed on April 18';
    expect(redactText(text, ['short'])).toBe(text);
  });
});
