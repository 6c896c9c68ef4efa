// A progress line for long start-ups, on a terminal only: "Reading articles: 1,200 of 5,000 (24%),
// 410/s, about 9 s left", rewritten in place. Services (standard error not a terminal) get log lines
// at the start and the end of the work instead (main.ts), never a carriage return in their logs.

export interface ProgressLine {
  /** `done` of `total`; redrawn at most every REDRAW_MS, and always at the end, which it leaves on its own line. */
  update(done: number, total: number): void;
  /** A line that says what is being done when there is nothing to count. */
  note(text: string): void;
  /** Clears the line (and prints `text` in its place, when given). */
  end(text?: string): void;
}

const REDRAW_MS = 100;
const CLEAR = '\r\u001b[K';

export function formatProgress(label: string, done: number, total: number, elapsedMs: number): string {
  const n = (x: number) => Math.round(x).toLocaleString('en-US');
  const pct = total ? Math.floor((done / total) * 100) : 100;
  let line = `${label}: ${n(done)} of ${n(total)} (${pct}%)`;
  if (done > 0 && elapsedMs >= 250) {
    const rate = done / (elapsedMs / 1000);
    line += `, ${n(rate)}/s`;
    if (done < total) line += `, about ${duration((total - done) / rate)} left`;
  }
  return line;
}

function duration(seconds: number): string {
  const s = Math.max(1, Math.round(seconds));
  return s < 60 ? `${s} s` : `${Math.floor(s / 60)} min ${s % 60} s`;
}

/** A progress line on `stream` when it is a terminal; undefined otherwise. */
export function progressLine(
  stream: NodeJS.WritableStream & { isTTY?: boolean },
  label: string,
  now: () => number = () => performance.now(),
): ProgressLine | undefined {
  if (!stream.isTTY) return undefined;
  const started = now();
  let drawn = -Infinity;
  let shown = false;
  const draw = (text: string) => {
    stream.write(`${CLEAR}${text}`);
    shown = true;
  };
  return {
    update(done, total) {
      const t = now();
      if (done < total && t - drawn < REDRAW_MS) return;
      drawn = t;
      draw(formatProgress(label, done, total, t - started));
      if (done >= total) {
        // The finished count stays on its line; what follows (a log line, the next step) starts below.
        stream.write('\n');
        shown = false;
      }
    },
    note: draw,
    end(text) {
      if (shown || text) stream.write(`${CLEAR}${text ? `${text}\n` : ''}`);
      shown = false;
    },
  };
}
