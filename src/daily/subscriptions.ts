import type { DailyConfig } from '../config.ts';
import { refusal, usage } from '../core/answer.ts';
import { echo } from '../text.ts';
import type { Answer, BotRequest } from '../core/types.ts';
import type { Knowledge } from '../knowledge-build/index.ts';
import { monthDayLabel } from '../knowledge/events.ts';
import { hasPost } from './post.ts';
import { addDays, localDate, parseClockTime, zonedInstant } from './schedule.ts';
import type { DailyLedger, DailyPlatform, Subscription, SubscriptionStore } from '../store/types.ts';

// /onthisday subscribe|unsubscribe|status and /daily <action> [time] in a Discord or Slack channel.
// The adapter's capability says who may manage the channel (BotRequest.canManageChannel); this only
// reads it. Command names are written neutrally ("/daily status"): each adapter writes them its way.
// Every reply is informational (answered: false) and is shown privately by the adapters.

export interface SubscriptionContext {
  store: SubscriptionStore & Pick<DailyLedger, 'delivery' | 'lastDelivery'>;
  config: DailyConfig;
  knowledge: Pick<Knowledge, 'eventList'>;
  now: () => Date;
}

type Action = 'subscribe' | 'unsubscribe' | 'status';
const ACTION = /^(subscribe|unsubscribe|status)\b\s*(.*)$/is;
const TITLE = 'Daily “on this day” post';

/** The answer to a subscription request, or undefined when the request is not one (the core answers it). */
export async function handleSubscription(ctx: SubscriptionContext, request: BotRequest): Promise<Answer | undefined> {
  if (request.platform !== 'discord' && request.platform !== 'slack') return undefined;
  const command = request.command.toLowerCase();
  const args = request.args.trim();
  const m = ACTION.exec(args);
  if (command === 'onthisday' && !m) return undefined;
  if (command !== 'onthisday' && command !== 'daily') return undefined;
  // Neutral command names: each adapter writes them its platform's way (Slack: SLACK_COMMAND's "/visit daily").
  const cmd = `/${command}`;
  if (!m) return info(usage(`Tell me what to do: ${cmd} subscribe [HH:MM], ${cmd} unsubscribe or ${cmd} status.`, [`${cmd} status`]));
  if (!request.channelId) return info(usage('Daily posts belong to a channel: use this command in the channel that should get them.'));
  const action = m[1]!.toLowerCase() as Action;
  const rest = m[2]!.trim();
  const platform = request.platform;
  if (action === 'status') return status(ctx, platform, request.channelId, cmd);
  if (request.canManageChannel !== true) {
    return info(
      refusal(
        `Sorry, only people who can manage this channel can change its daily post (${platform === 'discord' ? 'the Manage Channels permission' : 'workspace admins and the bot’s admins'}). Anyone can see the setting with ${cmd} status.`,
        [`${cmd} status`],
      ),
    );
  }
  if (action === 'unsubscribe') return unsubscribe(ctx, platform, request.channelId, request.userId, cmd);
  let time: string | undefined;
  if (rest) {
    time = parseClockTime(rest.replace(/^at\s+/i, ''));
    if (!time)
      return info(usage(`I could not read “${echo(rest, 40)}” as a time. Give a 24-hour time such as ${cmd} subscribe 09:00 (${ctx.config.timezone}).`));
  }
  await ctx.store.subscribe(platform, request.channelId, time, request.userId, ctx.now().getTime());
  const sub = (await ctx.store.get(platform, request.channelId))!;
  return info({
    ...note(`This channel will get the daily “on this day” post at ${timeLabel(ctx, sub)}. ${await nextLine(ctx, sub)}`),
    suggestions: [`${cmd} status`],
  });
}

async function unsubscribe(ctx: SubscriptionContext, platform: DailyPlatform, channelId: string, userId: string | undefined, cmd: string): Promise<Answer> {
  if (!(await ctx.store.unsubscribe(platform, channelId, userId, ctx.now().getTime()))) {
    return info(note(`This channel has no daily post to stop. Start one with ${cmd} subscribe [HH:MM].`));
  }
  return info(note(`This channel will no longer get the daily “on this day” post. ${cmd} subscribe starts it again.`));
}

async function status(ctx: SubscriptionContext, platform: DailyPlatform, channelId: string, cmd: string): Promise<Answer> {
  const sub = await ctx.store.get(platform, channelId);
  if (!sub?.active) {
    return info(
      note(
        `This channel has no daily “on this day” post. Someone who can manage the channel can start one with ${cmd} subscribe [HH:MM] (default ${ctx.config.postTime}, ${ctx.config.timezone}).`,
      ),
    );
  }
  const lines = [`This channel gets the daily “on this day” post at ${timeLabel(ctx, sub)}.`];
  if (sub.disabledAt !== undefined) {
    lines.push(
      `It is paused: posting here kept failing (${sub.disabledReason ?? 'unknown error'}). Check that the bot can still post here, then ${cmd} subscribe again.`,
    );
  } else {
    lines.push(await nextLine(ctx, sub));
  }
  const last = await ctx.store.lastDelivery(platform, channelId);
  if (last?.status === 'done') lines.push(`Last posted for ${last.localDate}.`);
  return info(note(lines.join(' ')));
}

/** "Next post: Friday, April 19, 2024 at 09:00." and, when that day has nothing, the day that has. */
async function nextLine(ctx: SubscriptionContext, sub: Subscription): Promise<string> {
  const now = ctx.now();
  const time = sub.postTime ?? ctx.config.postTime;
  const tz = ctx.config.timezone;
  let date = localDate(now, tz);
  const at = zonedInstant(date, time, tz).getTime();
  const finished = ['done', 'failed'].includes((await ctx.store.delivery({ platform: sub.platform, channelId: sub.channelId, localDate: date }))?.status ?? '');
  const owedToday = at >= sub.activeFrom && (at > now.getTime() || !finished);
  if (!owedToday) date = addDays(date, 1);
  const first = date;
  for (let i = 0; i < 366; i++, date = addDays(date, 1)) {
    if (!hasPost(ctx.knowledge, date.slice(5))) continue;
    const when = `${dayLabel(date)} at ${time}`;
    if (date === first) return `Next post: ${when}.`;
    return `Nothing in the articles happened on ${monthDayLabel(first.slice(5))}, so there is no post then; the next one is ${when}.`;
  }
  return 'The articles hold no day-dated events, so nothing will be posted.';
}

function timeLabel(ctx: SubscriptionContext, sub: Subscription): string {
  return `${sub.postTime ?? ctx.config.postTime} (${ctx.config.timezone})${sub.postTime ? '' : ', the default time'}`;
}

function dayLabel(date: string): string {
  return new Date(`${date}T12:00:00Z`).toLocaleDateString('en-US', { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric', year: 'numeric' });
}

function note(text: string): Answer {
  return { answered: false, kind: 'help', title: TITLE, text, citations: [], items: [], suggestions: [] };
}

function info(a: Answer): Answer {
  return { ...a, answered: false, title: a.kind === 'refusal' ? a.title : TITLE };
}
