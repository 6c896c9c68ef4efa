import { addTarget } from '../../commands/index.ts';
import { answer } from './answer.ts';
import { parseLine } from './bot.ts';
import { renderText } from './render-text.ts';
import type { Handle } from './types.ts';

// The console chat, written apart from the terminal it runs in: what a typed line means (quit, help
// without a slash, save or cancel while an article waits, a command or a question), the chat's memory
// (the console is one conversation: "he" may mean someone an earlier line named) and "/sources add"
// as the chat's capability. The adapter (src/adapters/console) only reads lines and prints.

/** The console's "/sources add": the article waiting for save or cancel, and adding (src/intake/console-add.ts). */
export interface ConsoleAdding {
  /** `save` / `cancel` while a page waits, else undefined (the line is not about adding). */
  pending(line: string): string | undefined;
  add(target: string): Promise<string>;
}

export type ConsoleLine =
  | { kind: 'empty' }
  | { kind: 'quit' }
  /** What to print for the line: it never throws (a failure is told as text). */
  | { kind: 'reply'; text: () => Promise<string> };

/** What the chat says first: how to ask, and the words below. */
export const CONSOLE_GREETING = 'VisitBot console. Type help, a command such as /timeline, or a question. Type quit to leave.';

/** Words that mean the same without a slash: "help", "quit". */
const QUIT = /^\/?(?:quit|exit|bye)$/i;
const HELP = /^(?:help|\?|commands)$/i;
/** Earlier lines a question is read with. */
const CONTEXT_LINES = 10;

export function createConsoleChat(handle: Handle, adding: ConsoleAdding): (line: string) => ConsoleLine {
  const earlier: string[] = [];
  const reply = (work: () => Promise<string> | string): ConsoleLine => ({
    kind: 'reply',
    text: async () => {
      try {
        return await work();
      } catch (err) {
        return `Sorry, something went wrong: ${(err as Error).message}`;
      }
    },
  });
  return (line) => {
    const text = line.trim();
    if (!text) return { kind: 'empty' };
    if (QUIT.test(text)) return { kind: 'quit' };
    const waiting = adding.pending(text);
    if (waiting !== undefined) return reply(() => waiting);
    const { command, args } = parseLine(HELP.test(text) ? '/help' : text);
    // Read with the lines before it, as typed then ("/sources add" is none of the conversation).
    const context = earlier.slice(-CONTEXT_LINES);
    if (addTarget({ command, args }) === undefined) earlier.push(text);
    // "/sources add" reaches the console's adder through the dispatcher, as a capability of this chat.
    const addArticle = async (link: string) => ({ ...answer('', await adding.add(link), []), kind: 'help' as const, answered: false });
    return reply(async () =>
      renderText(await handle({ command, args, platform: 'console', channelId: 'console', userId: 'console', canManageChannel: true, context, addArticle })),
    );
  };
}
