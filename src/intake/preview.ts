import { answer, refusal, usage } from '../core/answer.ts';
import type { Answer } from '../core/types.ts';
import type { PendingDraft } from './intake.ts';

// What the admin sees while adding an article, as neutral answers the adapters render (and escape)
// like any other, adding their own Save / Edit details / Cancel buttons to the preview.

const FIRST_PARAGRAPH_MAX = 400;

export function previewAnswer(d: PendingDraft): Answer {
  const words = d.paragraphs.join(' ').split(/\s+/).filter(Boolean).length;
  const first = d.paragraphs[0] ?? '';
  const missing = [!d.title && 'title', !d.source && 'outlet', !d.published && 'date'].filter(Boolean);
  const lines = [
    `Title: ${d.title || '(not found)'}`,
    `Outlet: ${d.source || '(not found)'}`,
    `Published: ${d.published || '(not found)'}`,
    ...(d.url ? [`Link: ${d.url}`] : []),
    `${d.paragraphs.length} paragraph${d.paragraphs.length === 1 ? '' : 's'}, ${words} words. First paragraph:`,
    first.length > FIRST_PARAGRAPH_MAX ? `${first.slice(0, FIRST_PARAGRAPH_MAX - 1)}…` : first,
    '',
    missing.length
      ? `The page does not give the ${missing.join(', ')}: use Edit details before saving.`
      : 'Check the details, then Save; Edit details corrects them first.',
  ];
  // The draft's id: the adapters offer Save / Edit details / Cancel for it (src/core/layout.ts: the layout's preview row).
  return { ...answer('Add this article?', lines.join('\n'), []), kind: 'help', answered: false, draft: d.id };
}

export function savedAnswer(file: string, d: PendingDraft): Answer {
  return {
    ...answer(
      'Article saved',
      `Saved as ${file}: ${d.source}, “${d.title}” (${d.published}). It will be answerable within a few seconds, once the articles reload.`,
      [],
      { suggestions: ['/sources'] },
    ),
    answered: false,
    kind: 'help',
  };
}

export function cancelledAnswer(): Answer {
  return usage('Cancelled: nothing was saved.');
}

export function problemAnswer(message: string): Answer {
  return usage(message, ['/sources']);
}

export function notAdminAnswer(platform: 'discord' | 'slack'): Answer {
  const who =
    platform === 'discord' ? "members with the Manage Server permission in the bot's admin servers" : 'admins of the workspace the bot is installed in';
  return refusal(`Sorry, only ${who} and the bot's listed admins can add articles. Please ask one of them to add it; /sources shows what is loaded.`, [
    '/sources',
  ]);
}
