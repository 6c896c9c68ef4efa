import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { until } from './start-bot.ts';
import { freePort } from '../test-support/free-port.ts';

// No Docker engine on the development machines: the Dockerfile is played here instead. Each stage is
// a folder standing for /app; COPY copies from the build context (what .dockerignore lets through) or
// from an earlier stage; RUN runs its commands: `npm ci` links this checkout's node_modules (and runs
// a "prepare" script if there is one), `npm run` runs, `npm prune --omit=dev` leaves only the
// production packages of the lock file. A command the player does not know fails the test, so a
// changed Dockerfile is never passed unplayed. The final stage's CMD is then run as the image would.

const repo = process.cwd();
const dockerfile = readFileSync('Dockerfile', 'utf8').replace(/\\\n/g, ' ');
const ignore = readFileSync('.dockerignore', 'utf8')
  .split('\n')
  .map((l) => l.trim())
  .filter((l) => l && !l.startsWith('#'));
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean }> };

/** .dockerignore as Docker reads it: the last matching pattern wins; a pattern matches a path or a folder above it. */
function ignored(path: string): boolean {
  let out = false;
  for (const raw of ignore) {
    const negated = raw.startsWith('!');
    const pattern = negated ? raw.slice(1) : raw;
    const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(?:/.*)?$`);
    if (re.test(path)) out = !negated;
  }
  return out;
}

interface Stage {
  name?: string;
  dir: string;
  env: Record<string, string>;
  instructions: string[][];
}

function stages(root: string): Stage[] {
  const out: Stage[] = [];
  for (const line of dockerfile
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'))) {
    const [op, ...rest] = line.split(/\s+/);
    if (op === 'FROM') {
      const dir = join(root, `stage${out.length}`);
      mkdirSync(dir, { recursive: true });
      out.push({ name: rest[2], dir, env: {}, instructions: [] });
    } else out.at(-1)!.instructions.push([op!, ...rest]);
  }
  return out;
}

/** node_modules as `npm prune --omit=dev` leaves it: the lock's top-level packages not marked dev, linked from this checkout. */
function productionModules(dir: string): void {
  rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
  for (const [path, entry] of Object.entries(lock.packages)) {
    if (!/^node_modules\/(?:@[^/]+\/)?[^/]+$/.test(path) || entry.dev) continue;
    if (!existsSync(join(repo, path))) continue; // an optional package for another platform
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    symlinkSync(join(repo, path), join(dir, path));
  }
}

const npm = (args: string[], cwd: string) => spawnSync('npm', args, { cwd, encoding: 'utf8', timeout: 90_000, env: { PATH: process.env.PATH!, HOME: cwd } });

function run(stage: Stage, command: string): void {
  const [cmd, ...args] = command.trim().split(/\s+/);
  const at = (p: string) => resolve(stage.dir, p.replace(/^\/app\/?/, ''));
  if (cmd === 'apt-get' || (cmd === 'rm' && args.at(-1) === '/var/lib/apt/lists/*') || cmd === 'chown') return; // the system's, not the app's
  if (cmd === 'mkdir' && args[0] === '-p') return void args.slice(1).forEach((p) => mkdirSync(at(p), { recursive: true }));
  if (cmd === 'npm' && args[0] === 'ci') {
    symlinkSync(join(repo, 'node_modules'), join(stage.dir, 'node_modules'));
    const { scripts } = JSON.parse(readFileSync(join(stage.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    if (scripts.prepare) {
      const r = npm(['run', 'prepare'], stage.dir);
      expect(r.status, `npm ci's prepare: ${r.stderr}`).toBe(0);
    }
    return;
  }
  if (cmd === 'npm' && args[0] === 'run') {
    const r = npm(args, stage.dir);
    expect(r.status, `${command}: ${r.stderr}`).toBe(0);
    return;
  }
  if (cmd === 'npm' && args[0] === 'prune' && args.includes('--omit=dev')) {
    productionModules(stage.dir);
    return;
  }
  throw new Error(`the Dockerfile player does not know \`${command}\`: teach it (tests/docker.test.ts)`);
}

function play(all: Stage[]): void {
  for (const stage of all) {
    for (const [op, ...args] of stage.instructions) {
      if (op === 'WORKDIR') expect(args[0], 'each stage works in /app').toBe('/app');
      else if (op === 'ENV') for (const pair of args) stage.env[pair.slice(0, pair.indexOf('='))] = pair.slice(pair.indexOf('=') + 1);
      else if (op === 'RUN') for (const command of args.join(' ').split('&&')) run(stage, command);
      else if (op === 'COPY') {
        const from = args.find((a) => a.startsWith('--from='))?.slice('--from='.length);
        const paths = args.filter((a) => !a.startsWith('--'));
        const dest = resolve(stage.dir, paths.pop()!);
        for (const src of paths) {
          const base = from ? all.find((s) => s.name === from)!.dir : repo;
          const path = from ? join(base, src.replace(/^\/app\/?/, '')) : join(base, src);
          if (!from) expect(ignored(src), `${src} is left out of the build context by .dockerignore`).toBe(false);
          expect(existsSync(path), `COPY ${src}`).toBe(true);
          const target = args.at(-1)!.endsWith('/') ? join(dest, src.split('/').pop()!) : dest;
          mkdirSync(dirname(target), { recursive: true });
          // verbatimSymlinks: node_modules is links into this checkout, copied as links.
          cpSync(path, target, { recursive: true, verbatimSymlinks: true, filter: (p) => from !== undefined || !ignored(p.slice(repo.length + 1)) });
        }
      } else expect(['USER', 'EXPOSE', 'HEALTHCHECK', 'CMD'], `${op} is played`).toContain(op);
    }
  }
}

const root = mkdtempSync(join(tmpdir(), 'visitbot-docker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the Docker image, played without Docker', () => {
  const all = stages(root);
  const final = all.at(-1)!;

  it('builds: every COPY finds its files, the build stage bundles, the runtime stage has production packages only', () => {
    play(all);
    for (const name of ['main', 'derive-worker', 'build-worker', 'extract-worker', 'reload-worker']) {
      expect(statSync(join(final.dir, 'dist', `${name}.mjs`)).isFile(), name).toBe(true);
      expect(existsSync(join(final.dir, 'dist', `${name}.mjs.map`)), `${name}'s source map`).toBe(true);
    }
    const modules = readdirSync(join(final.dir, 'node_modules'));
    expect(modules).toEqual(expect.arrayContaining(['better-sqlite3', 'discord.js', '@slack']));
    for (const dev of ['esbuild', 'tsx', 'vitest', 'typescript']) expect(modules, dev).not.toContain(dev);
    expect(existsSync(join(final.dir, 'tests'))).toBe(false);
    expect(existsSync(join(final.dir, 'scripts'))).toBe(false);
  }, 180_000);

  it('runs its CMD, the bundle npm start runs: the console answers and /healthz says it is alive', async () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(cmd).toEqual(['node', '--enable-source-maps', 'dist/main.mjs']);
    const port = await freePort();
    const env = Object.fromEntries(Object.entries(final.env).map(([k, v]) => [k, v.replace(/^\/app\//, `${final.dir}/`)]));
    const child = spawn(process.execPath, cmd.slice(1), {
      cwd: final.dir,
      env: { PATH: process.env.PATH!, HOME: final.dir, DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env, HEALTH_PORT: String(port) },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    try {
      child.stdin.write('/who Han Zheng\n');
      await until(() => out.includes('Vice President'), `an answer (out: ${out} err: ${err})`, 60_000);
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      child.stdin.end('quit\n');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
    expect(err).not.toMatch(/\berror\b/i);
    // The knowledge cache went under /app/data, the folder the runtime user owns.
    expect(readdirSync(join(final.dir, 'data', 'knowledge-cache')).length).toBeGreaterThan(0);
  }, 90_000);

  it('compose: the password comes from the environment, the health server is reachable, added articles and data survive', () => {
    type Service = { environment: Record<string, string>; volumes?: string[] };
    const compose = parseYaml(readFileSync('compose.yaml', 'utf8')) as { services: Record<string, Service>; volumes: Record<string, unknown> };
    const { postgres, bot } = compose.services as { postgres: Service; bot: Service };
    expect(postgres.environment.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:\?/); // required, never a default written here
    expect(bot.environment.DATABASE_URL).toMatch(/^postgres:\/\/visitbot:\$\{POSTGRES_PASSWORD:\?[^}]*\}@postgres:5432\/visitbot$/);
    expect(readFileSync('compose.yaml', 'utf8')).not.toMatch(/visitbot:visitbot@|POSTGRES_PASSWORD: visitbot/);
    expect(readFileSync('.env.example', 'utf8')).toMatch(/^POSTGRES_PASSWORD=$/m);
    expect(bot.environment.HEALTH_HOST).toBe('0.0.0.0');
    // The seeds folder the bot reads is a volume, filled from the image where the runtime user owns it.
    const seeds = bot.environment.SEEDS_DIR!;
    expect(bot.volumes).toContain(`seeds:${seeds}`);
    expect(dockerfile).toMatch(new RegExp(`COPY --chown=node:node seeds \\.${seeds.replace('/app', '')}`));
    expect(bot.volumes).toContain('data:/app/data');
    expect(dockerfile).toContain('chown node:node /app/data');
    expect(Object.keys(compose.volumes)).toEqual(expect.arrayContaining(['pgdata', 'seeds', 'data']));
    // The image's user: articles saved from chat are written as node.
    expect(dockerfile).toMatch(/^USER node$/m);
    expect(statSync(join(final.dir, 'seeds')).isDirectory()).toBe(true);
  });

  it('says nothing stale: no issue numbers, and the health check asks an endpoint that exists', () => {
    for (const file of ['Dockerfile', 'README.md', 'compose.yaml'])
      expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bissue \d+|until (?:that|it) lands|no build step \(tsx\)/i);
    expect(dockerfile).toContain('/healthz');
    expect(readFileSync('src/ops/health-server.ts', 'utf8')).toContain("'/healthz'");
  });
});
