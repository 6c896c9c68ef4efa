// `npx tsx scripts/generate-corpus.ts DIR [N]` writes N (default 5,000) generated Markdown articles to
// DIR (test-support/corpus.ts), so that the CLI contract (`npm run ask -- --seeds DIR`) can be
// measured on them.
import { writeCorpus } from '../test-support/corpus.ts';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: npx tsx scripts/generate-corpus.ts DIR [N]\n');
  process.exit(2);
}
const n = Number(process.argv[3] ?? 5000);
writeCorpus(dir, n);
process.stdout.write(`${n} articles in ${dir}\n`);
