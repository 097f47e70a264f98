import { ORPHAN_CHECK_MS, pageProofSignal } from '../../../reader/pageProofSignal';

describe('pageProofSignal', () => {
  test('a context ended while the extension is alive (a page faking "newer script started") keeps reading', () => {
    const context = new AbortController();
    const signal = pageProofSignal(context.signal, () => true);
    context.abort('Content script context invalidated');
    expect(signal.aborted).toBe(false);
  });

  test('a context ended because the extension is gone stops reading, with the same reason', () => {
    const context = new AbortController();
    let alive = true;
    const signal = pageProofSignal(context.signal, () => alive);
    alive = false;
    context.abort('reloaded');
    expect(signal.aborted).toBe(true);
    expect(signal.reason).toBe('reloaded');
  });

  test('an already ended context of a gone extension gives an ended signal', () => {
    const context = new AbortController();
    context.abort('gone');
    expect(pageProofSignal(context.signal, () => false).aborted).toBe(true);
  });

  test('after a faked end, a real reload later still stops the reader (checked now and then)', () => {
    const context = new AbortController();
    let alive = true;
    let tick: (() => void) | null = null;
    let stopped = false;
    const signal = pageProofSignal(context.signal, () => alive, (fn, ms) => {
      expect(ms).toBe(ORPHAN_CHECK_MS);
      tick = fn;
      return () => { stopped = true; };
    });
    context.abort('faked by the page');
    tick!();
    expect(signal.aborted).toBe(false);
    alive = false;
    tick!();
    expect(signal.aborted).toBe(true);
    expect(stopped).toBe(true);
  });
});
