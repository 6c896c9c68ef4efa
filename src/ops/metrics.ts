import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { findCommand } from '../../commands/index.ts';
import type { Answer } from '../core/types.ts';

// The bot's Prometheus metrics, in a registry of its own (so tests and a second bot in one process
// never share counters). Labels only ever take values from fixed sets: never user text.

export type AnswerOutcome = 'answered' | 'abstained' | 'error';
export type DailyPostOutcome = 'sent' | 'failed' | 'rate_limited';
export type MetricsPlatform = 'discord' | 'slack';

export interface Metrics {
  readonly registry: Registry;
  readonly answers: Counter<'command' | 'outcome'>;
  readonly answerDuration: Histogram<'command'>;
  readonly dailyPosts: Counter<'outcome'>;
  readonly platformErrors: Counter<'platform'>;
  readonly rateLimited: Counter<'platform'>;
  readonly articles: Gauge;
}

const OUTCOMES: AnswerOutcome[] = ['answered', 'abstained', 'error'];
const DAILY_OUTCOMES: DailyPostOutcome[] = ['sent', 'failed', 'rate_limited'];
// Answers take from microseconds (a cached list) to a few hundred milliseconds (a large corpus).
const DURATION_BUCKETS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** Creates the metrics; every label combination starts at 0 so that rate() and alerts work from the start. */
export function createMetrics(options: { commands: readonly string[]; platforms: readonly MetricsPlatform[]; defaultMetrics?: boolean }): Metrics {
  const registry = new Registry();
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry });
  const registers = [registry];
  const answers = new Counter({
    name: 'visitbot_answers_total',
    help: 'Requests answered, by command and outcome (answered, abstained, error).',
    labelNames: ['command', 'outcome'] as const,
    registers,
  });
  const answerDuration = new Histogram({
    name: 'visitbot_answer_duration_seconds',
    help: 'Time to produce an answer, by command.',
    labelNames: ['command'] as const,
    buckets: DURATION_BUCKETS,
    registers,
  });
  const dailyPosts = new Counter({
    name: 'visitbot_daily_posts_total',
    help: 'Daily "on this day" posts attempted, by outcome (sent, failed, rate_limited).',
    labelNames: ['outcome'] as const,
    registers,
  });
  const platformErrors = new Counter({
    name: 'visitbot_platform_errors_total',
    help: 'Errors from a chat platform: gateway or client errors and failed interactions, mentions or listeners.',
    labelNames: ['platform'] as const,
    registers,
  });
  const rateLimited = new Counter({
    name: 'visitbot_rate_limited_total',
    help: 'Responses with status 429 (rate limited) from a chat platform.',
    labelNames: ['platform'] as const,
    registers,
  });
  const articles = new Gauge({ name: 'visitbot_articles', help: 'Articles loaded.', registers });
  for (const command of [...options.commands, 'unknown']) {
    for (const outcome of OUTCOMES) answers.inc({ command, outcome }, 0);
  }
  for (const outcome of DAILY_OUTCOMES) dailyPosts.inc({ outcome }, 0);
  for (const platform of options.platforms) {
    platformErrors.inc({ platform }, 0);
    rateLimited.inc({ platform }, 0);
  }
  return { registry, answers, answerDuration, dailyPosts, platformErrors, rateLimited, articles };
}

/** A command name fit for a label: one of the bot's commands, or "unknown". */
export function commandLabel(name: string): string {
  return findCommand(name)?.name ?? 'unknown';
}

export function outcomeOf(answer: Pick<Answer, 'answered' | 'kind'>): AnswerOutcome {
  if (answer.kind === 'error') return 'error';
  return answer.answered ? 'answered' : 'abstained';
}
