import type { Mention } from '../page/mentions';
import { handleMessages, isOwnExtensionPage, sendToExtension } from '../messaging/rpc';
import { sendToExtensionRetrying } from '../messaging/retry';
import type { Spotter } from '../spotter/spotter';
import { trackArticleDate } from './articleDateTracker';
import { passReporter } from './passReport';
import { startAnnotating, type AnnotationPass } from './annotationLoop';
import { createCardFrame, type CardFrame } from './cardFrame';
import { styledRegistry } from './highlightStyle';
import { createHoverIntent } from './hoverIntent';
import { createKeyboardPath } from './keyboardPath';
import { summarize } from './pageSummary';
import { DEFAULT_READER_SETTINGS, selectMentions, type ReaderSettings } from './readerSettings';

export const OPEN_DELAY_MS = 250;
export const CLOSE_DELAY_MS = 300;

/** Everything Backstory does in a page, tied to one AbortSignal (WXT's ctx.signal). */
export function startReader(doc: Document, spotter: Spotter, signal: AbortSignal): void {
  const win = doc.defaultView!;
  const articleDate = trackArticleDate(doc);
  let pass: AnnotationPass | null = null;
  let settings: ReaderSettings | null = null;
  const loadSettings = async () => {
    // Asked again if the background's worker was stopped mid-request: the defaults would mark a
    // site the reader switched off.
    const reply = await sendToExtensionRetrying('reader/settings', {});
    settings = reply.ok ? reply.value : DEFAULT_READER_SETTINGS;
  };
  let frame: CardFrame | null = null;
  // Only the reader's own input counts: events a page script dispatches (isTrusted false) are ignored.
  const on = <K extends keyof DocumentEventMap>(type: K, fn: (e: DocumentEventMap[K]) => void, capture = true) =>
    doc.addEventListener(type, (e) => { if (e.isTrusted) fn(e); }, { capture, passive: true, signal });

  const ensureFrame = (): CardFrame | null => {
    if (frame || signal.aborted) return frame;
    frame = createCardFrame(doc, signal);
    frame.host.addEventListener('pointerenter', (e) => e.isTrusted && intent.enterCard(), { signal });
    frame.host.addEventListener('pointerleave', (e) => e.isTrusted && intent.leaveCard(), { signal });
    return frame;
  };
  const open = (m: Mention) => {
    if (!pass) return;
    const card = ensureFrame();
    if (!card) return;
    // How long from the open decision to a visible card (the bench reads it; it names no entity).
    const asked = win.performance.now();
    const shown = card.show(m.range, {
      entityId: m.entityId,
      articleDate: articleDate(),
      quote: (doc.getSelection()?.toString() ?? '').trim().slice(0, 2000),
      pageUrl: doc.location.href,
      pageTitle: doc.title,
      pageEntityIds: [...pass.entityIds],
      focus: keys.pinned === m,
    });
    void shown.then((ok) => { if (ok) win.performance.measure('backstory:card-open', { start: asked, end: win.performance.now() }); });
  };
  const intent = createHoverIntent<Mention>({
    openDelay: OPEN_DELAY_MS,
    closeDelay: CLOSE_DELAY_MS,
    setTimer: (fn, ms) => win.setTimeout(fn, ms),
    clearTimer: (id) => win.clearTimeout(id as number),
    open,
    close: () => { keys.closing(); frame?.hide(); },
    cardBox: () => frame?.host.getBoundingClientRect() ?? null,
  });
  const keys = createKeyboardPath({ doc, mentions: () => pass?.mentions ?? [], intent, frame: () => frame });
  signal.addEventListener('abort', () => intent.dismiss(), { once: true });

  const report = passReporter((r) => sendToExtension('page/annotated', r));
  const annotator = startAnnotating(doc, spotter, {
    signal,
    registry: styledRegistry(CSS.highlights, () => settings?.highlightStyle ?? 'underline'),
    ready: loadSettings(),
    active: () => settings?.enabled ?? true,
    select: (found) => selectMentions(found, settings ?? DEFAULT_READER_SETTINGS),
    onPass(next) {
      pass = next;
      if (intent.current && !next.mentions.includes(intent.current)) intent.dismiss();
      // The card frame is loaded ahead of the first hover, in a task of its own: creating a frame
      // takes the page 10-20 ms, too much to add to the pass's last slice.
      if (!frame && next.mentions.length > 0) win.setTimeout(ensureFrame, 0);
      report(doc.location.href, doc.title, next.entityIds);
    },
  });

  let queued = false;
  let last = { x: -1, y: -1, target: null as EventTarget | null };
  const hitAt = (x: number, y: number) => pass?.index.at(doc, x, y) ?? null;
  // What is under the pointer now; also asked again when a scroll or a selection ends.
  const recheck = () => {
    if ((frame && last.target === frame.host) || keys.pinned) return;
    intent.over(last.x < 0 ? null : hitAt(last.x, last.y), last.x < 0 ? undefined : last);
  };
  on('pointermove', (e) => {
    if (e.clientX !== last.x || e.clientY !== last.y) keys.pointerMoved();
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
    if (e.isTrusted && frame?.isFromCard(e) && (e.data as { backstory?: string })?.backstory === 'close') intent.dismiss();
  }, { signal });

  handleMessages(
    {
      'page/summary': () => summarize(pass?.mentions ?? [], doc, articleDate(), settings?.enabled ?? true),
      'reader/step': ({ direction }) => keys.step(direction),
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
