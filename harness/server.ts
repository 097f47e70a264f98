import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.svg': 'image/svg+xml', '.png': 'image/png',
};

export interface Route {
  body: string;
  headers?: Record<string, string>;
}

export interface StaticServer {
  origin: string;
  /** Adds or replaces a generated page (seed articles, hostile pages). */
  route(path: string, route: Route): void;
  close(): Promise<void>;
}

/** Serves a folder and generated routes on 127.0.0.1 only, on a free port. */
export async function serveStatic(root: string): Promise<StaticServer> {
  const routes = new Map<string, Route>();
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const route = routes.get(path);
    if (route) {
      res.writeHead(200, { 'content-type': TYPES['.html']!, ...route.headers });
      res.end(route.body);
      return;
    }
    const file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root + sep)) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  };
  const server = createServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    route: (path, r) => void routes.set(path, r),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
