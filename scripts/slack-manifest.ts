import '../src/env.ts';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { commands } from '../commands/index.ts';
import { loadSlackManifestDefaults } from '../src/config.ts';
import { createManifest } from '../src/adapters/slack/manifest.ts';

// npm run slack:manifest -- [--url https://host] [--socket-mode|--http] [--command /visit] [--name VisitBot] [--out file.json|file.yaml]
// Prints the app manifest to standard output, or writes it to the file named (YAML for .yml/.yaml).
// `npm run` writes its own banner to standard output first, so a redirect needs `npm run --silent`;
// --out (or the file name alone) writes a clean file either way.
// Defaults for the command and the mode come from SLACK_COMMAND and SLACK_APP_TOKEN when they are set.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    'socket-mode': { type: 'boolean' },
    http: { type: 'boolean' },
    command: { type: 'string' },
    name: { type: 'string' },
    out: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  process.stdout.write(
    'Usage: npm run slack:manifest -- [--url https://your-host] [--socket-mode|--http] [--command /visit] [--name VisitBot] [--out FILE.json|FILE.yaml]\nWithout --out the manifest goes to standard output: redirect it with `npm run --silent slack:manifest -- … > FILE`, as npm prints a banner otherwise.\n',
  );
  process.exit(0);
}

// From the environment or .env, even before any token is there: the manifest comes first.
const fromEnv = loadSlackManifestDefaults();

const command = values.command ?? fromEnv.command ?? '/visit';
if (!/^\/[a-z0-9_-]{1,31}$/.test(command)) {
  process.stderr.write(`--command (or SLACK_COMMAND) must be a slash command such as /visit, got ${JSON.stringify(command)}\n`);
  process.exit(1);
}
const socketMode = values['socket-mode'] ? true : values.http ? false : Boolean(fromEnv.socketMode);
const manifest = createManifest({ commands, command, socketMode, baseUrl: values.url, name: values.name });
const out = values.out ?? positionals[0];
const text = out && /\.ya?ml$/i.test(out) ? stringify(manifest) : `${JSON.stringify(manifest, null, 2)}\n`;
if (out) {
  writeFileSync(out, text);
  process.stderr.write(
    `Wrote the Slack app manifest to ${out}${!socketMode && !values.url ? ' (replace https://YOUR-HOST.example with your public URL, or pass --url)' : ''}.\n`,
  );
} else {
  process.stdout.write(text);
  // Redirected through `npm run` without --silent: npm's "> visitbot@… slack:manifest" lines are already in that output.
  if (!process.stdout.isTTY && process.env.npm_lifecycle_event === 'slack:manifest' && process.env.npm_config_loglevel !== 'silent') {
    process.stderr.write(
      'Note: npm printed its own lines before the manifest on standard output. For a clean file use `npm run slack:manifest -- --out manifest.json` (or `npm run --silent slack:manifest > manifest.json`).\n',
    );
  }
}
