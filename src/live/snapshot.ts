import { statSync } from 'node:fs';
import { join } from 'node:path';
import { articleFiles } from '../corpus/load.ts';

// What the seeds folder holds, file by file, so that a reload can say what was added, changed or
// removed, and skip a rebuild when nothing did (an editor's save can fire several events).

/** Article file name → size and modification time ("1234:1713400000000.5"). */
export type Snapshot = Map<string, string>;

export interface Changes {
  added: string[];
  changed: string[];
  removed: string[];
}

/** The article files of a folder as they are now; throws when the folder cannot be read. */
export function snapshot(dir: string): Snapshot {
  const out: Snapshot = new Map();
  for (const file of articleFiles(dir)) {
    try {
      const s = statSync(join(dir, file));
      if (s.isFile()) out.set(file, `${s.size}:${s.mtimeMs}`);
    } catch {
      // Removed between the listing and the stat: it is not there.
    }
  }
  return out;
}

export function diff(before: Snapshot, after: Snapshot): Changes {
  const changes: Changes = { added: [], changed: [], removed: [] };
  for (const [file, sig] of after) {
    const old = before.get(file);
    if (old === undefined) changes.added.push(file);
    else if (old !== sig) changes.changed.push(file);
  }
  for (const file of before.keys()) if (!after.has(file)) changes.removed.push(file);
  return changes;
}

export function isEmpty(c: Changes): boolean {
  return !c.added.length && !c.changed.length && !c.removed.length;
}
