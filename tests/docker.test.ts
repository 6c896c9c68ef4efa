import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

// No Docker engine on the development machines: the Dockerfile is played here instead. Each stage is
// a folder; COPY copies from the build context (what .dockerignore lets through) or from an earlier
// stage; `RUN npm ci` runs the package's "prepare" script over the installed node_modules; the final
// stage's CMD is then run as the image would run it.

const repo = process.cwd();
const dockerfile = readFileSync('Dockerfile', 'utf8').replace(/\\\n/g, ' ');
const ignore = readFileSync('.dockerignore', 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));

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

interface Stage { name?: string; dir: string; instructions: string[][] }

function stages(root: string): Stage[] {
  const out: Stage[] = [];
  for (const line of dockerfile.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'))) {
    const [op, ...rest] = line.split(/\s+/);
    if (op === 'FROM') {
      const dir = join(root, `stage${out.length}`);
      mkdirSync(dir, { recursive: true });
      out.push({ name: rest[2], dir, instructions: [] });
    }
    else out.at(-1)!.instructions.push([op!, ...rest]);
  }
  return out;
}

const root = mkdtempSync(join(tmpdir(), 'visitbot-docker-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the Docker image, played without Docker', () => {
  const all = stages(root);
  const final = all.at(-1)!;

  it('builds: every COPY finds its files, and npm ci (with its prepare script) has what it needs', () => {
    for (const stage of all) {
      for (const [op, ...args] of stage.instructions) {
        if (op === 'COPY') {
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
            if (src === 'node_modules' || src === '/app/node_modules') symlinkSync(join(repo, 'node_modules'), target);
            else cpSync(path, target, { recursive: true, filter: (p) => from !== undefined || !ignored(p.slice(repo.length + 1)) });
          }
        } else if (op === 'RUN' && args.join(' ').startsWith('npm ci')) {
          // The dependencies are this checkout's; what npm ci adds of its own is the prepare script.
          symlinkSync(join(repo, 'node_modules'), join(stage.dir, 'node_modules'));
          const prepare = (JSON.parse(readFileSync(join(stage.dir, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.prepare!;
          const r = spawnSync('sh', ['-c', prepare], { cwd: stage.dir, encoding: 'utf8', timeout: 60_000 });
          expect(r.status, `prepare: ${r.stderr}`).toBe(0);
        }
      }
    }
    expect(statSync(join(final.dir, 'dist', 'main.mjs')).isFile()).toBe(true);
    expect(existsSync(join(final.dir, 'dist', 'derive-worker.mjs'))).toBe(true);
  }, 90_000);

  it('runs its CMD: the bundle answers in the console, with no tests, scripts or dev tooling beside it', () => {
    const cmd = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];
    expect(cmd[0]).toBe('node');
    expect(readFileSync('package.json', 'utf8')).toContain('"start": "exec node scripts/launch.mjs main"'); // the same bundle, dist/main.mjs
    const folder = mkdtempSync(join(root, 'data-'));
    const r = spawnSync(process.execPath, cmd.slice(1), {
      cwd: final.dir,
      input: '/who Han Zheng\nquit\n',
      encoding: 'utf8',
      timeout: 60_000,
      env: { PATH: process.env.PATH, HOME: folder, NODE_ENV: 'production', DATABASE_PATH: join(folder, 'db.sqlite'), KNOWLEDGE_CACHE: join(folder, 'cache') },
    });
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.stdout).toContain('Vice President');
    expect(existsSync(join(final.dir, 'tests'))).toBe(false);
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
    for (const file of ['Dockerfile', 'README.md', 'compose.yaml']) expect(readFileSync(file, 'utf8'), file).not.toMatch(/\bissue \d+|until (?:that|it) lands|no build step \(tsx\)/i);
    expect(dockerfile).toContain('/healthz');
    expect(readFileSync('src/ops/health-server.ts', 'utf8')).toContain("'/healthz'");
  });
});
