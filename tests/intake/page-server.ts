import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

// A real HTTP server on 127.0.0.1 serving what a test puts on it; every request is logged.

export type Route = (req: IncomingMessage, res: ServerResponse) => void;

export interface PageServer {
  base: string;
  port: number;
  requests: string[];
  route(path: string, handler: Route): void;
  page(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

export async function startPageServer(): Promise<PageServer> {
  const routes = new Map<string, Route>();
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '/');
    const handler = routes.get(new URL(req.url ?? '/', 'http://x').pathname);
    if (handler) handler(req, res);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    port,
    requests,
    route: (path, handler) => void routes.set(path, handler),
    page(path, body, type = 'text/html; charset=utf-8') {
      routes.set(path, (_req, res) => res.writeHead(200, { 'content-type': type }).end(body));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A news page with the usual metadata and furniture around the story. */
export function newsPage(o: { title?: string; site?: string; published?: string; paragraphs?: string[] } = {}): string {
  const paragraphs = o.paragraphs ?? [
    'SHANGHAI – Zhou Min, director of the Shanghai port office, signed a green shipping agreement with San Francisco on Friday, the city said in a statement after the ceremony.',
    'The agreement covers container shipping, cleaner fuels and exchanges of port staff between the two cities, officials from both sides told reporters at the event.',
    '“This is a new chapter for our ports,” Zhou Min said at the signing ceremony.',
  ];
  return `<!doctype html><html><head><title>${o.title ?? 'Ports sign green pact'} | Harbor Daily</title>
<meta property="og:title" content="${o.title ?? 'Ports sign green pact'}">
${o.site === '' ? '' : `<meta property="og:site_name" content="${o.site ?? 'Harbor Daily'}">`}
${o.published === '' ? '' : `<meta property="article:published_time" content="${o.published ?? '2024-04-19T08:00:00+08:00'}">`}
</head><body><nav><a href="/">Home</a> · <a href="/world">World</a> · <a href="/share">Share this article</a></nav>
<article><h1>${o.title ?? 'Ports sign green pact'}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>Copyright 2024 Harbor Daily. All rights reserved.</footer></body></html>`;
}
