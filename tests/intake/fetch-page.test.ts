import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/intake/address-guard.ts';
import { fetchPage, FetchError } from '../../src/intake/fetch-page.ts';
import { newsPage, startPageServer, type PageServer } from './page-server.ts';

// GIVEN a real HTTP server on 127.0.0.1, WHEN the fetcher is pointed at it, THEN the default guard
// refuses loopback outright; with the test allowance (127.0.0.1 only) pages arrive, and the caps,
// the time limit, the content-type rule and the address check on every redirect hop all hold.

let s: PageServer;
const loopbackOnly = { allowAddress: (a: string) => a === '127.0.0.1' };

beforeAll(async () => {
  s = await startPageServer();
  s.page('/story', newsPage());
  s.page('/notes.md', '# Notes\n\nZhou Min said hello.\n', 'text/markdown; charset=utf-8');
  s.page('/plain.md', '# Plain\n\nText.\n', 'text/plain');
  s.page('/plain.txt', 'Text.\n', 'text/plain');
  s.page('/report.pdf', '%PDF-1.4', 'application/pdf');
  s.page('/data.json', '{"a":1}', 'application/json');
  s.route('/big-declared', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-length': String(10_000_000) }).end());
  s.route('/big-streamed', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    // Chunked, no length: the cap must be counted while the body streams.
    const chunk = `<p>${'x'.repeat(1020)}</p>`;
    let sent = 0;
    const more = () => {
      while (sent < 200 && res.write(chunk)) sent++;
      if (sent < 200) res.once('drain', more);
      else res.end();
    };
    more();
  });
  s.route('/slow', (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.write('<p>start'); // and never ends
  });
  s.route('/silent', () => undefined); // never answers at all
  s.route('/to-story', (_req, res) => res.writeHead(302, { location: '/story' }).end());
  s.route('/to-metadata', (_req, res) => res.writeHead(301, { location: 'http://169.254.169.254/latest/meta-data/' }).end());
  s.route('/to-v6-loopback', (_req, res) => res.writeHead(307, { location: `http://[::1]:${s.port}/story` }).end());
  s.route('/to-internal-name', (_req, res) => res.writeHead(302, { location: `http://intranet.test:${s.port}/story` }).end());
  s.route('/to-file', (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end());
  s.route('/echo-auth', (req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<p>auth=${req.headers.authorization ?? 'none'}</p>`));
  s.route('/to-other-origin', (_req, res) => res.writeHead(302, { location: `http://other.test:${s.port}/echo-auth` }).end());
  s.route('/to-same-origin', (_req, res) => res.writeHead(302, { location: '/echo-auth' }).end());
  s.route('/gzipped', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync('<p>Zhou Min, compressed.</p>')),
  );
  // 10 MB of zeros zip to about 10 KB: the cap must count what comes out.
  s.route('/bomb', (_req, res) => res.writeHead(200, { 'content-type': 'text/html', 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(10_000_000))));
  s.route('/loop', (_req, res) => res.writeHead(302, { location: '/loop' }).end());
  s.route('/gone', (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<p>nope</p>'));
  s.route('/latin1', (_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' }).end(Buffer.from('<p>Caf\xe9 in S\xe3o Paulo</p>', 'latin1')),
  );
});
afterAll(async () => {
  await s?.close();
});

const refused = async (p: Promise<unknown>, message: RegExp) => {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(FetchError);
  expect((err as Error).message).toMatch(message);
};

describe('the address guard', () => {
  it.each([
    '10.1.2.3',
    '172.16.0.1',
    '192.168.1.1',
    '127.0.0.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.1',
    '255.255.255.255',
    '192.0.2.1',
    '::1',
    '::',
    'fe80::1',
    'fc00::1',
    'fd12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:10.0.0.1',
    '64:ff9b::a00:1',
    '2002:7f00:1::',
    '2001:db8::1',
    'not-an-ip',
  ])('refuses %s', (a) => {
    expect(isPublicAddress(a)).toBe(false);
  });
  it.each(['8.8.8.8', '93.184.215.14', '2606:4700::1111', '2a00:1450:4001:80b::200e'])('allows %s', (a) => {
    expect(isPublicAddress(a)).toBe(true);
  });
});

describe('fetchPage with the default guard', () => {
  it('refuses the local server by address and by name, before sending anything', async () => {
    const before = s.requests.length;
    await refused(fetchPage(`${s.base}/story`), /127\.0\.0\.1 is a private or local address/);
    await refused(fetchPage(`http://localhost:${s.port}/story`), /localhost is a private or local address/);
    await refused(fetchPage(`http://[::1]:${s.port}/story`), /::1 is a private or local address/);
    expect(s.requests.length).toBe(before);
  });

  it('refuses a name that resolves to a private address, or to a public and a private one', async () => {
    const resolve = async (host: string) => (host === 'mixed.test' ? ['93.184.215.14', '10.0.0.7'] : ['192.168.0.10']);
    await refused(fetchPage('http://internal.test/story', { resolve }), /internal\.test is a private or local address/);
    await refused(fetchPage('http://mixed.test/story', { resolve }), /mixed\.test is a private or local address/);
  });

  it('refuses other schemes and credentials', async () => {
    await refused(fetchPage('file:///etc/passwd'), /only http and https/);
    await refused(fetchPage('ftp://example.com/x'), /only http and https/);
    await refused(fetchPage('http://user:pw@example.com/'), /user name or password/);
    await refused(fetchPage('not a url'), /not a URL/);
  });
});

describe('fetchPage with the loopback allowance (tests only)', () => {
  it('fetches an HTML page, following a redirect', async () => {
    const page = await fetchPage(`${s.base}/to-story`, loopbackOnly);
    expect(page).toMatchObject({ url: `${s.base}/story`, kind: 'html' });
    expect(page.text).toContain('Zhou Min, director of the Shanghai port office');
  });

  it('connects to the checked address: the resolver is asked, the connection goes where it said', async () => {
    const asked: string[] = [];
    const page = await fetchPage(`http://news.test:${s.port}/story`, { ...loopbackOnly, resolve: async (h) => (asked.push(h), ['127.0.0.1']) });
    expect(asked).toEqual(['news.test']);
    expect(page.text).toContain('Zhou Min');
  });

  it('refuses a redirect to a private address, by IP or by name, without following it', async () => {
    await refused(fetchPage(`${s.base}/to-metadata`, loopbackOnly), /169\.254\.169\.254 is a private or local address/);
    await refused(fetchPage(`${s.base}/to-v6-loopback`, loopbackOnly), /::1 is a private or local address/);
    const resolve = async (h: string) => (h === 'intranet.test' ? ['10.0.0.8'] : ['127.0.0.1']);
    await refused(fetchPage(`${s.base}/to-internal-name`, { ...loopbackOnly, resolve }), /intranet\.test is a private or local address/);
    await refused(fetchPage(`${s.base}/to-file`, loopbackOnly), /only http and https/);
  });

  it('stops after five redirects', async () => {
    await refused(fetchPage(`${s.base}/loop`, loopbackOnly), /too many redirects/);
  });

  it('refuses a page over the size cap, declared or streamed', async () => {
    await refused(fetchPage(`${s.base}/big-declared`, { ...loopbackOnly, maxBytes: 100_000 }), /larger than 100000 bytes/);
    await refused(fetchPage(`${s.base}/big-streamed`, { ...loopbackOnly, maxBytes: 100_000 }), /larger than 100000 bytes/);
    const whole = await fetchPage(`${s.base}/big-streamed`, { ...loopbackOnly, maxBytes: 1_000_000 });
    expect(whole.text.length).toBeGreaterThan(200_000);
  });

  it('unzips a compressed page, and applies the cap to what it unzips to', async () => {
    expect((await fetchPage(`${s.base}/gzipped`, loopbackOnly)).text).toBe('<p>Zhou Min, compressed.</p>');
    await refused(fetchPage(`${s.base}/bomb`, { ...loopbackOnly, maxBytes: 1_000_000 }), /larger than 1000000 bytes/);
  });

  it('gives up at the time limit, on a slow body and on a silent server', async () => {
    for (const path of ['/slow', '/silent']) {
      const t = Date.now();
      await refused(fetchPage(`${s.base}${path}`, { ...loopbackOnly, timeoutMs: 300 }), /did not arrive within 0\.3 s/);
      expect(Date.now() - t).toBeLessThan(1500);
    }
  });

  it('refuses what is not a web page, and takes Markdown only as Markdown', async () => {
    await refused(fetchPage(`${s.base}/report.pdf`, loopbackOnly), /not a web page: the server sent application\/pdf/);
    await refused(fetchPage(`${s.base}/data.json`, loopbackOnly), /application\/json/);
    await refused(fetchPage(`${s.base}/plain.txt`, loopbackOnly), /text\/plain/);
    expect(await fetchPage(`${s.base}/notes.md`, loopbackOnly)).toMatchObject({ kind: 'markdown' });
    expect(await fetchPage(`${s.base}/plain.md`, loopbackOnly)).toMatchObject({ kind: 'markdown' });
  });

  it('sends extra headers to the first origin only, never across a redirect to another', async () => {
    const o = { ...loopbackOnly, resolve: async () => ['127.0.0.1'], headers: { authorization: 'Bearer xoxb-secret' } };
    expect((await fetchPage(`${s.base}/to-same-origin`, o)).text).toContain('auth=Bearer xoxb-secret');
    expect((await fetchPage(`${s.base}/to-other-origin`, o)).text).toContain('auth=none');
  });

  it('reports an error status and decodes the declared charset', async () => {
    await refused(fetchPage(`${s.base}/gone`, loopbackOnly), /answered 404/);
    expect((await fetchPage(`${s.base}/latin1`, loopbackOnly)).text).toContain('Café in São Paulo');
  });
});

describe('fetchPage time limit', () => {
  it('includes a resolver that never answers', async () => {
    const t = Date.now();
    await refused(fetchPage('http://hangs.test/', { timeoutMs: 200, resolve: () => new Promise(() => undefined) }), /did not arrive within 0\.2 s/);
    expect(Date.now() - t).toBeLessThan(1000);
  });
});
