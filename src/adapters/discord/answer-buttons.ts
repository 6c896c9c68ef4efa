import type { APIButtonComponent } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import { PREVIEW_ACTIONS } from '../../intake/flow.ts';
import { CUSTOM_ID_MAX } from './paging.ts';

// The buttons under every real answer: "Why this answer?" and the votes. Like paging (paging.ts) the
// button carries the request, so a click re-runs it through the core, even after a restart; the
// thread's earlier questions come from the conversation store by the answer's message id.
//
// custom_id: vb:<w|u|d|r>:<command>:<args>   (why, vote up, vote down; r: the "what was wrong?" form; a: ask a suggestion)
//            vb:<w|u|d|r>:<command>          args too long: read back from the embed footer

export type AnswerAction = 'why' | 'up' | 'down' | 'reason' | 'ask';

export interface AnswerButtonState {
  action: AnswerAction;
  command: string;
  /** Undefined when the arguments did not fit: take them from the footer (requestFromFooter). */
  args?: string;
}

const CODES: Record<AnswerAction, string> = { why: 'w', up: 'u', down: 'd', reason: 'r', ask: 'a' };

export function encodeAnswerButton(state: AnswerButtonState): string {
  const head = `vb:${CODES[state.action]}:${state.command}`;
  const full = `${head}:${state.args ?? ''}`;
  return full.length <= CUSTOM_ID_MAX ? full : head.slice(0, CUSTOM_ID_MAX);
}

export function decodeAnswerButton(customId: string): AnswerButtonState | undefined {
  const m = /^vb:([wudra]):([\p{L}\p{N}_-]{1,32})(?::([\s\S]*))?$/u.exec(customId);
  if (!m) return undefined;
  const action = (Object.keys(CODES) as AnswerAction[]).find((a) => CODES[a] === m[1])!;
  return { action, command: m[2]!, args: m[3] };
}

/** The row: "Why this answer?", 👍, 👎. */
export function answerButtons(request: { command: string; args: string }): APIButtonComponent[] {
  const button = (action: AnswerAction, label: string, emoji?: string): APIButtonComponent => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    ...(emoji ? { emoji: { name: emoji } } : { label }),
    custom_id: encodeAnswerButton({ action, ...request }),
  });
  return [button('why', 'Why this answer?'), button('up', 'Helpful', '👍'), button('down', 'Not helpful', '👎')];
}

/** "Try:" suggestions as buttons that ask them; one that does not fit a custom_id whole is left as text only. */
export function suggestionButtons(suggestions: ReadonlyArray<{ label: string; request: { command: string; args: string } }>): APIButtonComponent[] {
  return suggestions
    .map((s) => ({ label: s.label.slice(0, 80), id: encodeAnswerButton({ action: 'ask', ...s.request }) }))
    .filter((b) => decodeAnswerButton(b.id)?.args !== undefined)
    .map((b) => ({ type: ComponentType.Button, style: ButtonStyle.Secondary, label: b.label, custom_id: b.id }));
}

// An article's preview (src/intake/flow.ts): custom_id vb-add:<save|edit|cancel|modal>:<draft id>; the draft stays in memory (src/intake).
export const DRAFT_PREFIX = 'vb-add:';
const STYLES = { primary: ButtonStyle.Success, danger: ButtonStyle.Danger } as const;

/** Save / Edit details / Cancel for a pending draft. */
export function draftButtons(id: string): APIButtonComponent[] {
  return PREVIEW_ACTIONS.map((a) => ({
    type: ComponentType.Button,
    style: a.style ? STYLES[a.style] : ButtonStyle.Secondary,
    label: a.label,
    custom_id: `${DRAFT_PREFIX}${a.action}:${id}`,
  }));
}

export function decodeDraftButton(customId: string): { action: string; id: string } | undefined {
  if (!customId.startsWith(DRAFT_PREFIX)) return undefined;
  const [, action = '', id = ''] = customId.split(':');
  return { action, id };
}
