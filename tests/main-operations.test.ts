import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeSlack } from '../test-support/fakes/slack-api.ts';
import { SIGNING_SECRET, sendForm, slashCommand } from '../test-support/fakes/slack-requests.ts';
import { until } from './start-bot.ts';
import { freePort } from '../test-support/free-port.ts';

// The "done when", with `npm start` itself: health within seconds, ready once Slack listens,
// metrics after one answered slash command, no secret in anything the process prints or serves,
// and the whole process group gone within 2 s of SIGTERM (SIGINT in the console).

const BOT_TOKEN = 'xoxb-100-200-mainTOKENvalue';
// The password of an unreachable DATABASE_URL is kept out of the output by tests/store/postgres.test.ts.
const SECRETS = [BOT_TOKEN, SIGNING_SECRET];

interface Started {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
}

function start(env: Record<string, string>): Started {
  const child = spawn('npm', ['start'], {
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', DOTENV_CONFIG_PATH: '/nonexistent/.env', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  let err = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (err += d));
  return { child, stdout: () => out, stderr: () => err };
}

const running: Started[] = [];
afterEach(() => {
  for (const r of running.splice(0)) if (groupAlive(r.child.pid!)) process.kill(-r.child.pid!, 'SIGKILL');
});

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function get(port: number, path: string): Promise<{ status: number; body: string } | undefined> {
  try {
    const res = await fetch(`http://127.0.0.1:${port}${path}`);
    return { status: res.status, body: await res.text() };
  } catch {
    return undefined; // not listening yet
  }
}

/** Sends the signal to the whole group; resolves with how long until no process of it is left. */
async function stopGroup(child: ChildProcess, signal: NodeJS.Signals): Promise<number> {
  const t = Date.now();
  process.kill(-child.pid!, signal);
  await until(() => !groupAlive(child.pid!), 'the process group to end', 5000);
  return Date.now() - t;
}

describe('npm start with Slack and HEALTH_PORT', () => {
  it('serves health at once, readiness once Slack listens, metrics after an answer; prints no secret; SIGTERM ends the group within 2 s', async () => {
    const slack = await startFakeSlack();
    const [slackPort, healthPort] = [await freePort(), await freePort()];
    const folder = mkdtempSync(join(tmpdir(), 'visitbot-ops-'));
    const bot = start({
      SLACK_BOT_TOKEN: BOT_TOKEN,
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_PORT: String(slackPort),
      SLACK_API_URL: slack.apiUrl,
      HEALTH_PORT: String(healthPort),
      DATABASE_PATH: join(folder, 'db.sqlite'),
      LOG_LEVEL: 'trace', // everything the process can print
    });
    running.push(bot);
    try {
      await until(async () => (await get(healthPort, '/healthz'))?.status === 200, '/healthz');
      const ready = await until(async () => {
        const r = await get(healthPort, '/readyz');
        return r?.status === 200 && r;
      }, '/readyz');
      expect(JSON.parse(ready.body)).toEqual({ status: 'ready', checks: { running: true, articles: true, slack: true, store: true } });

      const sent = await sendForm(`http://127.0.0.1:${slackPort}/slack/events`, slashCommand(slack.responseUrl('r1'), { text: 'who Han Zheng' }));
      expect(sent.status).toBe(200);
      expect(JSON.stringify((await slack.waitFor((r) => r.kind === 'response' && r.name === 'r1')).body)).toContain('Vice President');

      const metrics = (await get(healthPort, '/metrics'))!;
      expect(metrics.status).toBe(200);
      expect(metrics.body).toMatch(/^visitbot_answers_total\{command="who",outcome="answered"\} [1-9]/m);
      expect(metrics.body).toMatch(/^visitbot_answer_duration_seconds_count\{command="who"\} 1$/m);
      expect(metrics.body).toMatch(/^visitbot_answer_duration_seconds_bucket\{le="0\.5",command="who"\} 1$/m);
      expect(metrics.body).toMatch(/^visitbot_articles [1-9]/m);
      expect(metrics.body).toContain('process_resident_memory_bytes');
      expect((await get(healthPort, '/nope'))!.status).toBe(404);

      // Service logs: JSON lines on standard output.
      expect(bot.stdout()).toMatch(/^\{.*"msg":"VisitBot ready"/m);

      expect(await stopGroup(bot.child, 'SIGTERM')).toBeLessThan(2000);
      const printed = bot.stdout() + bot.stderr();
      expect(printed).toMatch(/"reason":"SIGTERM","msg":"stopping"/);
      for (const s of SECRETS) {
        expect(printed).not.toContain(s);
        expect(metrics.body).not.toContain(s);
        expect(ready.body).not.toContain(s);
      }
    } finally {
      await slack.close();
      rmSync(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe('npm start in the console with HEALTH_PORT', () => {
  it('serves the endpoints, keeps the conversation free of logs, and SIGINT ends the group within 2 s', async () => {
    const healthPort = await freePort();
    const bot = start({ HEALTH_PORT: String(healthPort) });
    running.push(bot);
    const ready = await until(async () => {
      const r = await get(healthPort, '/readyz');
      return r?.status === 200 && r;
    }, '/readyz');
    expect(JSON.parse(ready.body)).toEqual({ status: 'ready', checks: { running: true, articles: true } });
    bot.child.stdin!.write('/who Han Zheng\n');
    await until(() => bot.stdout().includes('Han Zheng: Chinese Vice President.'), 'the answer');
    expect(await stopGroup(bot.child, 'SIGINT')).toBeLessThan(2000);
    // Info logs stay out by default (warn and above only), and none land on standard output.
    expect(bot.stdout()).not.toMatch(/"msg"|INFO|knowledge built/);
    expect(bot.stderr()).not.toMatch(/knowledge built/);
  }, 60_000);
});
