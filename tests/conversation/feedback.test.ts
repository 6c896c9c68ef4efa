import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryConversations, questionLine } from '../../src/conversation/conversations.ts';
import { answerKey, createFeedback, userHash, voteReceipt } from '../../src/conversation/feedback.ts';
import { formatReport } from '../../src/conversation/report.ts';
import type { Answer } from '../../src/core/types.ts';
import { openSqliteStore } from '../../src/store/sqlite.ts';
import { StoreUnavailableError, type Store } from '../../src/store/types.ts';

// Feedback and conversations above the store: who voted is never stored, one vote per user per answer,
// the report of `npm run feedback`, and the in-memory conversations adapters use without a store.

const silent = pino({ level: 'silent' });
const answer = (text: string): Answer => ({ answered: true, kind: 'answer', title: 'Li Yong', text, citations: [], items: [], suggestions: [] });

let dir: string;
let store: Store;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'visitbot-feedback-'));
  store = openSqliteStore(join(dir, 'store.sqlite'));
});
afterEach(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('feedback', () => {
  it('GIVEN votes THEN neither the user id nor a name is stored, and one vote per user per answer is kept', async () => {
    const feedback = createFeedback(store, silent, () => 1000);
    const vote = (userId: string, v: 1 | -1, platform: 'discord' | 'slack' = 'discord') =>
      feedback.vote({
        platform,
        userId,
        request: { command: 'ask', args: 'what did he say about cooperation?' },
        context: ['who is Li Yong?'],
        answer: answer('Li Yong said so.'),
        vote: v,
      });
    expect(await vote('U12345', -1)).toBe('recorded');
    expect(await vote('U12345', -1)).toBe('unchanged');
    expect(await vote('U12345', 1)).toBe('replaced');
    expect(await vote('U12345', -1, 'slack')).toBe('recorded'); // another platform's U12345 is another person
    const raw = new Database(join(dir, 'store.sqlite'), { readonly: true });
    const dump = JSON.stringify(raw.prepare('SELECT * FROM feedback').all());
    raw.close();
    expect(dump).not.toContain('U12345');
    expect(dump).toContain('who is Li Yong?');
    expect(await store.downVoted(5)).toMatchObject([{ down: 1, up: 1, platforms: ['discord', 'slack'] }]);
  });

  it('GIVEN a store that cannot be reached THEN the vote is "unavailable" and nothing throws', async () => {
    const down = { ...store, salt: async () => Promise.reject(new StoreUnavailableError('down')) } as Store;
    const outcome = await createFeedback(down, silent).vote({
      platform: 'slack',
      userId: 'U1',
      request: { command: 'who', args: 'Han Zheng' },
      context: [],
      answer: answer('x'),
      vote: 1,
    });
    expect(outcome).toBe('unavailable');
    expect(voteReceipt(outcome, 1)).toMatch(/cannot be recorded/);
  });

  it('GIVEN the same request THEN the answer key depends on the arguments, the thread context and the answer text; the user hash on salt, platform and id', () => {
    const r = { command: 'ask', args: 'what did he say?' };
    expect(answerKey(r, [], 'a')).toBe(answerKey({ command: 'ASK', args: ' what did he say? ' }, [], 'a'));
    expect(new Set([answerKey(r, [], 'a'), answerKey(r, ['who is Li Yong?'], 'a'), answerKey(r, [], 'b')]).size).toBe(3);
    expect(userHash('s1', 'discord', '42')).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set([userHash('s1', 'discord', '42'), userHash('s2', 'discord', '42'), userHash('s1', 'slack', '42')]).size).toBe(3);
  });
});

describe('npm run feedback', () => {
  it('GIVEN down-voted answers in DATABASE_PATH THEN it prints them, the most voted down first, with their questions and a command that asks again', async () => {
    const feedback = createFeedback(store, silent);
    const ask = { command: 'ask', args: "what did he say about the mayor's trip?" };
    for (const userId of ['a', 'b'])
      await feedback.vote({ platform: 'slack', userId, request: ask, context: ['who is Li Yong?'], answer: answer('Nothing found.'), vote: -1 });
    await feedback.vote({
      platform: 'discord',
      userId: 'a',
      request: { command: 'who', args: 'Han Zheng' },
      context: [],
      answer: answer('Han Zheng: VP'),
      vote: -1,
    });
    await feedback.vote({ platform: 'discord', userId: 'a', request: { command: 'when', args: 'Shanghai' }, context: [], answer: answer('April 14'), vote: 1 });
    expect(
      await feedback.reason({
        platform: 'slack',
        userId: 'b',
        request: ask,
        context: ['who is Li Yong?'],
        answer: answer('Nothing found.'),
        reason: 'He said plenty:\nsee paragraph 4.',
      }),
    ).toBe('recorded');
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/feedback.ts'], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_PATH: join(dir, 'store.sqlite'), DATABASE_URL: '', DISCORD_TOKEN: '', SLACK_BOT_TOKEN: '' },
      timeout: 30_000,
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const out = run.stdout;
    expect(out).toMatch(/^Answers voted down \(2\)/);
    expect(out).toContain('1. 2 down, 0 up · slack');
    expect(out).toContain('earlier in the thread: "who is Li Yong?"');
    expect(out).toContain("question: what did he say about the mayor's trip?");
    expect(out).toContain('wrong:    "He said plenty: see paragraph 4."');
    expect(out).toContain(`again:    printf '%s\\n' 'who is Li Yong?' 'what did he say about the mayor'\\''s trip?' | npm run --silent ask -- --json --thread`);
    expect(out).toContain('2. 1 down, 0 up · discord');
    expect(out).not.toContain('April 14');
    expect(formatReport([])).toBe('No answers voted down yet.\n');
  });
});

describe('memoryConversations', () => {
  it('GIVEN questions in threads THEN each thread keeps its own, a button finds those before its answer, and they expire', async () => {
    let now = 0;
    const c = memoryConversations({ now: () => now, ttlMs: 100 });
    const t = { platform: 'slack' as const, channelId: 'C1', threadId: '1.0' };
    await c.remember(t, questionLine({ command: 'who', args: 'Li Yong' }), 'A1');
    await c.remember(t, 'what did he say?', 'A2');
    await c.remember({ ...t, channelId: 'C2' }, 'who is Han Zheng?', 'A1');
    expect(await c.context(t)).toEqual(['/who Li Yong', 'what did he say?']);
    expect(await c.contextOfAnswer('slack', 'C1', 'A2')).toEqual(['/who Li Yong']);
    expect(await c.contextOfAnswer('slack', 'C2', 'A1')).toEqual([]);
    expect(await c.threadOfAnswer('slack', 'C1', 'A2')).toBe('1.0');
    expect(await c.threadOfAnswer('discord', 'C1', 'A2')).toBeUndefined();
    now = 100;
    expect(await c.context(t)).toEqual([]);
  });
});
