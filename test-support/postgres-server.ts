import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.ts';

// A throwaway PostgreSQL for the tests and the benchmark: Debian's postgresql package (installed by
// .ci/run), initdb'd into a temp folder and started on a free port on 127.0.0.1 with its socket in
// the same folder. PostgreSQL refuses to run as root, so as root it runs as the `postgres` user.
// TLS is on with a self-signed certificate (when openssl exists) so that ?sslmode= can be tested.

export interface PostgresServer {
  url: string;
  /** True when the server accepts TLS (sslmode=require works). */
  tls: boolean;
  stop(): void;
}

function binDir(): string {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return join(root, versions[0], 'bin');
  }
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error('no PostgreSQL server binaries found (looked in /usr/lib/postgresql/*/bin and pg_config --bindir)');
  }
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'visitbot-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    execFileSync(file, argv, { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
  };
  try {
    if (asRoot) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      chownSync(dir, uid, gid);
    }
    run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
    const tls = makeCertificate(dir, asRoot);
    const port = await freePort();
    const settings = [
      `-p ${port}`,
      `-k ${dir}`,
      '-c listen_addresses=127.0.0.1',
      // A throwaway server: durability buys nothing here.
      '-c fsync=off -c synchronous_commit=off -c full_page_writes=off',
      '-c max_connections=300',
      ...(tls ? [`-c ssl=on -c ssl_cert_file=${dir}/server.crt -c ssl_key_file=${dir}/server.key`] : []),
    ].join(' ');
    run('pg_ctl', ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', '-t', '30', 'start']);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      tls,
      stop() {
        try {
          run('pg_ctl', ['-D', data, '-m', 'immediate', 'stop']);
        } finally {
          rmSync(dir, { recursive: true, force: true });
        }
      },
    };
  } catch (err) {
    rmSync(dir, { recursive: true, force: true });
    const e = err as Error & { stderr?: Buffer };
    throw new Error(`${e.message.split('\n')[0]}${e.stderr?.length ? `: ${e.stderr.toString().trim().slice(0, 300)}` : ''}`);
  }
}

function makeCertificate(dir: string, asRoot: boolean): boolean {
  try {
    execFileSync(
      'openssl',
      ['req', '-new', '-x509', '-days', '2', '-nodes', '-subj', '/CN=visitbot-test', '-keyout', join(dir, 'server.key'), '-out', join(dir, 'server.crt')],
      { stdio: 'ignore' },
    );
  } catch {
    return false;
  }
  chmodSync(join(dir, 'server.key'), 0o600);
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    for (const f of ['server.key', 'server.crt']) chownSync(join(dir, f), uid, -1);
  }
  return true;
}
