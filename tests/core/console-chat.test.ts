import { describe, expect, it } from 'vitest';
import { answer } from '../../src/core/answer.ts';
import { CONSOLE_GREETING, createConsoleChat, type ConsoleAdding, type ConsoleLine } from '../../src/core/console-chat.ts';
import type { BotRequest } from '../../src/core/types.ts';

// What a line typed in the console chat means, apart from the terminal (the terminal itself:
// tests/adapters/console/console.test.ts).

function chat(adding: Partial<ConsoleAdding> = {}, fail?: string) {
  const asked: BotRequest[] = [];
  const added: string[] = [];
  const line = createConsoleChat(
    async (r) => {
      asked.push(r);
      if (fail) throw new Error(fail);
      // The dispatcher routes "/sources add <link>" to the request's capability.
      if (r.command === 'sources' && r.args.startsWith('add') && r.addArticle) return r.addArticle(r.args.slice(3).trim());
      return answer(`answered ${r.command}`, `you asked ${r.command} ${r.args}`, []);
    },
    {
      pending: adding.pending ?? (() => undefined),
      add: adding.add ?? (async (t) => (added.push(t), `added ${t}`)),
    },
  );
  const say = async (text: string) => {
    const read: ConsoleLine = line(text);
    return read.kind === 'reply' ? read.text() : read.kind;
  };
  return { say, asked, added };
}

describe('GIVEN a line typed in the console chat', () => {
  it('THEN every word the greeting tells to type means what it says', async () => {
    const c = chat();
    const words = [...CONSOLE_GREETING.matchAll(/Type (\S+)|such as (\S+)/g)].map((m) => (m[1] ?? m[2])!.replace(/,$/, ''));
    expect(words).toEqual(['help', '/timeline', 'quit']);
    await c.say(words[0]!);
    await c.say(words[1]!);
    expect(c.asked.map((r) => r.command)).toEqual(['help', 'timeline']);
    expect(await c.say(words[2]!)).toBe('quit');
  });

  it('THEN quit and empty lines are told apart, and help needs no slash', async () => {
    const c = chat();
    expect(await c.say('   ')).toBe('empty');
    expect(await c.say('quit')).toBe('quit');
    expect(await c.say('/exit')).toBe('quit');
    await c.say('help');
    await c.say('?');
    expect(c.asked.map((r) => r.command)).toEqual(['help', 'help']);
    expect(c.asked[0]).toMatchObject({ platform: 'console', channelId: 'console', userId: 'console', canManageChannel: true });
  });

  it('THEN each line is read with the ten lines before it, and "/sources add" is kept out of the conversation', async () => {
    const c = chat();
    for (let i = 1; i <= 12; i++) await c.say(`/who person ${i}`);
    await c.say('/sources add https://example.org/a');
    await c.say('who did he meet?');
    const last = c.asked.at(-1)!;
    expect(last).toMatchObject({ command: 'ask', args: 'who did he meet?' });
    expect(last.context).toEqual(Array.from({ length: 10 }, (_, i) => `/who person ${i + 3}`));
    expect(c.asked[0]!.context).toEqual([]);
  });

  it('THEN "/sources add" goes through the dispatcher to the console adder, and save waits for it', async () => {
    let waiting = false;
    const c = chat({
      pending: (l) => (waiting && l === 'save' ? ((waiting = false), 'saved it') : undefined),
      add: async (t) => ((waiting = true), `preview of ${t}`),
    });
    expect(await c.say('save')).toContain('you asked ask save');
    expect(await c.say('/sources add https://example.org/a')).toContain('preview of https://example.org/a');
    const asked = c.asked.length;
    expect(await c.say('save')).toBe('saved it');
    expect(c.asked).toHaveLength(asked);
  });

  it('THEN a failing answer is told as text, never thrown', async () => {
    expect(await chat({}, 'the store is gone').say('/who x')).toBe('Sorry, something went wrong: the store is gone');
  });
});
