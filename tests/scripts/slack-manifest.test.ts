import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ManifestShape } from '../../test-support/slack-manifest-shape.ts';

// scripts/slack-manifest.ts (`npm run slack:manifest`), run as a user runs it.

type M = ManifestShape;

describe('GIVEN npm run slack:manifest', () => {
  it('the CLI prints the manifest as JSON', () => {
    const out = execFileSync('npx', ['tsx', 'scripts/slack-manifest.ts', '--url', 'https://h.example', '--http', '--command', '/visit'], {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    const m = JSON.parse(out) as M;
    expect(m.features.slash_commands[0]!.url).toBe('https://h.example/slack/events');
  }, 30_000);

  it('npm run slack:manifest reads SLACK_COMMAND from .env (no token needed) and --out writes clean JSON without --silent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'visitbot-manifest-'));
    writeFileSync(join(dir, '.env'), 'SLACK_COMMAND=/tour\n');
    const env = { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? dir, DOTENV_CONFIG_PATH: join(dir, '.env') };
    const file = join(dir, 'manifest.json');
    const r = spawnSync('npm', ['run', 'slack:manifest', '--', '--socket-mode', '--out', file], { encoding: 'utf8', env, timeout: 30_000 });
    expect(r.status).toBe(0);
    const m = JSON.parse(readFileSync(file, 'utf8')) as M;
    expect(m.features.slash_commands[0]!.command).toBe('/tour');
    expect(m.settings.socket_mode_enabled).toBe(true);
    expect(r.stdout).not.toContain('◇'); // no dotenv "tip" line
    // Standard output redirected through npm without --silent: npm's banner is there, so the user is told.
    const printed = spawnSync('npm', ['run', 'slack:manifest', '--', '--socket-mode'], { encoding: 'utf8', env, timeout: 30_000 });
    expect(printed.stdout).toContain('"/tour"');
    expect(printed.stderr).toContain('--out manifest.json');
  }, 60_000);
});
