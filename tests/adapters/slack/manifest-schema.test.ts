import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { commands } from '../../../commands/index.ts';
import { createManifest } from '../../../src/adapters/slack/manifest.ts';

// The manifest `npm run --silent slack:manifest` prints, validated against Slack's own app manifest
// schema (vendored in tests/schemas with its source), in both modes and with a long command name.

// strict: false, the schema carries notes (`_note`) and a `regex` keyword of Slack's own.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync('tests/schemas/slack-manifest.schema.1.0.0.json', 'utf8')) as object);
const errors = () => ajv.errorsText(validate.errors, { separator: '\n' });

describe("the Slack manifest against Slack's manifest schema", () => {
  it('npm run --silent slack:manifest prints a valid manifest (HTTP mode by default, a placeholder URL)', () => {
    const r = spawnSync('npm', ['run', '--silent', 'slack:manifest'], {
      encoding: 'utf8',
      timeout: 30_000,
      env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: '/nonexistent/.env' },
    });
    expect(r.status, r.stderr).toBe(0);
    const manifest = JSON.parse(r.stdout) as unknown;
    expect(validate(manifest), errors()).toBe(true);
  });

  it.each([
    ['Socket Mode', { socketMode: true, command: '/visit' }],
    ['HTTP mode with a base URL', { socketMode: false, command: '/visit', baseUrl: 'https://bot.example.org' }],
    ['a renamed umbrella command', { socketMode: true, command: '/news' }],
  ])('%s: valid', (_, options) => {
    expect(validate(createManifest({ commands, ...options })), errors()).toBe(true);
  });

  it('the schema is not a formality: a manifest Slack would refuse fails it', () => {
    const manifest = createManifest({ commands, command: '/visit', socketMode: true }) as { display_information: { name: string } };
    expect(validate({ ...manifest, display_information: { ...manifest.display_information, name: 'x'.repeat(36) } })).toBe(false);
    expect(validate({ ...manifest, unknown_section: {} })).toBe(false);
  });
});
