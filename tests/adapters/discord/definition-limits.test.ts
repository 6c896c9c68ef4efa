import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { toCommandDefinitions } from '../../../src/adapters/discord/register.ts';

// The slash-command definitions against Discord's documented limits (Application Commands:
// "Application Command Naming", and the limits table): Discord refuses the whole bulk overwrite when
// one of them is broken, so the bot would start with no commands at all.

/** Chat input command and option names: 1-32 letters, digits, `-` or `_` in any script, lowercase where the script has case. */
const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

type Choice = { name: string; value: string | number };
type Option = { name: string; description: string; options?: Option[]; choices?: Choice[] };
type Definition = Option & { options?: Option[] };

/** Every name, description and choice value, as Discord counts them towards the 4,000 characters of a command. */
function characters(o: Option): number {
  return (
    o.name.length +
    o.description.length +
    (o.choices ?? []).reduce((n, c) => n + c.name.length + String(c.value).length, 0) +
    (o.options ?? []).reduce((n, sub) => n + characters(sub), 0)
  );
}

function check(o: Option, where: string): void {
  expect(o.name, `${where}: name`).toMatch(NAME);
  expect(o.name, `${where}: lowercase name`).toBe(o.name.toLowerCase());
  expect(o.description.length, `${where}: description length`).toBeGreaterThanOrEqual(1);
  expect(o.description.length, `${where}: description length`).toBeLessThanOrEqual(100);
  expect((o.options ?? []).length, `${where}: options`).toBeLessThanOrEqual(25);
  expect((o.choices ?? []).length, `${where}: choices`).toBeLessThanOrEqual(25);
  for (const c of o.choices ?? []) {
    expect(c.name.length, `${where}: choice ${c.name}`).toBeGreaterThanOrEqual(1);
    expect(c.name.length, `${where}: choice ${c.name}`).toBeLessThanOrEqual(100);
    if (typeof c.value === 'string') expect(c.value.length, `${where}: choice value ${c.value}`).toBeLessThanOrEqual(100);
  }
  const names = (o.options ?? []).map((sub) => sub.name);
  expect(new Set(names).size, `${where}: option names are unique`).toBe(names.length);
  for (const sub of o.options ?? []) check(sub, `${where} ${sub.name}`);
}

describe("the Discord command definitions against Discord's limits", () => {
  const definitions = toCommandDefinitions(commands) as unknown as Definition[];

  it('at most 100 chat input commands, each named once', () => {
    expect(definitions.length).toBeGreaterThan(0);
    expect(definitions.length).toBeLessThanOrEqual(100);
    expect(new Set(definitions.map((d) => d.name)).size).toBe(definitions.length);
  });

  it('names, descriptions, options and choices within their limits, 4,000 characters a command at most', () => {
    for (const d of definitions) {
      check(d, `/${d.name}`);
      expect(characters(d), `/${d.name}: characters`).toBeLessThanOrEqual(4000);
    }
  });

  it('descriptions fit as written: none is cut to 100 characters on the way', () => {
    for (const spec of commands) {
      expect(spec.description.length, `/${spec.name}`).toBeLessThanOrEqual(100);
      for (const o of spec.options) expect(o.description.length, `/${spec.name} ${o.name}`).toBeLessThanOrEqual(100);
    }
  });

  it('the checks catch what Discord refuses', () => {
    const bad = (o: Partial<Option>) => () => check({ name: 'ok', description: 'fine', ...o }, 'test');
    expect(bad({ name: 'Who' })).toThrow();
    expect(bad({ name: 'two words' })).toThrow();
    expect(bad({ name: 'x'.repeat(33) })).toThrow();
    expect(bad({ description: '' })).toThrow();
    expect(bad({ description: 'x'.repeat(101) })).toThrow();
    expect(bad({ choices: Array.from({ length: 26 }, (_, i) => ({ name: `c${i}`, value: `c${i}` })) })).toThrow();
    expect(bad({ name: 'año' })).not.toThrow();
  });
});
