import type { Answer } from '../answers/types.ts';
import type { DownVoted } from '../store/types.ts';

// The report of `npm run feedback`: the answers voted down, the most voted down first, each with its
// question, the earlier questions of its thread, and a command line that asks it again, so that the
// team can turn it into a test case. Pure: rows in, text out.

const ANSWER_MAX = 300;

export function formatReport(rows: DownVoted[], now: Date = new Date()): string {
  if (!rows.length) return 'No answers voted down yet.\n';
  const out = [`Answers voted down (${rows.length}), as of ${iso(now.getTime())}:`, ''];
  rows.forEach((r, i) => {
    out.push(`${i + 1}. ${r.down} down, ${r.up} up · ${r.platforms.join(', ')} · last vote ${iso(r.lastAt)}`);
    if (r.context.length) out.push(`   earlier in the thread: ${r.context.map((q) => JSON.stringify(oneLine(q))).join(' → ')}`);
    out.push(`   question: ${oneLine(r.question)}`);
    out.push(`   answer:   ${clip(oneLine(r.answerText), ANSWER_MAX)}`);
    for (const why of r.reasons) out.push(`   wrong:    ${JSON.stringify(oneLine(why))}`);
    out.push(`   again:    ${reproduce(r)}`);
    out.push('');
  });
  return `${out.join('\n')}`;
}

/** A shell command that asks the question again, in its thread: the start of a test case. */
function reproduce(r: DownVoted): string {
  const lines = [...r.context, r.question].map(oneLine);
  return `printf '%s\\n' ${lines.map(shell).join(' ')} | npm run --silent ask -- --json${r.context.length ? ' --thread' : ''}`;
}

function shell(s: string): string {
  return `'${s.replace(/'/g, `'\\''`)}'`;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function clip(s: string, max: number): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The same report in chat (/feedback): one item per answer voted down, with what voters said was wrong. Private to admins. */
export function reportAnswer(rows: DownVoted[]): Answer {
  const items = rows.map((r) => {
    const said = r.reasons.length ? ` Wrong: ${r.reasons.map((w) => `“${clip(oneLine(w), 200)}”`).join(' ')}` : '';
    const thread = r.context.length ? ` (after ${r.context.map((q) => `“${clip(oneLine(q), 80)}”`).join(', ')})` : '';
    return {
      text: `${r.down} down, ${r.up} up · ${r.platforms.join(', ')} · ${iso(r.lastAt).slice(0, 10)}: “${clip(oneLine(r.question), 200)}”${thread} → ${clip(oneLine(r.answerText), 200)}${said}`,
      citations: [],
    };
  });
  const text = rows.length
    ? `${rows.length} answer${rows.length === 1 ? '' : 's'} voted down, the most voted down first. \`npm run feedback\` prints them with a command that asks each again.`
    : 'No answers voted down yet.';
  return { answered: false, kind: 'help', title: 'Feedback', text, citations: [], items, suggestions: [] };
}
