import { createInterface, type Interface } from 'node:readline';
import type { Bot } from '../../core/bot.ts';
import { parseLine } from '../../core/bot.ts';
import { renderText } from '../../core/render-text.ts';
import type { Adapter, Answer, Handle } from '../../core/types.ts';

// A chat in the terminal: the same commands and questions as on Discord and Slack, no tokens needed.

export interface ConsoleOptions {
  handle: Handle;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Called when the user ends the chat (quit, or end of input). */
  onClose?: () => void;
}

export function createConsoleAdapter(options: ConsoleOptions): Adapter {
  const output = options.output ?? process.stdout;
  let rl: Interface | undefined;
  let pending: Promise<void> = Promise.resolve();
  const earlier: string[] = [];
  const print = (s: string): void => void output.write(`${s}\n`);
  return {
    platform: 'console',
    async start() {
      rl = createInterface({ input: options.input ?? process.stdin, output, terminal: false });
      print('VisitBot console. Type /help, a command such as /timeline, or a question. Type quit to leave.');
      rl.on('line', (line) => {
        const text = line.trim();
        if (!text) return;
        if (/^(?:quit|exit|\/quit|\/exit)$/i.test(text)) {
          rl?.close();
          return;
        }
        const { command, args } = parseLine(text);
        // The console is one conversation: "he" may mean someone an earlier line named.
        const context = earlier.slice(-10);
        earlier.push(text);
        // Answers print in the order the lines came, even when one takes longer.
        pending = pending
          .then(() => options.handle({ command, args, platform: 'console', channelId: 'console', userId: 'console', canManageChannel: true, context }))
          .then((a) => void print(`${renderText(a)}\n`));
      });
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

export type { Bot };
