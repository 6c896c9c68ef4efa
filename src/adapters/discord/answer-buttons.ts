import type { APIButtonComponent } from 'discord.js';
import { ButtonStyle, ComponentType } from 'discord.js';
import { PREVIEW_ACTIONS } from '../../intake/flow.ts';

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
