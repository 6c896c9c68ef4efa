import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The seeds folder's manifest in the knowledge cache: for each article file, its size, modification
// and change times and inode, with the content hash (the cache entry's key) they were seen with. A
// start over an unchanged folder finds every file's entry by its listing and file times, without
// reading or hashing the file; a file whose times or size differ is read and hashed as before. It is
// kept as <engine folder>/seeds-<hash of the folder's path>.manifest (JSON).
//
// A file changed twice within one tick of the file system's clock keeps its times, so a file changed
// less than RACY_MS before the build began is not put in the manifest (git's "racily clean" rule):
// it is read again until it has been left alone for that long.

export const RACY_MS = 2000;

export interface Manifest {
  /** The content hash recorded for a file with this signature, if any. */
  hashOf(file: string, signature: string | undefined): string | undefined;
  /** Records what the build found; written by save() when it differs from what was read. */
  record(file: string, signature: string, hash: string): void;
  save(): void;
}

const signatureOf = (s: { size: number; mtimeMs: number; ctimeMs: number; ino: number }) => `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}`;

/**
 * The signature of a regular file's stat; undefined for anything else (the loader reads it and says
 * what is wrong) and for a file changed less than `racyMs` before `now` (0 trusts every file: tests).
 */
export function fileSignature(path: string, now: number, racyMs = RACY_MS): string | undefined {
  try {
    const s = statSync(path);
    if (!s.isFile() || (racyMs > 0 && Math.max(s.mtimeMs, s.ctimeMs) > now - racyMs)) return undefined;
    return signatureOf(s);
  } catch {
    return undefined;
  }
}

/** The name of what is kept per seeds folder in the engine's cache folder (its manifest, its listing), without the extension. */
export const manifestName = (seedsDir: string) => `seeds-${createHash('sha256').update(resolve(seedsDir)).digest('hex').slice(0, 16)}`;

/** The manifest of `seedsDir` kept in the engine's cache folder; never fatal (a bad one is ignored and rewritten). */
export function openManifest(folder: string, seedsDir: string): Manifest {
  const path = join(folder, `${manifestName(seedsDir)}.manifest`);
  let kept: Record<string, [signature: string, hash: string]> = {};
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) kept = parsed as typeof kept;
  } catch {
    // none yet, or unreadable: every file is read and hashed, and the manifest written again
  }
  const now: typeof kept = Object.create(null) as typeof kept;
  let changed = false;
  return {
    hashOf(file, signature) {
      const entry = Object.hasOwn(kept, file) ? kept[file] : undefined;
      return signature && Array.isArray(entry) && entry[0] === signature && typeof entry[1] === 'string' ? entry[1] : undefined;
    },
    record(file, signature, hash) {
      now[file] = [signature, hash];
      const before = Object.hasOwn(kept, file) ? kept[file] : undefined;
      if (!before || before[0] !== signature || before[1] !== hash) changed = true;
    },
    save() {
      // Files gone from the folder (or no longer recorded) change it too.
      if (!changed && Object.keys(kept).length === Object.keys(now).length) return;
      const tmp = `${path}.${process.pid}.tmp`;
      try {
        mkdirSync(folder, { recursive: true });
        writeFileSync(tmp, JSON.stringify(now));
        renameSync(tmp, path);
      } catch {
        // a cache that cannot be written is logged by the cache itself; the next start reads the files
        try {
          unlinkSync(tmp);
        } catch {
          // never written
        }
      }
    },
  };
}
