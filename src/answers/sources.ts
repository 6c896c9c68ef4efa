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

/** A corpus longer than this lists its first articles and counts the rest by outlet. */
const LISTED = 100;
const PROBLEMS_NAMED = 10;

function listSources(ctx: AnswerContext): Answer {
  const { articles, problems } = ctx.knowledge;
  if (!articles.length) return notFound('No articles are loaded.', ['/help']);
  const byDate = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : 0));
  const items = byDate.slice(0, LISTED).map((a) => {
    const story = a.paragraphs.filter((p) => p.kind === 'story');
    const first = story[0]!;
    return {
      text: `${a.source}: “${a.title}” (${a.published}), ${story.length} paragraphs${a.url ? `, ${a.url}` : ''}`,
      citations: [cite(first, first.sentences[0]?.text ?? first.text)],
    };
  });
  let summary = `I answer from ${articles.length.toLocaleString('en-US')} article${articles.length === 1 ? '' : 's'}.`;
  if (articles.length > LISTED) {
    const outlets = new Map<string, number>();
    for (const a of articles) outlets.set(a.source, (outlets.get(a.source) ?? 0) + 1);
    const counts = [...outlets].sort((a, b) => b[1] - a[1]).map(([source, n]) => `${source} ${n.toLocaleString('en-US')}`);
    summary += ` By outlet: ${counts.slice(0, 10).join(', ')}${counts.length > 10 ? ` and ${counts.length - 10} more` : ''}; published ${byDate[0]!.published} to ${byDate[byDate.length - 1]!.published}. The first ${LISTED} are listed.`;
  }
  const named = problems.slice(0, PROBLEMS_NAMED).map((p) => `${p.file} (${p.reason})`);
  const skipped = problems.length
    ? ` ${problems.length} file${problems.length === 1 ? ' was' : 's were'} skipped: ${named.join('; ')}${problems.length > named.length ? ` and ${problems.length - named.length} more` : ''}.`
    : '';
  return listAnswer('Sources', `${summary}${skipped}`, items, ['/timeline']);
}
