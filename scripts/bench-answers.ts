// Part of `npm run bench`: the answer engine on the seeds. Whole-process time to the first answer of
// `npm run ask` (the figure a user waits for), the one-time costs of the language resources (the
// wink-nlp model, the first WordNet lookups), and per-question latency of free questions by kind.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { tag } from '../src/answers/tagger.ts';
import { createBot } from '../src/core/bot.ts';
import { buildKnowledgeFromDir } from '../src/knowledge-build/index.ts';

const QUESTIONS: Record<string, string[]> = {
  person: ['who did Breed meet in Shanghai?', 'who is SF\u2019s mayor?', 'who organized the Saturday event?', 'who reported the meeting with Han Zheng?'],
  words: [
    'what did Li Yong say about local cooperation?',
    "what did Joyu's CEO say about tourism products?",
    'who said working together can unlock new avenues?',
  ],
  date: ['when did the visit begin?', 'when did Gong Zheng meet Breed?', 'when was the China-US summit?'],
  number: ['how many business leaders did the delegation meet?', 'how many reporters traveled with Breed?'],
  place: ['where did she go after Beijing?', 'which cities did Breed visit?', 'which province are Guangzhou and Shenzhen in?'],
  // Chat wording: openers, misspelt names (corrected against the articles), idioms, days between events, why about others.
  chat: [
    'ok so who did Breed meet in Shenzen?',
    'quick q - who is the vice presidnet of China?',
    'who put pen to paper on the memorandum?',
    'how many days after meeting the Guangzhou mayor did Breed meet Han Zheng?',
    'why is Weiheng Intelligent opening a headquarters in the Bay Area?',
  ],
  other: ['what does GBA stand for?', 'why did Breed visit China?', 'what is Weiheng Intelligent?', 'Did Breed meet Joe Biden in China?'],
};

function firstAnswer(runs: number): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const r = spawnSync('npm', ['run', '--silent', 'ask', '--', 'who did Breed meet in Shanghai?'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b);
}

const t0 = performance.now();
const knowledge = buildKnowledgeFromDir('seeds');
const build = performance.now() - t0;
const bot = createBot({ knowledge });
let t = performance.now();
bot.handleLine('who did Breed meet in Shanghai?', 'cli');
const firstInProcess = performance.now() - t;
t = performance.now();
tag('how many reporters traveled with Breed'); // the wink-nlp model loads on the first question that needs it
const wink = performance.now() - t;

console.log(
  `\nanswer engine on the seeds: build ${build.toFixed(0)} ms; first free question ${firstInProcess.toFixed(0)} ms; loading the wink-nlp model ${wink.toFixed(0)} ms (once, on the first question that needs the tagger)`,
);
const whole = firstAnswer(5);
console.log(
  `npm run ask, whole process to the first answer (5 runs): median ${whole[2]!.toFixed(0)} ms, best ${whole[0]!.toFixed(0)} ms, worst ${whole[4]!.toFixed(0)} ms`,
);
console.log('kind        questions   p50 ms   p99 ms   max ms');
for (const [kind, list] of Object.entries(QUESTIONS)) {
  const times: number[] = [];
  for (const q of list) bot.handleLine(q, 'cli'); // first use of WordNet entries, not counted
  for (let r = 0; r < 50; r++) {
    for (const q of list) {
      const s = performance.now();
      bot.handleLine(q, 'cli');
      times.push(performance.now() - s);
    }
  }
  times.sort((a, b) => a - b);
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
  console.log(
    `${kind.padEnd(11)} ${String(times.length).padStart(9)} ${at(0.5).toFixed(3).padStart(8)} ${at(0.99).toFixed(3).padStart(8)} ${times[times.length - 1]!.toFixed(3).padStart(8)}`,
  );
}
