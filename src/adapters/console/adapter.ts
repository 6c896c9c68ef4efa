import { createInterface, type Interface } from 'node:readline';
import { CONSOLE_GREETING, createConsoleChat } from '../../core/console-chat.ts';
import { renderText } from '../../core/render-text.ts';
import type { Adapter, Answer, Handle } from '../../core/types.ts';
import { consoleAdder, type ConsoleAdd } from '../../intake/console-add.ts';

// A chat in the terminal: the same commands and questions as on Discord and Slack, no tokens needed.
// On a terminal it is a readline prompt with line editing and history (up and down arrows); with
// standard input from a pipe or a file it reads lines and prints answers, no prompt. What a line
// means, and the chat's memory, are src/core/console-chat.ts.

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

export function createConsoleAdapter(options: ConsoleOptions): Adapter {
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const terminal = options.terminal ?? Boolean((input as { isTTY?: boolean }).isTTY && (output as { isTTY?: boolean }).isTTY);
  const chat = createConsoleChat(options.handle, consoleAdder(options.add));
  let rl: Interface | undefined;
  let pending: Promise<void> = Promise.resolve();
  const print = (s: string): void => void output.write(`${s}\n`);
  const prompt = () => {
    if (terminal) rl?.prompt();
  };
  /** Answers print in the order the lines came, even when one takes longer; the prompt comes back after each. */
  const reply = (text: () => Promise<string>) => {
    pending = pending
      .then(text)
      .then((t) => print(`${t}\n`))
      .then(prompt);
  };
  return {
    platform: 'console',
    async start() {
      rl = createInterface({ input, output, terminal, historySize: terminal ? HISTORY_SIZE : 0, prompt: PROMPT, removeHistoryDuplicates: true });
      print(CONSOLE_GREETING);
      prompt();
      rl.on('line', (line) => {
        const read = chat(line);
        if (read.kind === 'empty') return prompt();
        if (read.kind === 'quit') return void rl?.close();
        reply(read.text);
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
