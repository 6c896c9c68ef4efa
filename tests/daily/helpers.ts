import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { ChannelRef, DailyConfig } from '../../src/config.ts';
import type { Adapter, Answer, BotRequest } from '../../src/core/types.ts';
import { createDaily, type Daily, type DailyOptions } from '../../src/daily/daily.ts';
import { buildKnowledgeFromDir, type Knowledge } from '../../src/knowledge/index.ts';

// Doubles for the daily-post tests: a clock that moves only when told, an adapter that records what
// it is asked to post (or fails as told), a logger that keeps its lines, and a temporary database.

export const seeds: Knowledge = buildKnowledgeFromDir(fileURLToPath(new URL('../../seeds', import.meta.url)));

export interface FakeClock {
  now: () => Date;
  set(iso: string): void;
  advance(ms: number): void;
}

export function fakeClock(iso: string): FakeClock {
  let t = Date.parse(iso);
  return {
    now: () => new Date(t),
    set: (s) => (t = Date.parse(s)),
    advance: (ms) => (t += ms),
  };
}

export interface RecordingAdapter extends Pick<Adapter, 'post'> {
  posts: { channelId: string; answer: Answer }[];
  /** Make the next posts to a channel throw these errors, one per attempt. */
  failNext(channelId: string, ...errors: unknown[]): void;
}

export function recordingAdapter(): RecordingAdapter {
  const posts: RecordingAdapter['posts'] = [];
  const failures = new Map<string, unknown[]>();
  return {
    posts,
    failNext: (channelId, ...errors) => failures.set(channelId, [...(failures.get(channelId) ?? []), ...errors]),
    async post(channelId, answer) {
      await new Promise((r) => setImmediate(r)); // like a network call: other work interleaves
      const err = failures.get(channelId)?.shift();
      if (err) throw err;
      posts.push({ channelId, answer });
    },
  };
}

export function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug', base: undefined }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

export function tempDir(): { dir: string; dbPath: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-daily-'));
  return { dir, dbPath: join(dir, 'nested', 'visitbot.sqlite'), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function dailyConfig(dbPath: string, overrides: Partial<DailyConfig> = {}): DailyConfig {
  return { postTime: '09:00', timezone: 'UTC', databasePath: dbPath, channels: [] as ChannelRef[], ...overrides };
}

/** A Daily over the given database with recording doubles; every one made is stopped by stopAll(). */
export function dailyFactory() {
  const made: Daily[] = [];
  const make = (options: Partial<DailyOptions> & Pick<DailyOptions, 'config' | 'now'>): Daily => {
    const daily = createDaily({ knowledge: seeds, adapters: {}, logger: pino({ level: 'silent' }), ...options });
    made.push(daily);
    return daily;
  };
  return { make, stopAll: () => Promise.all(made.map((d) => d.stop())) };
}

export function request(overrides: Partial<BotRequest> & Pick<BotRequest, 'args'>): BotRequest {
  return { command: 'onthisday', platform: 'discord', channelId: '123', userId: 'u1', canManageChannel: true, ...overrides };
}
