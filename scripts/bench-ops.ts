import { createBot } from '../src/core/bot.ts';
import { createLogger } from '../src/core/logger.ts';
import type { BotRequest } from '../src/core/types.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';
import { instrumentHandle } from '../src/ops/instrument.ts';
import { createMetrics } from '../src/ops/metrics.ts';
import { redactText } from '../src/core/redact.ts';

// What operations cost per request: the metrics around each answer (the same /who answered bare and
// counted), one /metrics scrape, and one log line with its redaction. Usage: npx tsx scripts/bench-ops.ts

const N = 20_000;
const bot = createBot({ knowledge: buildKnowledgeFromDir('seeds'), now: () => new Date('2024-04-18T12:00:00Z') });
const metrics = createMetrics({
  commands: ['who', 'quote', 'when', 'ask', 'onthisday', 'timeline', 'sources', 'daily', 'help'],
  platforms: ['discord', 'slack'],
});
const request: BotRequest = { command: 'who', args: 'Han Zheng', platform: 'slack' };
const bare = async (r: BotRequest) => bot.handle(r);
const counted = instrumentHandle(bare, metrics);

async function perCall(f: (r: BotRequest) => Promise<unknown>): Promise<number> {
  for (let i = 0; i < 2000; i++) await f(request); // warm-up
  const t = performance.now();
  for (let i = 0; i < N; i++) await f(request);
  return ((performance.now() - t) / N) * 1000;
}

const bareUs = await perCall(bare);
const countedUs = await perCall(counted);
console.log(`/who answered bare ${bareUs.toFixed(1)} µs, with metrics ${countedUs.toFixed(1)} µs: ${(countedUs - bareUs).toFixed(1)} µs per answer`);

let t = performance.now();
let size = 0;
for (let i = 0; i < 200; i++) size = (await metrics.registry.metrics()).length;
console.log(`/metrics render: ${((performance.now() - t) / 200).toFixed(2)} ms for ${size} bytes`);

const secrets = ['xoxb-100-200-abcdefabcdef', 'signing-secret-value', 'MTAwMDAwMDAwMDAwMDAwMDAy.GaBcDe.abcdefghijklmnopqrstuvwxyz0123456789'];
const line = `${JSON.stringify({ level: 30, time: Date.now(), component: 'slack', msg: 'Slack adapter ready', mode: 'http', port: 3000, botUserId: 'UBOT' })}\n`;
t = performance.now();
for (let i = 0; i < N; i++) redactText(line, secrets);
console.log(`redaction of a log line: ${(((performance.now() - t) / N) * 1000).toFixed(1)} µs`);

const lines: string[] = [];
const logger = createLogger('info', { secrets, destination: { write: (l: string) => void lines.push(l) } });
t = performance.now();
for (let i = 0; i < N; i++) logger.info({ channel: 'C1', command: 'who' }, 'answered');
console.log(`a JSON log line, redaction included: ${(((performance.now() - t) / N) * 1000).toFixed(1)} µs`);
