import type { DailyPlatform, Delivery, DownVoted, Subscription } from './types.ts';

// Rows as both databases return them (snake_case, NULLs, 0/1 flags), and their store values.

export interface SubscriptionRow {
  platform: DailyPlatform;
  channel_id: string;
  post_time: string | null;
  active: number;
  source: 'command' | 'config';
  active_from: number;
  failures: number;
  disabled_at: number | null;
  disabled_reason: string | null;
}

export interface DeliveryRow {
  platform: DailyPlatform;
  channel_id: string;
  local_date: string;
  status: Delivery['status'];
  attempts: number;
  lease_until: number | null;
  retry_at: number | null;
  posted_at: number | null;
  error: string | null;
}

export const toSubscription = (r: SubscriptionRow): Subscription => ({
  platform: r.platform,
  channelId: r.channel_id,
  postTime: r.post_time ?? undefined,
  active: r.active === 1,
  source: r.source,
  activeFrom: r.active_from,
  failures: r.failures,
  disabledAt: r.disabled_at ?? undefined,
  disabledReason: r.disabled_reason ?? undefined,
});

export const toDelivery = (r: DeliveryRow): Delivery => ({
  platform: r.platform,
  channelId: r.channel_id,
  localDate: r.local_date,
  status: r.status,
  attempts: r.attempts,
  postedAt: r.posted_at ?? undefined,
  error: r.error ?? undefined,
});

export interface DownVotedRow {
  answer_key: string;
  platforms: string;
  question: string;
  context: string | null;
  answer_text: string;
  down: number | string;
  up: number | string;
  last_at: number | string;
  /** JSON array of the reasons given with votes down. */
  reasons: string | null;
}

function strings(json: string | null): string[] {
  try {
    const parsed: unknown = json ? JSON.parse(json) : [];
    return Array.isArray(parsed) ? parsed.filter((q): q is string => typeof q === 'string') : [];
  } catch {
    return [];
  }
}

export function toDownVoted(r: DownVotedRow): DownVoted {
  let context: string[] = [];
  try {
    const parsed: unknown = r.context ? JSON.parse(r.context) : [];
    if (Array.isArray(parsed)) context = parsed.filter((q): q is string => typeof q === 'string');
  } catch {
    /* a malformed context is shown as none */
  }
  return {
    answerKey: r.answer_key,
    platforms: r.platforms.split(',').sort(),
    question: r.question,
    context,
    answerText: r.answer_text,
    down: Number(r.down),
    up: Number(r.up),
    lastAt: Number(r.last_at),
    reasons: strings(r.reasons),
  };
}
