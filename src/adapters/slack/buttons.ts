import type { types } from '@slack/bolt';
import { changesSettings } from '../../../commands/index.ts';
import { slackCommands, truncate } from './mrkdwn.ts';
import { MAX_BUTTON_VALUE } from './page-state.ts';

// The buttons under every real answer: "Why this answer?" and the votes, pure. The value carries the
// request (as paging's does), so a click re-runs it through the core, even after a restart.

export const ACTION_WHY = 'visit_why';
export const ACTION_VOTE_UP = 'visit_vote_up';
export const ACTION_VOTE_DOWN = 'visit_vote_down';
/** visit_try_0 … visit_try_4: action ids must differ within a block. */
export const ACTION_TRY = 'visit_try_';

interface Request {
  command: string;
  args: string;
}

export function encodeAnswerValue(r: Request): string | undefined {
  const value = JSON.stringify({ c: r.command, a: r.args });
  return value.length <= MAX_BUTTON_VALUE ? value : undefined;
}

export function decodeAnswerValue(value: string | undefined): Request | undefined {
  if (!value) return undefined;
  try {
    const v = JSON.parse(value) as Record<string, unknown>;
    return typeof v.c === 'string' && typeof v.a === 'string' ? { command: v.c, args: v.a } : undefined;
  } catch {
    return undefined;
  }
}

/** "Why this answer?", 👍, 👎 for a real answer to `request` (none for daily-post settings, or a request too long to carry). */
export function answerButtons(request: Request): types.Button[] {
  const value = encodeAnswerValue(request);
  if (!value || changesSettings(request)) return [];
  const button = (action_id: string, text: string): types.Button => ({ type: 'button', action_id, text: { type: 'plain_text', text, emoji: true }, value });
  return [button(ACTION_WHY, 'Why this answer?'), button(ACTION_VOTE_UP, '👍'), button(ACTION_VOTE_DOWN, '👎')];
}

/** "Try:" suggestions as buttons that ask them (labels in the umbrella form, "/visit who …"). */
export function suggestionButtons(suggestions: ReadonlyArray<{ label: string; request: Request }>, umbrella: string | undefined): types.Button[] {
  const out: types.Button[] = [];
  suggestions.forEach((s, i) => {
    const value = encodeAnswerValue(s.request);
    if (value)
      out.push({
        type: 'button',
        action_id: `${ACTION_TRY}${i}`,
        text: { type: 'plain_text', text: truncate(slackCommands(s.label, umbrella), 75), emoji: false },
        value,
      });
  });
  return out;
}
