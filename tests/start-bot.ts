import { spawn, type ChildProcess } from 'node:child_process';

// `npm start` as a child process with only the given environment, for the multi-process tests.

export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

/** `npm start` with a clean environment (PATH and HOME only, plus `env`), optionally under faketime and fed `stdin`. */
export function startBot(env: Record<string, string>, clock?: string, stdin?: string): Started {
  const [cmd, ...args] = clock ? ['faketime', clock, 'npm', 'start'] : ['npm', 'start'];
  const child = spawn(cmd!, args, {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  if (stdin !== undefined) child.stdin!.end(stdin);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** `npm start` (or the command given) in the console chat, no tokens, with stdin kept open for lines typed while it runs. */
export function startConsole(env: Record<string, string>, command: string[] = ['npm', 'start']): Started & { type: (line: string) => void } {
  const child = spawn(command[0]!, command.slice(1), {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited, type: (line) => void child.stdin!.write(`${line}\n`) };
}

/** SIGKILLs the whole process group (npm and the bot under it). */
export function kill(s: Started): void {
  if (s.child.exitCode === null && s.child.pid) {
    try {
      process.kill(-s.child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
}

export { until } from '../test-support/until.ts';
