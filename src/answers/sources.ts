import { listAnswer, notFound } from './answer.ts';
import type { Answer } from './types.ts';
import type { AnswerContext } from './context.ts';
import { cite } from './cite.ts';

const answers = new WeakMap<AnswerContext['knowledge'], Answer>();

/** The articles do not change while the bot runs: the list is made once. */
export function sources(ctx: AnswerContext): Answer {
  let cached = answers.get(ctx.knowledge);
  if (!cached) answers.set(ctx.knowledge, (cached = listSources(ctx)));
  return cached;
}

function listSources(ctx: AnswerContext): Answer {
  const { articles, problems } = ctx.knowledge;
  if (!articles.length) return notFound('No articles are loaded.', ['/help']);
  const items = [...articles]
    .sort((a, b) => a.published.localeCompare(b.published))
    .map((a) => {
      const story = a.paragraphs.filter((p) => p.kind === 'story');
      const first = story[0]!;
      return {
        text: `${a.source}: “${a.title}” (${a.published}), ${story.length} paragraphs${a.url ? `, ${a.url}` : ''}`,
        citations: [cite(first, first.sentences[0]?.text ?? first.text)],
      };
    });
  const skipped = problems.length ? ` ${problems.length} file${problems.length === 1 ? ' was' : 's were'} skipped: ${problems.map((p) => `${p.file} (${p.reason})`).join('; ')}.` : '';
  return listAnswer('Sources', `I answer from ${articles.length} article${articles.length === 1 ? '' : 's'}.${skipped}`, items, ['/timeline']);
}
