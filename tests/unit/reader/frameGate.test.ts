import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { shouldRead } from '../../../reader/frameGate';

/** A window-like object with just what the gate looks at. */
const fakeWindow = (origin: string, body: boolean) => ({
  origin,
  document: Object.assign(Object.create(window.HTMLDocument.prototype) as Document, {}) as Document & { body: unknown },
  body,
});

describe('shouldRead', () => {
  afterEach(() => { vi.unstubAllGlobals(); });

  it('skips sandboxed frames, whose origin is opaque', () => {
    const w = fakeWindow('null', true);
    Object.defineProperty(w.document, 'body', { value: document.body });
    expect(shouldRead(w as unknown as Window)).toBe(false);
  });

  it('skips an XML document shown as source, though Chromium gives that view a body', () => {
    vi.stubGlobal('CSS', { highlights: new Map() });
    const w = { origin: 'https://news.example', document: { body: document.body, contentType: 'application/xml' }, parent: null, frameElement: null };
    w.parent = w as never;
    expect(shouldRead(w as unknown as Window)).toBe(false);
    w.document.contentType = 'text/html';
    expect(shouldRead(w as unknown as Window)).toBe(true);
  });

  it('skips a document without a body (XML, SVG)', () => {
    const w = fakeWindow('https://news.example', false);
    Object.defineProperty(w.document, 'body', { value: null });
    expect(shouldRead(w as unknown as Window)).toBe(false);
  });
});

describe('shouldRead: same-origin sandboxes', () => {
  // happy-dom has no CSS Custom Highlight API; Chromium does.
  beforeEach(() => { vi.stubGlobal('CSS', { highlights: new Map() }); });
  afterEach(() => { vi.unstubAllGlobals(); });

  /** A frame inside a frame inside the top window, with the given sandbox attributes. */
  function nested(outer: string | null, inner: string | null): Window {
    const frameEl = (sandbox: string | null) => {
      const el = document.createElement('iframe');
      if (sandbox !== null) el.setAttribute('sandbox', sandbox);
      return el;
    };
    const top = { frameElement: null } as unknown as Window;
    Object.defineProperty(top, 'parent', { value: top });
    const middle = { frameElement: frameEl(outer), parent: top } as unknown as Window;
    return { origin: 'https://news.example', document, frameElement: frameEl(inner), parent: middle } as unknown as Window;
  }

  it('skips a frame sandboxed with allow-same-origin but no allow-scripts: the card could not run there', () => {
    expect(shouldRead(nested(null, 'allow-same-origin'))).toBe(false);
    expect(shouldRead(nested(null, 'allow-same-origin allow-forms'))).toBe(false);
  });

  it('skips a frame inside such a sandbox, which inherits it', () => {
    expect(shouldRead(nested('allow-same-origin', null))).toBe(false);
  });

  it('reads a same-origin sandbox that allows scripts, and plain frames', () => {
    expect(shouldRead(nested(null, 'allow-scripts allow-same-origin'))).toBe(true);
    expect(shouldRead(nested(null, null))).toBe(true);
  });
});
