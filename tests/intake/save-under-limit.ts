import { readdirSync } from 'node:fs';
import { saveDraft } from '../../src/intake/article-file.ts';

// Run by save-failure.test.ts under `ulimit -f` (a file size limit): saving a draft bigger than the
// limit fails half-way through the write with EFBIG. Prints the outcome and what is left in the folder.

const dir = process.argv[2]!;
const draft = {
  title: 'Ferry fares cut',
  source: 'Harbor Daily',
  published: '2024-04-19',
  paragraphs: Array.from({ length: 60 }, (_, i) => `Paragraph ${i}: Zhou Min, director of the Shanghai port office, met the delegation on Tuesday.`),
};
let outcome: Record<string, unknown>;
try {
  outcome = { saved: saveDraft(dir, draft) };
} catch (err) {
  outcome = { code: (err as NodeJS.ErrnoException).code };
}
console.log(JSON.stringify({ ...outcome, left: readdirSync(dir) }));
