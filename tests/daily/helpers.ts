import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import type { ChannelRef, DailyConfig } from '../../src/config.ts';
import type { Adapter, Answer, BotRequest } from '../../src/core/types.ts';
import { createDaily, type Daily, type DailyOptions } from '../../src/daily/daily.ts';
import { buildKnowledgeFromDir, type Knowledge } from '../../src/knowledge-build/index.ts';
import type { Store } from '../../src/store/types.ts';
import type { TestDatabase } from '../store/backends.ts';

// Doubles for the daily-post tests: a clock that moves only when told, an adapter that records what
// it is asked to post (or fails as told), a logger that keeps its lines; the database comes from
// tests/store/backends.ts (SQLite or PostgreSQL).

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
  posts: { channelId: string; answer: Answer; key?: string }[];
  /** Make the next posts to a channel throw these errors, one per attempt. */
  failNext(channelId: string, ...errors: unknown[]): void;
}

export function recordingAdapter(): RecordingAdapter {
  const posts: RecordingAdapter['posts'] = [];
  const failures = new Map<string, unknown[]>();
  return {
    posts,
    failNext: (channelId, ...errors) => failures.set(channelId, [...(failures.get(channelId) ?? []), ...errors]),
    async post(channelId, answer, options) {
      await new Promise((r) => setImmediate(r)); // like a network call: other work interleaves
      const err = failures.get(channelId)?.shift();
      if (err) throw err;
      posts.push({ channelId, answer, key: options?.key });
    },
  };
}

export function recordingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = pino({ level: 'debug', base: undefined }, { write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>) });
  return { logger, lines };
}

export function dailyConfig(overrides: Partial<DailyConfig> = {}): DailyConfig {
  return { postTime: '09:00', timezone: 'UTC', channels: [] as ChannelRef[], ...overrides };
}

/** A Daily over the test database with recording doubles, each with its own store as a process would; stopAll() stops and closes them all. */
export function dailyFactory(db: TestDatabase) {
  const made: Daily[] = [];
  const stores: Store[] = [];
  const make = async (options: Partial<Omit<DailyOptions, 'store'>> & Pick<DailyOptions, 'config' | 'now'> & { store?: Store }): Promise<Daily> => {
    const store = options.store ?? (await db.open());
    stores.push(store);
    const daily = createDaily({ knowledge: seeds, adapters: {}, logger: pino({ level: 'silent' }), store, ...options });
    made.push(daily);
    return daily;
  };
  const stopAll = async () => {
    await Promise.all(made.splice(0).map((d) => d.stop()));
    await Promise.all(stores.splice(0).map((s) => s.close()));
  };
  return { make, stopAll };
}

export function request(overrides: Partial<BotRequest> & Pick<BotRequest, 'args'>): BotRequest {
  return { command: 'onthisday', platform: 'discord', channelId: '123', userId: 'u1', canManageChannel: true, ...overrides };
}
