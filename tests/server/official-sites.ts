/**
 * A local server that plays the official sites for end-to-end tests and the `npm start` demo.
 * Chromium reaches it under the sites' real host names through --host-resolver-rules, so the
 * extension's match patterns and host permissions are exercised for real. One port speaks both
 * HTTP and HTTPS (the first byte of a connection tells which), with a self-signed test certificate.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { OFFICIAL_HOST_PATTERNS } from '../../utils/sites/hosts';
import { FIXTURES_DIR, loadFixtureIndex } from '../fixtures/fixtures';

export {
  FIXTURES_DIR,
  loadFixtureIndex,
  fixtureUrl,
  type FixtureEntry,
} from '../fixtures/fixtures';

const here = path.dirname(fileURLToPath(import.meta.url));

/** One page the server answers with. */
export interface Route {
  /** Full URL; scheme and port are ignored, host + path + query must match. */
  url: string;
  /** A fixture file under tests/fixtures/pages, or a body given directly. */
  file?: string;
  body?: string | Uint8Array;
  status?: number;
  contentType?: string;
  /** Redirect target (302) instead of a body. */
  location?: string;
  /** Wait this long before answering (a slow host). */
  delayMs?: number;
  /** Destroy the connection this many times before answering (a host that resets connections). */
  resetTimes?: number;
}

export interface OfficialSites {
  port: number;
  /** Value for Chromium's --host-resolver-rules. */
  hostResolverRules: string;
  /** Every request seen, in order ("GET host/path"). */
  requests: string[];
  /** Requests the client gave up on before the (delayed) answer was sent, in order. */
  abandoned: string[];
  /**
   * Bytes of a large body (over 1 MB, sent as the client reads it) handed to the connection so
   * far, by request ("GET host/path"); a client that stops reading leaves the rest unsent.
   */
  bodySent(request: string): number;
  addRoute(route: Route): void;
  close(): Promise<void>;
}

function routeKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname.toLowerCase()}${u.pathname}${u.search}`;
}

function defaultContentType(file: string, charset?: string): string {
  if (file.endsWith('.txt')) return 'text/plain; charset=utf-8';
  if (file.endsWith('.xml')) return 'application/xml; charset=utf-8';
  return charset ? `text/html; charset=${charset}` : 'text/html';
}

/** Bodies larger than this are streamed with backpressure (see bodySent). */
const STREAM_ABOVE = 1024 * 1024;
const CHUNK = 64 * 1024;

const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>404 Not Found</title></head>' +
  '<body><h1>404 Not Found</h1><p>页面不存在 / The page does not exist.</p></body></html>';

/** Start the server with every fixture of tests/fixtures/pages/index.json plus `extra` routes. */
export async function startOfficialSites(extra: Route[] = []): Promise<OfficialSites> {
  const routes = new Map<string, Route>();
  const resetsLeft = new Map<string, number>();
  const requests: string[] = [];
  const abandoned: string[] = [];
  const sent = new Map<string, number>();
  const addRoute = (route: Route) => {
    routes.set(routeKey(route.url), route);
    // Replacing a route replaces its resets too (a host that comes back online).
    resetsLeft.set(routeKey(route.url), route.resetTimes ?? 0);
  };
  for (const entry of loadFixtureIndex()) {
    addRoute({
      url: entry.url,
      file: entry.file,
      contentType: defaultContentType(entry.file, entry.charset),
    });
  }
  extra.forEach(addRoute);

  const handler: http.RequestListener = (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '').toLowerCase();
    const key = `${host}${req.url ?? '/'}`;
    requests.push(`${req.method} ${key}`);
    const route = routes.get(key);
    const left = resetsLeft.get(key) ?? 0;
    if (route && left > 0) {
      resetsLeft.set(key, left - 1);
      req.socket.destroy();
      return;
    }
    const answer = () => {
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
        res.end(NOT_FOUND_PAGE);
        return;
      }
      if (route.location) {
        res.writeHead(302, { location: route.location });
        res.end();
        return;
      }
      const body = route.file
        ? readFileSync(path.join(FIXTURES_DIR, route.file))
        : (route.body ?? '');
      res.writeHead(route.status ?? 200, {
        'content-type': route.contentType ?? defaultContentType(route.file ?? '.html'),
        'cache-control': 'no-store',
      });
      if (body.length <= STREAM_ABOVE) {
        res.end(body);
        return;
      }
      // A large body goes out in chunks as the client reads them: what a client that stops
      // reading (a capped download) never took stays unsent, and bodySent() tells how much went.
      const request = `${req.method} ${key}`;
      const bytes = typeof body === 'string' ? Buffer.from(body) : body;
      let at = 0;
      const pump = () => {
        while (at < bytes.length && !res.destroyed) {
          const chunk = bytes.subarray(at, at + CHUNK);
          at += chunk.length;
          sent.set(request, (sent.get(request) ?? 0) + chunk.length);
          if (!res.write(chunk)) return void res.once('drain', pump);
        }
        if (!res.destroyed) res.end();
      };
      pump();
    };
    if (route?.delayMs) {
      const timer = setTimeout(answer, route.delayMs);
      res.on('close', () => {
        if (res.writableEnded) return;
        clearTimeout(timer);
        abandoned.push(`${req.method} ${key}`);
      });
    } else answer();
  };

  const httpServer = http.createServer(handler);
  const httpsServer = https.createServer(
    {
      key: readFileSync(path.join(here, 'test-key.pem')),
      cert: readFileSync(path.join(here, 'test-cert.pem')),
    },
    handler,
  );
  const sockets = new Set<net.Socket>();
  // One port for both schemes: a TLS connection starts with a handshake record (0x16).
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('readable', () => {
      const first = socket.read(1) as Buffer | null;
      if (!first) return;
      socket.unshift(first);
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
    });
    socket.on('error', () => socket.destroy());
  });
  await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
  const port = (front.address() as net.AddressInfo).port;

  const hosts = OFFICIAL_HOST_PATTERNS.map((p) =>
    p.slice('*://'.length, p.indexOf('/', '*://'.length)),
  );
  // `*.example` hosts stand for ordinary, unsupported sites (a reprint for the generic extractor).
  const hostResolverRules = [...hosts, '*.example']
    .map((h) => `MAP ${h} 127.0.0.1:${port}`)
    .join(', ');

  return {
    port,
    hostResolverRules,
    requests,
    abandoned,
    bodySent: (request) => sent.get(request) ?? 0,
    addRoute,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        front.close(() => resolve());
      }),
  };
}
