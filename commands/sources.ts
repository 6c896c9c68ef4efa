import { sources as answer } from '../src/answers/sources.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'sources',
  description: 'The news articles the bot answers from',
  usage: '/sources [add <link>]',
  examples: ['/sources', '/sources add https://www.example.com/news/story.html'],
  options: [
    // Admins only (Manage Server, a Slack workspace admin, or ADMIN_USERS); checked when used.
    { name: 'add', description: 'Admins: the link of a news article to add', type: 'string', required: false, maxLength: 2000, keyword: 'add' },
    { name: 'file', description: 'Admins: a .md or .html article file to add', type: 'attachment', required: false, keyword: 'add' },
  ],
  // "add " and a link of up to 2,000 characters.
  maxArguments: 2004,
};

/** "/sources add <link>" (command sources, arguments "add …"): the link ('' when none is given), or undefined when it is not one. */
export function addTarget(request: { command: string; args: string }): string | undefined {
  const m = /^add\b\s*([\s\S]*)$/i.exec(request.args.trim());
  return request.command.toLowerCase() === 'sources' && m ? m[1]!.trim() : undefined;
}

/** Adding goes to the platform's article intake where it offers one; anywhere else /sources lists the articles. */
export const sources: Command = {
  definition,
  handle(ctx, args, request) {
    const link = addTarget({ command: 'sources', args });
    return link !== undefined && request.addArticle ? request.addArticle(link) : answer(ctx);
  },
};
