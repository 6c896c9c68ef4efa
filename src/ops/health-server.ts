import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from '../core/logger.ts';
import type { Metrics } from './metrics.ts';
import { checkReadiness, type ReadinessCheck } from './readiness.ts';

// GET /healthz (alive), /readyz (every readiness check passes, else 503 naming the failing ones) and
// /metrics (Prometheus text) on HEALTH_HOST:HEALTH_PORT, for orchestrators and scrapers. The bodies
// hold check names and counters only: never a token, a secret or anything a user wrote.

export interface HealthServerOptions {
  port: number;
  host: string;
  metrics: Metrics;
  checks: () => readonly ReadinessCheck[];
  logger: Logger;
}

export interface HealthServer {
  start(): Promise<AddressInfo>;
  stop(): Promise<void>;
}

type Responder = (res: ServerResponse) => Promise<void>;

export function createHealthServer(options: HealthServerOptions): HealthServer {
  const { metrics, logger } = options;
  const routes: Record<string, Responder> = {
    '/healthz': async (res) => json(res, 200, { status: 'ok' }),
    '/readyz': async (res) => {
      const report = await checkReadiness(options.checks());
      if (report.ready) json(res, 200, { status: 'ready', checks: report.checks });
      else json(res, 503, { status: 'not ready', notReady: report.notReady, checks: report.checks });
    },
    '/metrics': async (res) => {
      const body = await metrics.registry.metrics();
      res.writeHead(200, { 'Content-Type': metrics.registry.contentType, 'Cache-Control': 'no-store' }).end(body);
    },
  };
  const server: Server = createServer((req, res) => void serve(req, res));
  // A malformed request gets a 400 from Node and never reaches a handler.
  server.on('clientError', (_err, socket) => socket.destroy());

  async function serve(req: IncomingMessage, res: ServerResponse): Promise<void> {
    try {
      const path = (req.url ?? '/').split('?')[0]!;
      const route = Object.hasOwn(routes, path) ? routes[path] : undefined;
      if (!route) return json(res, 404, { error: 'not found' });
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        return json(res, 405, { error: 'method not allowed' });
      }
      await route(res);
    } catch (err) {
      logger.error({ err, path: req.url?.slice(0, 100) }, 'health endpoint failed');
      if (!res.headersSent) json(res, 500, { error: 'internal error' });
      else res.destroy();
    }
  }

  return {
    async start() {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port, options.host, () => {
          server.off('error', reject);
          resolve();
        });
      });
      const address = server.address() as AddressInfo;
      logger.info({ host: address.address, port: address.port }, 'health endpoints listening');
      return address;
    },
    async stop() {
      if (!server.listening) return;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

function json(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' }).end(JSON.stringify(body));
}
