import { autoUpdate, computePosition, flip, inline, offset, shift } from '@floating-ui/dom';
import { browser } from 'wxt/browser';
import type { CardShowParams } from '../messaging/protocol';
import { sendToExtension } from '../messaging/rpc';
import { UI_HOST_TAG } from '../page/textBlocks';

const CARD_WIDTH = 380;
// A fixed height: a frame that grew with the notes would tell the page how many there are.
const CARD_HEIGHT = 440;

export interface CardFrame {
  host: HTMLElement;
  show(anchor: Range, params: Omit<CardShowParams, 'nonce'>): Promise<boolean>;
  hide(): void;
  /** Whether a window message came from our card frame (origin and source both checked). */
  isFromCard(event: MessageEvent): boolean;
  /** Whether the page's focus is inside the card. */
  hasFocus(): boolean;
  /** Gives focus back to the page (its body) when nothing else should have it. */
  releaseFocus(): void;
}

const HOST_STYLE = `all: initial; position: fixed; top: 0; left: 0; z-index: 2147483647; display: block;
  width: ${CARD_WIDTH}px; height: ${CARD_HEIGHT}px; visibility: hidden; pointer-events: none;`;

function shadowSheet(doc: Document): CSSStyleSheet {
  const sheet = new (doc.defaultView ?? window).CSSStyleSheet();
  sheet.replaceSync(`iframe { border: 0; width: 100%; height: 100%; display: block; border-radius: 10px;
    box-shadow: 0 6px 24px rgba(0,0,0,.18), 0 0 0 1px rgba(0,0,0,.08); background: Canvas; color-scheme: light dark; }`);
  return sheet;
}

/**
 * One reusable card frame, made ahead of the first hover. Its host lives outside the article (a
 * child of <html>) in a closed shadow root, and the frame's document is extension-origin.
 */
export function createCardFrame(doc: Document, signal: AbortSignal): CardFrame {
  const nonce = crypto.randomUUID();
  // The bench reads how long the frame takes to listen (names nothing of the reader's).
  const created = doc.defaultView?.performance.mark('backstory:card-frame').startTime ?? 0;
  const host = doc.createElement(UI_HOST_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'closed' });
  shadow.adoptedStyleSheets = [shadowSheet(doc)];
  const iframe = doc.createElement('iframe');
  iframe.src = `${browser.runtime.getURL('/card.html')}#${nonce}`;
  iframe.title = 'Backstory card';
  shadow.append(iframe);
  doc.documentElement.append(host);
  const origin = new URL(browser.runtime.getURL('/')).origin;
  let stopFollowing: (() => void) | null = null;
  let generation = 0;
  const isFromCard = (event: MessageEvent) => event.origin === origin && event.source === iframe.contentWindow;
  // The first show (a keyboard command right after the page was marked) may come before the card page listens.
  const ready = new Promise<void>((resolve) => {
    doc.defaultView?.addEventListener('message', (e) => {
      if (isFromCard(e) && (e.data as { backstory?: string } | null)?.backstory === 'ready') {
        doc.defaultView?.performance.measure('backstory:card-ready', { start: created });
        resolve();
      }
    }, { signal });
  });

  const hide = () => {
    generation++;
    stopFollowing?.();
    stopFollowing = null;
    host.style.visibility = 'hidden';
    host.style.pointerEvents = 'none';
  };
  signal.addEventListener('abort', () => { hide(); host.remove(); }, { once: true });

  return {
    host,
    hide,
    isFromCard,
    hasFocus: () => doc.activeElement === host,
    releaseFocus: () => iframe.blur(),
    async show(anchor, params) {
      const mine = ++generation;
      await ready;
      if (mine !== generation) return false;
      const reference = {
        getBoundingClientRect: () => anchor.getBoundingClientRect(),
        getClientRects: () => anchor.getClientRects(),
        contextElement: anchor.startContainer.parentElement ?? undefined,
      };
      const position = () => computePosition(reference, host, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [inline(), offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
      });
      const moveTo = ({ x, y }: { x: number; y: number }) => {
        host.style.left = `${x}px`;
        host.style.top = `${y}px`;
      };
      // Place the card while its frame renders the entity: the two waits overlap.
      const [reply, first] = await Promise.all([sendToExtension('card/show', { ...params, nonce }), position()]);
      if (!reply.ok || mine !== generation) return false;
      moveTo(first);
      stopFollowing?.();
      stopFollowing = autoUpdate(reference, host, () => void position().then((p) => { if (mine === generation) moveTo(p); }));
      host.style.visibility = 'visible';
      host.style.pointerEvents = 'auto';
      // The card has focused its heading in its own document; this brings the page's focus there.
      if (params.focus) iframe.focus();
      return true;
    },
  };
}
