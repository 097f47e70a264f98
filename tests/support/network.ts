/**
 * Records every network request a Backstory context makes: the service worker, extension pages and
 * card frames (Playwright's request events, which cover service workers and out-of-process frames),
 * and requests started by the content script inside web pages (CDP Network events of each page,
 * told apart from the page's own by the script in the initiator's stack).
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';

export interface BackstoryRequest {
  url: string;
  /** Which Backstory context made it: "service worker", "extension page <url>" or "content script in <url>". */
  by: string;
}

export interface NetworkRecorder {
  /** Every Backstory request so far. */
  readonly requests: readonly BackstoryRequest[];
  /** Starts watching a page's own network (for content-script requests); idempotent. */
  watch(page: Page): Promise<void>;
  /** Returns the requests so far and forgets them (for a test that makes one on purpose). */
  take(): BackstoryRequest[];
}

/** Loading the extension's own files is not network traffic; data: and blob: never leave the browser. */
const isLocal = (url: string, extensionOrigin: string) =>
  url.startsWith(`${extensionOrigin}/`) || url.startsWith('data:') || url.startsWith('blob:');

interface CdpStack { callFrames: { url: string }[]; parent?: CdpStack }
interface CdpInitiator { type: string; url?: string; stack?: CdpStack }

/** Whether a request's initiator (its URL or any frame of its stack, async parents too) is our code. */
export function initiatedBy(initiator: CdpInitiator | undefined, extensionOrigin: string): boolean {
  if (!initiator) return false;
  if (initiator.url?.startsWith(`${extensionOrigin}/`)) return true;
  for (let stack = initiator.stack; stack; stack = stack.parent) {
    if (stack.callFrames.some((f) => f.url.startsWith(`${extensionOrigin}/`))) return true;
  }
  return false;
}

export function recordNetwork(context: BrowserContext, extensionId: string): NetworkRecorder {
  const origin = `chrome-extension://${extensionId}`;
  let requests: BackstoryRequest[] = [];
  const add = (url: string, by: string) => {
    if (isLocal(url, origin) || requests.some((r) => r.url === url && r.by === by)) return;
    requests.push({ url, by });
  };

  const fromPlaywright = (req: Request) => {
    const worker = req.serviceWorker();
    if (worker) {
      if (worker.url().startsWith(`${origin}/`)) add(req.url(), 'service worker');
      return;
    }
    let frameUrl = '';
    try {
      frameUrl = req.frame().url();
    } catch {
      return; // a request of no frame and no service worker (none are ours)
    }
    if (frameUrl.startsWith(`${origin}/`)) add(req.url(), `extension page ${frameUrl}`);
  };
  context.on('request', fromPlaywright);

  const sessions = new Map<Page, Promise<void>>();
  const watch = (page: Page): Promise<void> => {
    const known = sessions.get(page);
    if (known) return known;
    const started = (async () => {
      let cdp: CDPSession;
      try {
        cdp = await context.newCDPSession(page);
      } catch {
        return; // the page closed first
      }
      cdp.on('Network.requestWillBeSent', (e: { request: { url: string }; documentURL: string; initiator: CdpInitiator }) => {
        if (initiatedBy(e.initiator, origin)) add(e.request.url, `content script in ${e.documentURL}`);
      });
      cdp.on('Network.webSocketCreated', (e: { url: string; initiator?: CdpInitiator }) => {
        if (initiatedBy(e.initiator, origin)) add(e.url, 'content script (WebSocket)');
      });
      await cdp.send('Network.enable').catch(() => undefined);
    })();
    sessions.set(page, started);
    return started;
  };
  context.on('page', (page) => void watch(page));
  for (const page of context.pages()) void watch(page);

  return {
    get requests() { return requests; },
    watch,
    take() {
      const taken = requests;
      requests = [];
      return taken;
    },
  };
}
