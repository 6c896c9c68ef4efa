import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleFiles } from '../corpus/load.ts';
import { fileSignature, manifestName, RACY_MS } from './manifest.ts';

// A start over an unchanged folder, checked by its listing and file times alone: the folder is listed
// once (the cache's preparation and the build share the listing), every file's times are read
// (fileSignature), and a digest of the names with their times is compared with the one a start over
// the same files kept beside the manifest (<engine folder>/seeds-<hash of the folder's path>.listing:
// a line of JSON with the digest, the corpus's key in the index file and how many files, then their
// content hashes, 64 hex digits each, in the listing's order). Where they match, neither the manifest
// (a JSON object of every file) nor any file is read: the snapshot is found by the corpus's key, and
// an article's content hash (its knowledge-cache entry) is read from the kept string when the article
// is. Anything else (a file added, changed, removed, or too recent to trust by its times) takes the
// manifest's way, file by file.

export interface Listing {
  files: string[];
  /** Each file's signature (fileSignature): undefined for one that is no regular file or too recent to trust. */
  signatures: (string | undefined)[];
  /** When the files' times were read (the racy rule's clock). */
  at: number;
  /** A digest of the names with their signatures; undefined where a file has none. */
  digest: string | undefined;
  /** What the kept listing of the same digest says (known()): read once. */
  kept?: KnownListing | null;
}

/** What a start over the same files kept: the corpus's key in the index file, and each file's content hash. */
export interface KnownListing {
  corpus: string;
  hashOf(i: number): string;
}

const HASH = 64;

/** The folder's article files and their times; throws when the folder cannot be read. */
export function listFolder(dir: string, racyMs = RACY_MS, at = Date.now()): Listing {
  const files = articleFiles(dir);
  // The folder's path once, each name after it: join() normalizes its whole result (a fifth of the
  // listing's time at 5,000 files).
  const prefix = `${join(dir, '.')}/`;
  const signatures = files.map((f) => fileSignature(prefix + f, at, racyMs));
  let digest: string | undefined;
  if (signatures.every((s) => s !== undefined)) {
    const hash = createHash('sha1');
    for (let i = 0; i < files.length; i++) hash.update(`${files[i]}\0${signatures[i]}\n`);
    digest = hash.digest('base64');
  }
  return { files, signatures, at, digest };
}

const pathOf = (folder: string, seedsDir: string) => join(folder, `${manifestName(seedsDir)}.listing`);

/** What the kept listing of the seeds folder says, where it was kept for exactly these files and times; else undefined. */
export function known(folder: string, seedsDir: string, listing: Listing): KnownListing | undefined {
  if (listing.kept !== undefined) return listing.kept ?? undefined;
  listing.kept = null;
  if (!listing.digest) return undefined;
  try {
    const text = readFileSync(pathOf(folder, seedsDir), 'latin1');
    const eol = text.indexOf('\n');
    const head = JSON.parse(text.slice(0, eol)) as { digest?: unknown; corpus?: unknown; count?: unknown };
    const hashes = text.slice(eol + 1);
    const count = listing.files.length;
    if (head.digest !== listing.digest || typeof head.corpus !== 'string' || head.count !== count || hashes.length !== count * HASH) return undefined;
    listing.kept = { corpus: head.corpus, hashOf: (i) => hashes.slice(i * HASH, (i + 1) * HASH) };
    return listing.kept;
  } catch {
    return undefined; // none kept yet, or unreadable: the manifest's way
  }
}

/** Keeps the listing (with a digest) with the corpus's key and the files' content hashes, for the next start; never fatal. */
export function keepListing(folder: string, seedsDir: string, listing: Listing, corpus: string, hashes: string[]): void {
  if (!listing.digest || hashes.length !== listing.files.length || hashes.some((h) => h.length !== HASH || !/^[0-9a-f]+$/.test(h))) return;
  const path = pathOf(folder, seedsDir);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(tmp, `${JSON.stringify({ digest: listing.digest, corpus, count: hashes.length })}\n${hashes.join('')}`, 'latin1');
    renameSync(tmp, path);
  } catch {
    // a cache that cannot be written: the next start takes the manifest's way
    try {
      unlinkSync(tmp);
    } catch {
      // never written
    }
  }
}
