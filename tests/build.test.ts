import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// One build: `npm run build` bundles with source maps, `npm start` and `npm run ask` run that bundle
// (built first when missing or stale), and a bundle that cannot be built stops them with esbuild's
// message. Each case runs in a copy of the project, so that the checkout's dist/ is left alone.

const repo = process.cwd();
const root = mkdtempSync(join(tmpdir(), 'visitbot-build-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of what the bundle is made from, with the checkout's node_modules (or a folder without esbuild). */
function project(modules = join(repo, 'node_modules')): string {
  const dir = mkdtempSync(join(root, 'p-'));
  for (const f of ['src', 'commands', 'scripts', 'package.json', 'package-lock.json']) cpSync(f, join(dir, f), { recursive: true });
  symlinkSync(modules, join(dir, 'node_modules'));
  return dir;
}

function ask(dir: string, query: string) {
  const env = { PATH: process.env.PATH!, HOME: dir, DOTENV_CONFIG_PATH: '/nonexistent/.env', KNOWLEDGE_CACHE: 'off' };
  return spawnSync('npm', ['run', '--silent', 'ask', '--', '--seeds', join(repo, 'seeds'), query], { cwd: dir, env, encoding: 'utf8', timeout: 60_000 });
}

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as {
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

describe('the build', () => {
  it('npm run build writes every entry and its source map into dist/', () => {
    const dir = project();
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    for (const name of ['main', 'cli', 'derive-worker', 'build-worker', 'extract-worker', 'reload-worker']) {
      const code = readFileSync(join(dir, 'dist', `${name}.mjs`), 'utf8');
      expect(code).toContain(`//# sourceMappingURL=${name}.mjs.map`);
      const map = JSON.parse(readFileSync(join(dir, 'dist', `${name}.mjs.map`), 'utf8')) as { sources: string[] };
      expect(map.sources.some((s) => s.startsWith('../src/'))).toBe(true);
    }
  }, 90_000);

  it('npm run ask builds a missing bundle, runs it, and a stack trace names the TypeScript source', () => {
    const dir = project();
    expect(existsSync(join(dir, 'dist'))).toBe(false);
    const first = ask(dir, '/who Han Zheng');
    expect(first.status, first.stderr).toBe(0);
    expect(first.stdout).toContain('Vice President');
    expect(statSync(join(dir, 'dist', 'cli.mjs')).isFile()).toBe(true);
    // An edited source is rebuilt on the next start: here, one that throws.
    const cli = join(dir, 'src', 'cli.ts');
    appendFileSync(cli, "\nthrow new Error('thrown from the source');\n");
    const future = new Date(Date.now() + 5_000);
    utimesSync(cli, future, future);
    const thrown = ask(dir, '/who Han Zheng');
    expect(thrown.status).not.toBe(0);
    expect(thrown.stderr).toContain('thrown from the source');
    expect(thrown.stderr).toMatch(/src\/cli\.ts:\d+:\d+/);
  }, 90_000);

  it("a bundle that cannot be built stops the start with esbuild's message, and runs nothing else", () => {
    const dir = project();
    writeFileSync(join(dir, 'src', 'text.ts'), 'export const = ;\n', { flag: 'a' });
    const r = ask(dir, '/who Han Zheng');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/src\/text\.ts:\d+/);
    expect(r.stderr).toContain('the bundle could not be built');
    expect(r.stdout).toBe('');
  }, 60_000);

  it('without esbuild (a production install) and without a bundle, says what to run instead of falling back', () => {
    const modules = mkdtempSync(join(root, 'modules-'));
    const dir = project(modules);
    const r = ask(dir, '/who Han Zheng');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('esbuild (a dev dependency) is not installed: run `npm ci`');
  }, 30_000);

  it('start and ask run the bundle with source maps; the runtime needs neither esbuild nor tsx', () => {
    expect(pkg.scripts.start).toBe('exec node --enable-source-maps scripts/launch.mjs main');
    expect(pkg.scripts.ask).toBe('exec node --enable-source-maps scripts/launch.mjs cli');
    for (const dev of ['esbuild', 'tsx']) {
      expect(pkg.dependencies[dev]).toBeUndefined();
      expect(pkg.devDependencies[dev]).toBeDefined();
    }
    // No shim left for running a worker's TypeScript: src/worker.ts starts the thread either way.
    expect(existsSync('src/knowledge/derive-worker.tsx.mjs')).toBe(false);
    expect(existsSync('src/intake/extract-worker.tsx.mjs')).toBe(false);
  });
});
