import { createRequire } from 'node:module';
import type * as Chrono from 'chrono-node/en';
import type * as Yaml from 'yaml';

// chrono-node and yaml are loaded on first use, not at start: with the knowledge cache warm, a start
// parses no article and reads no date, and these two were a third of the time to a first answer.

const require = createRequire(import.meta.url);
let chrono: typeof Chrono | undefined;
let yaml: typeof Yaml | undefined;

/** chrono-node's English parsers. */
export function chronoEn(): typeof Chrono {
  return (chrono ??= require('chrono-node/en') as typeof Chrono);
}

export function parseYaml(text: string): unknown {
  return (yaml ??= require('yaml') as typeof Yaml).parse(text);
}
