// The network guard's second line: an HTTP proxy on 127.0.0.1 that the test
// browser is launched with. Page routes (context.route) answer or abort
// everything they see; whatever still reaches the network goes to this proxy,
// which records it and refuses it. That covers what routes cannot see:
//  - requests made while the browser starts, before routes are installed
//    (an extension's service worker / background page runs at launch),
//  - Firefox extension background pages, which WebDriver BiDi does not
//    intercept.
// For HTTPS the proxy only sees the CONNECT (host and port), not the path.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * Hosts the browsers themselves contact (updaters, autofill predictions,
 * sign-in checks, Firefox services). Hits on them are dropped, because no
 * page or extension caused them. Consequence: a request an extension made to
 * exactly one of these hosts BEFORE routes existed would go unnoticed (after
 * that, routes see every page/worker request whatever its host).
 */
export const BROWSER_NOISE = [
  /(^|\.)update\.googleapis\.com$/,
  /(^|\.)content-autofill\.googleapis\.com$/,
  /(^|\.)optimizationguide-pa\.googleapis\.com$/,
  /(^|\.)safebrowsing\.googleapis\.com$/,
  /(^|\.)clientservices\.googleapis\.com$/,
  /(^|\.)accounts\.google\.com$/,
  /(^|\.)clients\d*\.google\.com$/,
  /(^|\.)gvt1\.com$/,
  /(^|\.)mozilla\.(com|net|org)$/,
  /(^|\.)firefox\.com$/,
  /(^|\.)services\.mozilla\.com$/,
];

export interface ProxyHit {
  url: string;
  method: string;
}

export class LeakProxy {
  readonly hits: ProxyHit[] = [];
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();

  async start(): Promise<string> {
    const server = createServer((req, res) => {
      this.note(req.method ?? 'GET', req.url ?? '');
      res.writeHead(403, { 'content-type': 'text/plain', connection: 'close' });
      res.end('blocked by the Second Look e2e network guard');
    });
    server.on('connect', (req: IncomingMessage, socket: Socket) => {
      this.note('CONNECT', `https://${req.url ?? ''}/`);
      socket.on('error', () => undefined);
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
    });
    server.on('connection', (s) => {
      this.sockets.add(s);
      s.on('close', () => this.sockets.delete(s));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.server = server;
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }

  private note(method: string, url: string): void {
    let host = '';
    try {
      host = new URL(url).hostname;
    } catch {
      host = url;
    }
    if (BROWSER_NOISE.some((re) => re.test(host))) return;
    this.hits.push({ method, url });
  }

  async stop(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
