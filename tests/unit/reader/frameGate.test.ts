import { describe, expect, it } from 'vitest';
import { shouldRead } from '../../../reader/frameGate';

/** A window-like object with just what the gate looks at. */
const fakeWindow = (origin: string, body: boolean) => ({
  origin,
  document: Object.assign(Object.create(window.HTMLDocument.prototype) as Document, {}) as Document & { body: unknown },
  body,
});

describe('shouldRead', () => {
  it('skips sandboxed frames, whose origin is opaque', () => {
    const w = fakeWindow('null', true);
    Object.defineProperty(w.document, 'body', { value: document.body });
    expect(shouldRead(w as unknown as Window)).toBe(false);
  });

  it('skips a document without a body (XML, SVG)', () => {
    const w = fakeWindow('https://news.example', false);
    Object.defineProperty(w.document, 'body', { value: null });
    expect(shouldRead(w as unknown as Window)).toBe(false);
  });
});
