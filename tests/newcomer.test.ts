import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedBot } from './helpers.ts';

// What a newcomer meets first: the README's commands and the install.

const readme = readFileSync('README.md', 'utf8');
const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { allowScripts?: Record<string, boolean>; scripts: Record<string, string> };
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { hasInstallScript?: boolean }> };

/** The shell lines of the README's first code block ("Run it, test it"), comments dropped. */
function firstCommands(): string[] {
  const block = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
  return block
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

describe('the README and the install', () => {
  it('installs once, then starts and tests without wiping node_modules again', () => {
    const lines = firstCommands();
    expect(lines.filter((l) => /\bnpm ci\b/.test(l))).toHaveLength(1);
    expect(lines).toContain('npm test');
    expect(lines).toContain('npm start');
    expect(lines.indexOf('npm ci')).toBeLessThan(lines.indexOf('npm start'));
  });

  it('declares every dependency install script in allowScripts, so npm ci does not warn', () => {
    const withScripts = Object.entries(lock.packages)
      .filter(([path, p]) => path && p.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length))
      .sort();
    expect(withScripts).toContain('better-sqlite3');
    // A name, or a name pinned to the installed version, as `npm install-scripts approve` writes it.
    for (const name of withScripts) {
      const entries = Object.entries(pkg.allowScripts ?? {}).filter(([key]) => key === name || key.startsWith(`${name}@`));
      expect(entries.length && entries.every(([, allowed]) => allowed === true), `${name} in allowScripts`).toBeTruthy();
    }
  });

  it('answers, from the seeds, every example question the README shows', () => {
    // Mentions and commands written in code spans with a concrete question, not a placeholder.
    const examples = [...readme.matchAll(/`((?:@VisitBot |\/(?:ask|who|quote|when) )[^`<>]+)`/g)].map((m) => m[1]!);
    expect(examples.length).toBeGreaterThan(0);
    const bot = seedBot();
    for (const q of examples) expect(bot.handleLine(q, 'cli').answered, q).toBe(true);
  });
});
