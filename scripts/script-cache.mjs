// The CLI answers one question per start, and compiling its 700 KB bundle, then each function as it is
// first called, is a fixed part of every start. Node 20 keeps no compiled code between starts for an
// ES module (module.enableCompileCache is Node 22), but does for a script: scripts/launch.mjs runs
// the CLI's script bundle (dist/cli.cjs, scripts/build.mjs) here, through node:vm with V8's code
// cache kept beside it (dist/cli.cjs.cache).
// - The cache begins with the SHA-1 of the script it was made from and is used for that script only
//   (V8 itself checks only the source's length); V8 rejects one made by another V8 or with other flags.
// - Without a usable cache the script is compiled as usual, and the cache is written when the process
//   exits, with the functions the run compiled (written beside and renamed; never fatal: a dist/
//   that cannot be written only goes without).
// - node:vm's scripts get no source maps from Node 20, so with --enable-source-maps a stack trace's
//   frames in the script are mapped here to the TypeScript sources, as Node maps a module's.
import { createHash } from 'node:crypto';
import { readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire, SourceMap } from 'node:module';
import { dirname, isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const DIGEST = 20;

/** Runs the CommonJS script at `file` as Node would require it, with V8's code cache beside it. */
export function runScript(file) {
  const path = resolve(file);
  const source = readFileSync(path, 'utf8');
  const digest = createHash('sha1').update(source).digest();
  const cachePath = `${path}.cache`;
  let cachedData;
  try {
    const kept = readFileSync(cachePath);
    if (kept.length > DIGEST && kept.subarray(0, DIGEST).equals(digest)) cachedData = kept.subarray(DIGEST);
  } catch {
    // none kept yet
  }
  // Node's wrapper on a line of its own, so that the script's lines are the file's.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {\n${source}\n})`, {
    filename: path,
    lineOffset: -1,
    ...(cachedData ? { cachedData } : {}),
  });
  if (!cachedData || script.cachedDataRejected) process.once('exit', () => keep(script, cachePath, digest));
  if (process.sourceMapsEnabled ?? process.execArgv.includes('--enable-source-maps')) mapStackTraces(path);
  const module = { exports: {}, filename: path, id: path, loaded: false };
  script.runInThisContext()(module.exports, createRequire(path), module, path, dirname(path));
  module.loaded = true;
}

function keep(script, cachePath, digest) {
  const temp = `${cachePath}.${process.pid}.tmp`;
  try {
    writeFileSync(temp, Buffer.concat([digest, script.createCachedData()]));
    renameSync(temp, cachePath);
  } catch {
    try {
      unlinkSync(temp);
    } catch {
      // never written
    }
  }
}

/** Stack frames in the script at `path` named by their TypeScript source, line and column (read from its map on the first trace). */
function mapStackTraces(path) {
  let map;
  let mapDir = dirname(path);
  const original = (line, column) => {
    if (map === undefined) {
      map = null;
      try {
        const source = readFileSync(path, 'utf8');
        const url = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(source)?.[1];
        if (url && !url.startsWith('data:')) {
          const file = url.startsWith('file:') ? fileURLToPath(url) : resolve(dirname(path), url);
          map = new SourceMap(JSON.parse(readFileSync(file, 'utf8')));
          mapDir = dirname(file);
        }
      } catch {
        map = null; // no map: the script's own lines
      }
    }
    const entry = map?.findEntry(line - 1, column - 1);
    if (!entry?.originalSource) return undefined;
    const source = entry.originalSource.startsWith('file:') ? fileURLToPath(entry.originalSource) : entry.originalSource;
    return `${isAbsolute(source) ? source : resolve(mapDir, source)}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
  };
  Error.prepareStackTrace = (error, frames) => {
    let head;
    try {
      head = Error.prototype.toString.call(error);
    } catch {
      head = '<error>';
    }
    const lines = frames.map((frame) => {
      const text = String(frame);
      if (frame.getFileName() !== path) return `    at ${text}`;
      const at = `${path}:${frame.getLineNumber()}:${frame.getColumnNumber()}`;
      const mapped = original(frame.getLineNumber(), frame.getColumnNumber());
      return `    at ${mapped ? text.replace(at, mapped) : text}`;
    });
    return [head, ...lines].join('\n');
  };
}
