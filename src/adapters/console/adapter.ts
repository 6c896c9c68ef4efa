import { createInterface, type Interface } from 'node:readline';
import { parseLine } from '../../core/bot.ts';
import { renderText } from '../../core/render-text.ts';
import type { Adapter, Answer, Handle } from '../../core/types.ts';
import { consoleAdder, type ConsoleAdd } from '../../intake/console-add.ts';
import { addTarget } from '../../../commands/index.ts';
import { answer } from '../../core/answer.ts';

// A chat in the terminal: the same commands and questions as on Discord and Slack, no tokens needed.
// On a terminal it is a readline prompt with line editing and history (up and down arrows); with
// standard input from a pipe or a file it reads lines and prints answers, no prompt.

export interface ConsoleOptions {
  handle: Handle;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Prompt, line editing and history. Default: when both input and output are a terminal. */
  terminal?: boolean;
  /** `/sources add` (the console's user owns the machine, so is an admin here). */
  add?: ConsoleAdd;
  /** Called when the user ends the chat (quit, or end of input). */
  onClose?: () => void;
}

export const PROMPT = 'visitbot> ';
const HISTORY_SIZE = 200;

/** Words that mean the same without a slash: "help", "quit". */
const QUIT = /^\/?(?:quit|exit|bye)$/i;
const HELP = /^(?:help|\?|commands)$/i;

export function createConsoleAdapter(options: ConsoleOptions): Adapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const terminal = options.terminal ?? Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  const adder = consoleAdder(options.add);
  let rl: Interface | undefined;
  let pending: Promise<void> = Promise.resolve();
  const earlier: string[] = [];
  const print = (s: string): void => void output.write(`${s}\n`);
  const prompt = () => {
    if (terminal) rl?.prompt();
  };
  /** Answers print in the order the lines came, even when one takes longer; the prompt comes back after each. */
  const reply = (work: () => Promise<string> | string) => {
    pending = pending
      .then(work)
      .then(
        (text) => print(`${text}\n`),
        (err: unknown) => print(`Sorry, something went wrong: ${(err as Error).message}\n`),
      )
      .then(prompt);
  };
  return {
    platform: 'console',
    async start() {
      rl = createInterface({ input, output, terminal, historySize: terminal ? HISTORY_SIZE : 0, prompt: PROMPT, removeHistoryDuplicates: true });
      print('VisitBot console. Type help, a command such as /timeline, or a question. Type quit to leave.');
      prompt();
      rl.on('line', (line) => {
        const text = line.trim();
        if (!text) return prompt();
        if (QUIT.test(text)) {
          rl?.close();
          return;
        }
        const waiting = adder.pending(text);
        if (waiting !== undefined) return reply(() => waiting);
        const { command, args } = parseLine(HELP.test(text) ? '/help' : text);
        // The console is one conversation: "he" may mean someone an earlier line named ("/sources add" is none of it).
        const context = earlier.slice(-10);
        if (addTarget({ command, args }) === undefined) earlier.push(text);
        // "/sources add" reaches the console's adder through the dispatcher, as a capability of this chat.
        const addArticle = async (link: string) => ({ ...answer('', await adder.add(link), []), kind: 'help' as const, answered: false });
        reply(async () =>
          renderText(
            await options.handle({ command, args, platform: 'console', channelId: 'console', userId: 'console', canManageChannel: true, context, addArticle }),
          ),
        );
      });
      // Ctrl+C on the terminal (readline takes it from the process): leave, as quit does.
      rl.on('SIGINT', () => rl?.close());
      rl.on('close', () => void pending.then(() => options.onClose?.()));
    },
    async post(_channelId: string, answer: Answer) {
      print(renderText(answer));
    },
    async stop() {
      rl?.removeAllListeners('close');
      rl?.close();
    },
  };
}
