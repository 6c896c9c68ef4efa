import type { Answer } from './types.ts';
import type { AnswerContext } from './context.ts';
import { suggestionsFor } from './context.ts';

/** `commands`: every command's usage and description (commands/ passes its definitions). */
export function help(ctx: AnswerContext, commands: ReadonlyArray<{ usage: string; description: string }>): Answer {
  const lines = commands.map((c) => `${c.usage}: ${c.description}`);
  lines.push('You can also mention me with a free question.');
  lines.push(`Try: ${suggestionsFor(ctx.knowledge).slice(0, 2).join(', ')}.`);
  lines.push('Every answer cites the article, its date, the paragraph and the excerpt it comes from.');
  return {
    answered: false,
    kind: 'help',
    title: 'What I can answer',
    text: `I answer questions from ${ctx.knowledge.articles.length} news article${ctx.knowledge.articles.length === 1 ? '' : 's'} (see /sources), always citing them.\n${lines.join('\n')}`,
    citations: [],
    items: [],
    suggestions: suggestionsFor(ctx.knowledge),
  };
}
