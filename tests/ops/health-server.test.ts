import { request } from 'node:http';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { PostError } from '../../src/core/post-error.ts';
import { createHealthServer, type HealthServer } from '../../src/ops/health-server.ts';
import { instrumentHandle, instrumentPoster } from '../../src/ops/instrument.ts';
import { createMetrics, type Metrics } from '../../src/ops/metrics.ts';
import type { ReadinessCheck } from '../../src/ops/readiness.ts';
import type { Answer } from '../../src/core/types.ts';
import { seedBot } from '../helpers.ts';

// The health endpoints over real HTTP on 127.0.0.1, fed by the real bot's answers.

interface Reply {
  status: number;
  type: string | undefined;
  body: string;
}

function get(port: number, path: string, method = 'GET'): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode!, type: res.headers['content-type'], body }));
    });
    req.on('error', reject);
    req.end();
  });
}

let server: HealthServer | undefined;
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

async function serve(checks: ReadinessCheck[], metrics: Metrics = createMetrics({ commands: ['who', 'ask'], platforms: ['slack'] })): Promise<number> {
  server = createHealthServer({ port: 0, host: '127.0.0.1', metrics, checks: () => checks, logger: pino({ level: 'silent' }) });
  return (await server.start()).port;
}

describe('GIVEN the health server', () => {
  it('THEN /healthz is 200 and unknown paths and other methods are refused', async () => {
    const port = await serve([]);
    expect(await get(port, '/healthz')).toMatchObject({ status: 200, body: '{"status":"ok"}' });
    expect((await get(port, '/healthz?probe=1')).status).toBe(200);
    expect((await get(port, '/nope')).status).toBe(404);
    expect((await get(port, '/healthz/../metrics')).status).toBe(404);
    expect((await get(port, '/metrics', 'POST')).status).toBe(405);
  });

  it('THEN /readyz is 503 naming what is not ready (a check that fails, throws or hangs), and 200 once all pass', async () => {
    let slack = false;
    const checks: ReadinessCheck[] = [
      { name: 'articles', check: () => true },
      { name: 'slack', check: () => slack },
      { name: 'store', check: async () => true },
    ];
    const port = await serve(checks);
    const notReady = await get(port, '/readyz');
    expect(notReady.status).toBe(503);
    expect(JSON.parse(notReady.body)).toEqual({ status: 'not ready', notReady: ['slack'], checks: { articles: true, slack: false, store: true } });

    slack = true;
    const ready = await get(port, '/readyz');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready', checks: { articles: true, slack: true, store: true } });

    checks.push(
      {
        name: 'broken',
        check: () => {
          throw new Error('xoxb-secret-in-error');
        },
      },
      { name: 'hung', check: () => new Promise<boolean>(() => {}) },
    );
    const failing = await get(port, '/readyz');
    expect(failing.status).toBe(503);
    expect(JSON.parse(failing.body).notReady).toEqual(['broken', 'hung']);
    expect(failing.body).not.toContain('xoxb');
  });

  it('THEN /metrics has the answer counts and durations of real answers, in the Prometheus format, with no user text', async () => {
    const metrics = createMetrics({ commands: ['who', 'ask'], platforms: ['slack'] });
    const bot = seedBot();
    const handle = instrumentHandle(async (r) => bot.handle(r), metrics);
    await handle({ command: 'who', args: 'Han Zheng', platform: 'slack' });
    await handle({ command: 'ask', args: 'What is the airspeed of a swallow xyzzy?', platform: 'slack' });
    await handle({ command: 'DROP TABLE; <script>', args: '', platform: 'slack' });
    await expect(
      instrumentHandle(async () => {
        throw new Error('boom');
      }, metrics)({ command: 'who', args: 'x', platform: 'slack' }),
    ).rejects.toThrow('boom');
    metrics.articles.set(3);
    const port = await serve([], metrics);
    const reply = await get(port, '/metrics');
    expect(reply.status).toBe(200);
    expect(reply.type).toContain('text/plain');
    const text = reply.body;
    expect(text).toContain('visitbot_answers_total{command="who",outcome="answered"} 1');
    expect(text).toContain('visitbot_answers_total{command="ask",outcome="abstained"} 1');
    expect(text).toContain('visitbot_answers_total{command="unknown",outcome="abstained"} 1');
    expect(text).toContain('visitbot_answers_total{command="who",outcome="error"} 1');
    expect(text).toMatch(/visitbot_answer_duration_seconds_bucket\{le="\+Inf",command="who"\} 2/);
    expect(text).toContain('visitbot_answer_duration_seconds_count{command="ask"} 1');
    expect(text).toContain('visitbot_articles 3');
    expect(text).toContain('visitbot_platform_errors_total{platform="slack"} 0');
    expect(text).toContain('visitbot_rate_limited_total{platform="slack"} 0');
    expect(text).toContain('process_cpu_seconds_total');
    expect(text).not.toMatch(/Han Zheng|swallow|DROP TABLE|<script>/);
  });

  it('THEN daily posts are counted by outcome: sent, failed and rate_limited', async () => {
    const metrics = createMetrics({ commands: [], platforms: [], defaultMetrics: false });
    const errors: unknown[] = [undefined, new PostError('channel', 'Missing Access'), new PostError('rate-limited', '429', { retryAfterMs: 1000 })];
    const poster = instrumentPoster(
      {
        post: async () => {
          const e = errors.shift();
          if (e) throw e;
        },
      },
      metrics,
    );
    const answer = {} as Answer;
    await poster.post('C1', answer);
    await expect(poster.post('C1', answer)).rejects.toThrow('Missing Access');
    await expect(poster.post('C1', answer)).rejects.toThrow('429');
    const text = await metrics.registry.metrics();
    expect(text).toContain('visitbot_daily_posts_total{outcome="sent"} 1');
    expect(text).toContain('visitbot_daily_posts_total{outcome="failed"} 1');
    expect(text).toContain('visitbot_daily_posts_total{outcome="rate_limited"} 1');
  });

  it('THEN a port already taken makes start() fail rather than serve nothing', async () => {
    const port = await serve([]);
    const second = createHealthServer({
      port,
      host: '127.0.0.1',
      metrics: createMetrics({ commands: [], platforms: [], defaultMetrics: false }),
      checks: () => [],
      logger: pino({ level: 'silent' }),
    });
    await expect(second.start()).rejects.toThrow(/EADDRINUSE/);
  });
});
