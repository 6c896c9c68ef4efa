import { sources as answer } from '../src/answers/sources.ts';
import type { Command, CommandSpec } from './spec.ts';

const definition: CommandSpec = {
  name: 'sources',
  description: 'The news articles the bot answers from',
  usage: '/sources [add <link>]',
  examples: ['/sources', '/sources add https://www.example.com/news/story.html'],
  options: [
    // Admins only (Manage Server, a Slack workspace admin, or ADMIN_USERS); checked when used.
    { name: 'add', description: 'Admins: the link of a news article to add', type: 'string', required: false, maxLength: 2000 },
    { name: 'file', description: 'Admins: a .md or .html article file to add', type: 'attachment', required: false },
  ],
};

export const sources: Command = { definition, handle: (ctx) => answer(ctx) };
