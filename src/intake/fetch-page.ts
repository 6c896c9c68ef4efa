import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPublicAddress, type AddressCheck } from './address-guard.ts';

// Fetches a web page for an admin who asked to add it: http(s) only, a byte cap enforced while the
// body streams, one time limit for the whole exchange, and no private addresses. Every hop's host
// is resolved here and every address it resolves to is checked; the connection then goes to the
// checked address (a DNS answer that changes between check and connect cannot slip through), and
// redirects are followed by hand, each one checked again.

export class FetchError extends Error {}

export type PageKind = 'html' | 'markdown';

export interface FetchedPage {
  /** The URL the page came from after redirects. */
  url: string;
  kind: PageKind;
  contentType: string;
  text: string;
}

export interface FetchOptions {
  maxBytes?: number;
  timeoutMs?: number;
  maxRedirects?: number;
  /** Which resolved addresses may be connected to; default public unicast only. Tests allow 127.0.0.1. */
  allowAddress?: AddressCheck;
  /** Host name → addresses; default the system resolver (dns.lookup, all addresses). */
  resolve?: (host: string) => Promise<string[]>;
  /** Skip the content-type check and read the body as this kind (a file whose name says what it is). */
  kind?: PageKind;
  /** Extra request headers (a Slack file needs the bot token); sent to the first URL's origin only, never across a redirect. */
  headers?: Record<string, string>;
}

export const FETCH_DEFAULTS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 5 } as const;
const USER_AGENT = "VisitBot/0.1 (adds a news article at an admin's request)";

export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const maxBytes = options.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const timeoutMs = options.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxRedirects = options.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const allow = options.allowAddress ?? isPublicAddress;
  const resolve = options.resolve ?? (async (host: string) => (await dnsLookup(host, { all: true, verbatim: true })).map((a) => a.address));

  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let current = parseUrl(url);
    const origin = current.origin;
    for (let hop = 0; ; hop++) {
      const address = await checkedAddress(current, allow, resolve, controller.signal);
      const res = await request(current, address, controller.signal, current.origin === origin ? options.headers : undefined);
      const status = res.statusCode ?? 0;
      if (status >= 300 && status < 400 && res.headers.location) {
        res.resume();
        if (hop >= maxRedirects) throw new FetchError(`too many redirects (more than ${maxRedirects})`);
        current = parseUrl(new URL(res.headers.location, current).toString());
        continue;
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new FetchError(`the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`);
      }
      const contentType = String(res.headers['content-type'] ?? '').toLowerCase();
      const kind = options.kind ?? kindOf(contentType, current);
      if (!kind) {
        res.resume();
        throw new FetchError(
          `not a web page: the server sent ${contentType.split(';')[0] || 'no content type'} (I take text/html, or text/markdown for a .md file)`,
        );
      }
      const declared = Number(res.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes) {
        res.destroy();
        throw new FetchError(`the page is larger than ${megabytes(maxBytes)}`);
      }
      const body = await readCapped(res, decoded(res), maxBytes);
      return { url: current.toString(), kind, contentType, text: decode(body, contentType, kind) };
    }
  } catch (err) {
    if (controller.signal.aborted) throw new FetchError(`the page did not arrive within ${timeoutMs / 1000} s`);
    if (err instanceof FetchError) throw err;
    throw new FetchError(`the page could not be fetched (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    clearTimeout(timer);
  }
}

function parseUrl(raw: string): URL {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new FetchError('that is not a URL');
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new FetchError(`only http and https links can be added, not ${u.protocol.replace(/:$/, '')}`);
  if (u.username || u.password) throw new FetchError('links with a user name or password are not fetched');
  return u;
}

/** The one address this hop connects to, after every address of the host passed the check. */
async function checkedAddress(u: URL, allow: AddressCheck, resolve: (host: string) => Promise<string[]>, signal: AbortSignal): Promise<string> {
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      // The system resolver cannot be cancelled; the time limit must not wait for it.
      addresses = await Promise.race([resolve(host), aborted(signal)]);
    } catch (err) {
      if (signal.aborted) throw err;
      throw new FetchError(`the host ${host} was not found`);
    }
  }
  if (!addresses.length) throw new FetchError(`the host ${host} was not found`);
  // All of them: a name that also resolves to a private address is refused, whichever one we'd use.
  if (addresses.some((a) => !allow(a))) throw new FetchError(`${host} is a private or local address; only public web pages can be added`);
  return addresses[0]!;
}

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(new Error('aborted'));
    signal.addEventListener('abort', () => reject(new Error('aborted')), { once: true });
  });
}

function request(u: URL, address: string, signal: AbortSignal, extra: Record<string, string> = {}): Promise<http.IncomingMessage> {
  const family = isIP(address);
  // The connection goes to the address that was checked, whatever the resolver says now.
  const pinned: LookupFunction = (_host, opts, done) => {
    if ((opts as { all?: boolean }).all) (done as unknown as (e: null, a: Array<{ address: string; family: number }>) => void)(null, [{ address, family }]);
    else done(null, address, family);
  };
  const client = u.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(
      u,
      {
        method: 'GET',
        lookup: pinned,
        signal,
        agent: false,
        headers: {
          ...extra,
          'user-agent': USER_AGENT,
          accept: 'text/html,application/xhtml+xml,text/markdown;q=0.9,text/plain;q=0.5',
          'accept-encoding': 'gzip, deflate, br',
        },
      },
      resolve,
    );
    req.on('error', reject);
    req.end();
  });
}

function kindOf(contentType: string, u: URL): PageKind | undefined {
  const type = contentType.split(';')[0]!.trim();
  if (type === 'text/html' || type === 'application/xhtml+xml') return 'html';
  if (type === 'text/markdown' || type === 'text/x-markdown') return 'markdown';
  if (type === 'text/plain' && /\.(?:md|markdown)$/i.test(u.pathname)) return 'markdown';
  return undefined;
}

/** The body as sent, unzipped when the server compressed it. */
function decoded(res: http.IncomingMessage): Readable {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  const unzip =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  if (!unzip) return res;
  res.on('error', (err) => unzip.destroy(err));
  return res.pipe(unzip);
}

/** The cap counts the bytes after unzipping, so a small compressed bomb is stopped as it expands. */
async function readCapped(res: http.IncomingMessage, body: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      res.destroy();
      body.destroy();
      throw new FetchError(`the page is larger than ${megabytes(maxBytes)}`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** The charset of the Content-Type, else of a <meta charset> near the top of an HTML page, else UTF-8. */
function decode(body: Buffer, contentType: string, kind: PageKind): string {
  const declared =
    /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ??
    (kind === 'html' ? /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1] : undefined);
  try {
    return new TextDecoder(declared ?? 'utf-8').decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}

function megabytes(n: number): string {
  return n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${n} bytes`;
}
