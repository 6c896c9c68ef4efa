import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { commands } from '../../../commands/index.ts';
import { loadConfig } from '../../config.ts';
import { createManifest } from './manifest.ts';

// npm run slack:manifest -- [--url https://host] [--socket-mode|--http] [--command /visit] [--name VisitBot] [file.json|file.yaml]
// Prints the app manifest to standard output, or writes it to the file named (YAML for .yml/.yaml).
// Defaults for the command and the mode come from SLACK_COMMAND and SLACK_APP_TOKEN when they are set.

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    'socket-mode': { type: 'boolean' },
    http: { type: 'boolean' },
    command: { type: 'string' },
    name: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});

if (values.help) {
  process.stdout.write('Usage: npm run slack:manifest -- [--url https://your-host] [--socket-mode|--http] [--command /visit] [--name VisitBot] [out.json|out.yaml]\n');
  process.exit(0);
}

let fromEnv: { command?: string; socketMode?: boolean } = {};
try {
  fromEnv = loadConfig().slack ?? {};
} catch {
  // A half-configured environment must not stop anyone from generating a manifest.
}

const command = values.command ?? fromEnv.command ?? '/visit';
if (!/^\/[a-z0-9_-]{1,31}$/.test(command)) {
  process.stderr.write(`--command must be a slash command such as /visit, got ${JSON.stringify(command)}\n`);
  process.exit(1);
}
const socketMode = values['socket-mode'] ? true : values.http ? false : Boolean(fromEnv.socketMode);
const manifest = createManifest({ commands, command, socketMode, baseUrl: values.url, name: values.name });
const out = positionals[0];
const text = out && /\.ya?ml$/i.test(out) ? stringify(manifest) : `${JSON.stringify(manifest, null, 2)}\n`;
if (out) {
  writeFileSync(out, text);
  process.stderr.write(`Wrote the Slack app manifest to ${out}${!socketMode && !values.url ? ' (replace https://YOUR-HOST.example with your public URL, or pass --url)' : ''}.\n`);
} else {
  process.stdout.write(text);
}
