import { findArticleDate } from '../page/articleDate';
import type { Mention } from '../page/mentions';
import { handleMessages, isOwnExtensionPage, sendToExtension } from '../messaging/rpc';
import { sendToExtensionRetrying } from '../messaging/retry';
import type { Spotter } from '../spotter/spotter';
import { startAnnotating, type AnnotationPass } from './annotationLoop';
import { createCardFrame, type CardFrame } from './cardFrame';
import { createHoverIntent } from './hoverIntent';
import { summarize } from './pageSummary';
import { DEFAULT_READER_SETTINGS, selectMentions, type ReaderSettings } from './readerSettings';

export const OPEN_DELAY_MS = 250;
export const CLOSE_DELAY_MS = 300;

/** Everything Backstory does in a page, tied to one AbortSignal (WXT's ctx.signal). */
export function startReader(doc: Document, spotter: Spotter, signal: AbortSignal): void {
  const win = doc.defaultView!;
  const articleDate = findArticleDate(doc);
  let pass: AnnotationPass | null = null;
  let settings: ReaderSettings | null = null;
  const loadSettings = async () => {
    // Asked again if the background's worker was stopped mid-request: the defaults would mark a
    // site the reader switched off.
    const reply = await sendToExtensionRetrying('reader/settings', {});
    settings = reply.ok ? reply.value : DEFAULT_READER_SETTINGS;
  };
  let frame: CardFrame | null = null;
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, capture = true) =>
    doc.addEventListener(type, fn, { capture, passive: true, signal });

  const open = (m: Mention) => {
    if (!frame || !pass) return;
    void frame.show(m.range, {
      entityId: m.entityId,
      articleDate,
      quote: (doc.getSelection()?.toString() ?? '').trim().slice(0, 2000),
      pageUrl: doc.location.href,
      pageTitle: doc.title,
      pageEntityIds: [...pass.entityIds],
    });
  };
  const intent = createHoverIntent<Mention>({
    openDelay: OPEN_DELAY_MS,
    closeDelay: CLOSE_DELAY_MS,
    setTimer: (fn, ms) => win.setTimeout(fn, ms),
    clearTimer: (id) => win.clearTimeout(id as number),
    open,
    close: () => frame?.hide(),
  });
  signal.addEventListener('abort', () => intent.dismiss(), { once: true });

  const annotator = startAnnotating(doc, spotter, {
    signal,
    registry: CSS.highlights,
    ready: loadSettings(),
    active: () => settings?.enabled ?? true,
    select: (found) => selectMentions(found, settings ?? DEFAULT_READER_SETTINGS),
    onPass(next) {
      pass = next;
      if (intent.current && !next.mentions.includes(intent.current)) intent.dismiss();
      if (!frame && next.mentions.length > 0) {
        frame = createCardFrame(doc, signal);
        frame.host.addEventListener('pointerenter', () => intent.enterCard(), { signal });
        frame.host.addEventListener('pointerleave', () => intent.leaveCard(), { signal });
      }
      void sendToExtension('page/annotated', { entities: next.entityIds.length });
    },
  });

  let queued = false;
  let last = { x: -1, y: -1, target: null as EventTarget | null };
  const hitAt = (x: number, y: number) => pass?.index.at(doc, x, y) ?? null;
  // What is under the pointer now; also asked again when a scroll or a selection ends.
  const recheck = () => {
    if (frame && last.target === frame.host) return;
    intent.over(last.x < 0 ? null : hitAt(last.x, last.y));
  };
  on('pointermove', (e) => {
    last = { x: e.clientX, y: e.clientY, target: e.target };
    if (queued || e.pointerType === 'touch') return;
    queued = true;
    win.requestAnimationFrame(() => {
      queued = false;
      recheck();
    });
  });
  on('pointerdown', (e) => {
    if (frame && e.target !== frame.host) intent.dismiss();
    if (e.pointerType === 'mouse') intent.suppress(true); // a drag may be a selection
  });
  on('pointerup', (e) => {
    intent.suppress(false);
    if (e.pointerType !== 'touch') return recheck();
    // Touch has no hover: a tap on a marked name opens its card.
    const m = hitAt(e.clientX, e.clientY);
    if (m) intent.openNow(m);
  });
  let scrollTimer = 0;
  on('scroll', () => {
    intent.suppress(true);
    win.clearTimeout(scrollTimer);
    scrollTimer = win.setTimeout(() => { intent.suppress(false); recheck(); }, 150);
  });
  on('keydown', (e) => { if (e.key === 'Escape') intent.dismiss(); });
  win.addEventListener('message', (e) => {
    if (frame?.isFromCard(e) && (e.data as { backstory?: string })?.backstory === 'close') intent.dismiss();
  }, { signal });

  handleMessages(
    {
      'page/summary': () => summarize(pass?.mentions ?? [], doc, articleDate, settings?.enabled ?? true),
      'reader/refresh': async () => {
        await loadSettings();
        // Answer once the page is repainted, so the popup's list reflects the new settings.
        await annotator.refresh();
        return null;
      },
    },
    (sender) => isOwnExtensionPage(sender),
    signal,
  );
}
