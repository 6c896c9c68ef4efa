import { allCitations } from './answer.ts';
import type { Answer, Citation } from './types.ts';

// Plain-text rendering for the console and the CLI.

export function citationLabel(c: Citation): string {
  const where = c.caption ? `photo caption ${c.paragraph}` : `paragraph ${c.paragraph}`;
  return `${c.source}, “${c.title}”, ${c.published}, ${where}`;
}

export function renderText(a: Answer, maxItems = 20): string {
  const lines = [a.text];
  const shown = a.items.slice(0, maxItems);
  for (const item of shown) lines.push(`• ${item.text}`);
  if (a.items.length > shown.length) lines.push(`… and ${a.items.length - shown.length} more.`);
  const cites = allCitations({ ...a, items: shown });
  if (cites.length) {
    lines.push('', 'Sources:');
    cites.forEach((c, i) => lines.push(`[${i + 1}] ${citationLabel(c)}: ${/^["\u201c]/.test(c.excerpt) ? c.excerpt : `“${c.excerpt}”`}`));
  }
  if (a.suggestions.length) lines.push('', `Try: ${a.suggestions.join(' · ')}`);
  return lines.join('\n');
}

/** The whole answer on one line, for line-per-query output. */
export function renderLine(a: Answer): string {
  return renderText(a).replace(/\n+/g, ' | ');
}
