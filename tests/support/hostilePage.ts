/**
 * A page that spies on everything it can reach and forges what it can, for the trust tests. Its
 * script sits in the <head>, so it runs before the content script (document_idle), and keeps what it
 * saw as lines of text: `window.__hostile.dump()` returns them as one string.
 */
import { ARTICLE, page } from './dynamicPages';

// Plain JavaScript in the page's own world; kept as text so no bundler helper leaks into it.
const SPY = String.raw`
(() => {
  const log = [];
  const once = new Set();
  const describe = (n) => !n ? String(n) : n === window ? '[window]' : n === document ? '[document]'
    : n.nodeType === 1 ? '<' + n.nodeName.toLowerCase() + (n.id ? '#' + n.id : '') + '>' : n.nodeName || String(n);
  const json = (v) => {
    try {
      return JSON.stringify(v, (_k, x) => (x && typeof x === 'object' && (x instanceof Node || x === window)) ? describe(x) : x);
    } catch (e) { return String(v); }
  };
  const seen = (kind, detail) => {
    const line = kind + ' ' + (typeof detail === 'string' ? detail : json(detail));
    if (!once.has(line)) { once.add(line); log.push(line); }
  };
  const shadowRoots = new Set();

  // Every element's shadow root, open or forced open; and every frame's document, if it can be read.
  const inspect = (root) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot && !shadowRoots.has(el.shadowRoot)) { shadowRoots.add(el.shadowRoot); watch(el.shadowRoot); }
      if (el.shadowRoot) { seen('shadowRoot', describe(el) + ' ' + el.shadowRoot.innerHTML); inspect(el.shadowRoot); }
      if (el.nodeName === 'IFRAME') readIframe(el);
      if (el.nodeName.includes('-')) seen('custom element', describe(el) + ' shadowRoot=' + describe(el.shadowRoot) + ' ' + el.outerHTML);
    }
  };
  const attempt = (what, read) => {
    try { seen(what, String(read())); } catch (e) { seen(what, 'refused: ' + e.name + ' ' + e.message); }
  };
  const readIframe = (f) => {
    attempt('iframe.src', () => f.src);
    attempt('iframe.contentDocument', () => f.contentDocument && f.contentDocument.documentElement.outerHTML);
    attempt('iframe.contentWindow.document', () => f.contentWindow.document.documentElement.outerHTML);
    attempt('iframe.contentWindow.location', () => f.contentWindow.location.href);
    attempt('iframe size', () => f.getBoundingClientRect().width + 'x' + f.getBoundingClientRect().height);
  };
  const readFrames = () => {
    for (let i = 0; i < window.frames.length; i++) {
      const w = window.frames[i];
      attempt('frames[' + i + '].document', () => w.document.documentElement.outerHTML);
      attempt('frames[' + i + '].location', () => w.location.href);
      attempt('frames[' + i + '].name', () => w.name);
      attempt('frames[' + i + '].length', () => w.length);
      attempt('frames[' + i + '].title', () => w.document.title);
    }
    inspect(document);
  };

  // 1. Shadow roots are forced open.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    seen('attachShadow', describe(this) + ' ' + json(init));
    const root = attachShadow.call(this, Object.assign({}, init, { mode: 'open' }));
    shadowRoots.add(root);
    watch(root);
    return root;
  };

  // 2. Every mutation of the document, with the values it carries.
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      seen('mutation', {
        type: r.type, target: describe(r.target), attribute: r.attributeName, old: r.oldValue,
        value: r.type === 'attributes' ? r.target.getAttribute(r.attributeName) : r.type === 'characterData' ? r.target.data : undefined,
        added: [...r.addedNodes].map((n) => n.outerHTML || n.textContent), removed: [...r.removedNodes].map(describe),
      });
      if (r.target.nodeName === 'BACKSTORY-UI' || [...r.addedNodes].some((n) => n.nodeName === 'BACKSTORY-UI')) {
        const host = document.querySelector('backstory-ui');
        if (host) seen('host box', host.getBoundingClientRect().width + 'x' + host.getBoundingClientRect().height);
      }
    }
    readFrames();
  });
  const watch = (root) => observer.observe(root, {
    subtree: true, childList: true, attributes: true, characterData: true, attributeOldValue: true, characterDataOldValue: true,
  });
  watch(document);

  // 3. Every message posted by this window, and every event that reaches the window or the document.
  const postMessage = window.postMessage;
  window.postMessage = function (...args) { seen('postMessage', args[0]); return postMessage.apply(this, args); };
  const TYPES = ['message', 'messageerror', 'pointerover', 'pointerenter', 'pointerdown', 'pointermove', 'pointerup',
    'pointercancel', 'pointerout', 'pointerleave', 'gotpointercapture', 'lostpointercapture', 'mouseover', 'mouseout',
    'mouseenter', 'mouseleave', 'mousemove', 'mousedown', 'mouseup', 'click', 'dblclick', 'auxclick', 'contextmenu', 'wheel',
    'touchstart', 'touchmove', 'touchend', 'focus', 'blur', 'focusin', 'focusout', 'keydown', 'keyup', 'keypress',
    'beforeinput', 'input', 'change', 'compositionstart', 'compositionupdate', 'compositionend', 'select', 'selectstart',
    'selectionchange', 'copy', 'cut', 'paste', 'dragstart', 'drag', 'dragend', 'dragenter', 'dragover', 'dragleave', 'drop',
    'scroll', 'scrollend', 'resize', 'visibilitychange', 'hashchange', 'popstate', 'storage', 'load', 'toggle',
    'beforetoggle', 'submit', 'transitionend', 'animationend', 'securitypolicyviolation', 'error', 'unhandledrejection'];
  const eventInfo = (e) => ({
    type: e.type, trusted: e.isTrusted, target: describe(e.target), path: e.composedPath().map(describe).join(' > '),
    data: e.data, origin: e.origin, source: e.source ? (e.source === window ? 'self' : 'a frame') : null,
    key: e.key, code: e.code, value: e.target && 'value' in e.target ? e.target.value : undefined,
    clipboard: e.clipboardData ? e.clipboardData.getData('text') : undefined, selection: String(getSelection()),
    active: describe(document.activeElement), related: describe(e.relatedTarget),
  });
  for (const type of TYPES) {
    for (const target of [window, document]) target.addEventListener(type, (e) => seen('event', eventInfo(e)), { capture: true });
  }

  // 4. Performance entries of every kind, and the page's highlight registry.
  for (const type of PerformanceObserver.supportedEntryTypes) {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach((e) => seen('performance', e.toJSON()))).observe({ type, buffered: true });
    } catch (e) { seen('performance observer', type + ' ' + e.name); }
  }
  const readHighlights = () => CSS.highlights.forEach((h, name) => seen('highlight', name + ' ' + [...h].map(String).join('|')));

  setInterval(() => {
    readFrames();
    readHighlights();
    seen('frames.length', String(window.frames.length));
    seen('title', document.title);
    seen('window.name', window.name);
    seen('active element', describe(document.activeElement));
    seen('document', [...document.querySelectorAll('head > :not(script), body')].map((n) => n.outerHTML).join(''));
    seen('chrome', typeof chrome === 'object' && chrome ? Object.keys(chrome).join(',') : 'none');
  }, 200);

  /** Nonces the page may have learned: any card.html address it has seen, but its own forgeries. */
  const nonces = () => [...new Set(log.join('\n').match(/card\.html#[\w-]+/g) || [])]
    .map((s) => s.slice('card.html#'.length)).filter((n) => !n.startsWith('forged'));

  // The forgeries: messages shaped like Backstory's, fake events and fake card frames.
  const origin = (extensionId) => 'chrome-extension://' + extensionId;
  const frameWindows = () => [window, ...Array.from({ length: window.frames.length }, (_, i) => window.frames[i])];
  const forgeMessages = ({ extensionId, marker }) => {
    const show = (nonce) => ({ backstory: 1, name: 'card/show', params: { nonce, entityId: 'rapidus', articleDate: '2023-05-26',
      quote: marker + ' quote', pageUrl: location.href, pageTitle: marker + ' title', pageEntityIds: ['rapidus'] } });
    const note = { id: marker, entityId: 'rapidus', pageUrl: location.href, pageTitle: marker, quote: marker, text: marker,
      tags: [marker], createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z' };
    const file = { format: 'backstory-notebook', version: 2, exportedAt: note.createdAt, notes: [note], customEntities: [], siteSettings: [], settings: [], sightings: [] };
    const messages = [
      ...['', 'forged', ...nonces()].map(show),
      { backstory: 'close' },
      ...['reader/refresh', 'page/summary', 'reader/settings'].map((name) => ({ backstory: 1, name, params: {} })),
      { backstory: 1, name: 'page/annotated', params: { entities: 99 } },
      { backstory: 1, name: 'notes/add', params: note },
      { backstory: 1, name: 'notes/delete', params: { id: '*' } },
      { backstory: 1, name: 'notebook/export', params: { format: 'json' } },
      { backstory: 1, name: 'notebook/import', params: { text: JSON.stringify(file) } },
    ];
    for (const target of frameWindows()) for (const m of messages) attempt('forge postMessage', () => { target.postMessage(m, '*'); return m.name; });
    for (const m of messages) {
      // A MessageEvent claiming to come from the extension's origin, from each frame the page can name.
      for (const source of frameWindows()) attempt('forge MessageEvent', () => window.dispatchEvent(new MessageEvent('message', { data: m, origin: origin(extensionId), source })));
      attempt('forge runtime message', () => chrome.runtime.sendMessage(extensionId, m));
    }
  };
  // Synthetic pointer events over a marked name: hover, then a touch tap.
  const forgeEvents = ({ x, y }) => {
    const at = document.elementFromPoint(x, y) || document.body;
    const pointer = (type, pointerType) => new PointerEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, pointerType, isPrimary: true });
    for (const [type, kind] of [['pointerover', 'mouse'], ['pointermove', 'mouse'], ['pointermove', 'mouse'], ['pointerdown', 'touch'], ['pointerup', 'touch']]) {
      attempt('forge event', () => at.dispatchEvent(pointer(type, kind)));
    }
    attempt('forge host pointerenter', () => document.querySelector('backstory-ui').dispatchEvent(new PointerEvent('pointerenter')));
  };
  // Fake card frames: with a made-up nonce, with every nonce it learned, inside a fake host; and the other pages.
  const forgeFrames = ({ extensionId }) => {
    const frame = (src, parent = document.body) => {
      const f = document.createElement('iframe');
      f.src = src;
      f.className = 'forged';
      f.width = '380';
      f.height = '440';
      parent.append(f);
    };
    for (const nonce of ['forged', ...nonces()]) frame(origin(extensionId) + '/card.html#' + nonce);
    const fakeHost = document.createElement('backstory-ui');
    document.documentElement.append(fakeHost);
    frame(origin(extensionId) + '/card.html#forged-host', fakeHost.attachShadow({ mode: 'open' }));
    frame(origin(extensionId) + '/options.html');
    frame(origin(extensionId) + '/popup.html?tab=1');
    return nonces();
  };

  // WXT's "a newer copy of this content script started" signal, which the page heard once at start.
  const forgeRestart = ({ extensionId }) => {
    const type = extensionId + ':content:wxt:content-script-started';
    const detail = { contentScriptName: 'content', messageId: 'forged' };
    attempt('forge restart event', () => document.dispatchEvent(new CustomEvent(type, { detail })));
    attempt('forge restart message', () => { window.postMessage(Object.assign({ type }, detail), '*'); return type; });
  };

  window.__hostile = { dump: () => log.join('\n'), forgeMessages, forgeEvents, forgeFrames, forgeRestart, nonces };
  // A control: what the page itself posts and adds must be in the record (in <head>: <body> stays as served).
  window.addEventListener('DOMContentLoaded', () => {
    window.postMessage({ canary: 'hostile-canary-message' }, '*');
    const meta = document.createElement('meta');
    meta.name = 'hostile-canary-text';
    document.head.append(meta);
  });
})();
`;

/** The hostile page: the usual test article under the spying script. */
export const HOSTILE = page(ARTICLE, `<script>${SPY}</script>`);
