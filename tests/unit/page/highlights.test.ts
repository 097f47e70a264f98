import { vi } from 'vitest';
import { createPainter, createViewportPainter, OBSERVE_PER_FRAME, PAINT_WHOLE_UP_TO, paintAll } from '../../../page/highlights';
import type { Mention } from '../../../page/mentions';
import { loadBody } from './html';

class FakeHighlight extends Set<AbstractRange> {
  constructor(...ranges: AbstractRange[]) { super(ranges); }
}

interface Entry { target: Element; isIntersecting: boolean; boundingClientRect: { width: number; height: number } }

/** Stands in for IntersectionObserver: the test says which elements are near the viewport. */
class FakeObserver {
  static last: FakeObserver;
  readonly observed = new Set<Element>();
  constructor(private readonly callback: (entries: Entry[]) => void, readonly init: IntersectionObserverInit) {
    FakeObserver.last = this;
  }
  observe(el: Element) { this.observed.add(el); }
  unobserve(el: Element) { this.observed.delete(el); }
  disconnect() { this.observed.clear(); }
  report(near: Element[], far: Element[] = [], boxless: Element[] = []) {
    const box = { width: 600, height: 20 };
    this.callback([
      ...near.map((target) => ({ target, isIntersecting: true, boundingClientRect: box })),
      ...far.map((target) => ({ target, isIntersecting: false, boundingClientRect: box })),
      ...boxless.map((target) => ({ target, isIntersecting: false, boundingClientRect: { width: 0, height: 0 } })),
    ]);
  }
}

/** Animation frames run when the test says so. */
const frames: FrameRequestCallback[] = [];
const requestAnimationFrame = (cb: FrameRequestCallback) => frames.push(cb);
const runFrame = () => { for (const cb of frames.splice(0)) cb(0); };
const win = { IntersectionObserver: FakeObserver, requestAnimationFrame } as unknown as Window & typeof globalThis;

function mentionsOf(doc: Document, word: string): Mention[] {
  const out: Mention[] = [];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const at = n.data.indexOf(word);
    if (at < 0) continue;
    const range = doc.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + word.length);
    out.push({ entityId: 'rapidus', type: 'company', name: word, range, pieces: [] });
  }
  return out;
}

function setup(body: string) {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody(body);
  const registry = new Map<string, FakeHighlight>();
  const controller = new AbortController();
  const painter = createViewportPainter(registry as unknown as HighlightRegistry, win, controller.signal);
  const el = (id: string) => doc.getElementById(id)!;
  const painted = () => [...(registry.get('backstory-company') ?? [])].map((r) => (r.startContainer.parentElement as Element).id);
  return { doc, registry, controller, painter, el, painted };
}

afterEach(() => { vi.unstubAllGlobals(); frames.length = 0; });

test('only mentions in elements near the viewport are painted, and they follow the reader', () => {
  const { doc, painter, el, painted } = setup('<p id="a">Rapidus</p><p id="b">Rapidus</p><p id="c">Rapidus</p>');
  const [a, b, c] = [el('a'), el('b'), el('c')];
  painter.show(mentionsOf(doc, 'Rapidus'));
  expect(FakeObserver.last.init.rootMargin).toBe('100% 0px');
  expect(FakeObserver.last.observed).toEqual(new Set([a, b, c]));
  expect(painted()).toEqual([]); // nothing is known to be near until the observer reports
  FakeObserver.last.report([a, b]);
  expect(painted()).toEqual(['a', 'b']);
  expect(painter.painted()).toBe(2);
  FakeObserver.last.report([c], [a]);
  expect(painted().sort()).toEqual(['b', 'c']);
});

test('a new pass keeps near marks painted at once, and stops watching elements that lost their mentions', () => {
  const { doc, painter, el, painted } = setup('<p id="a">Rapidus</p><p id="b">Rapidus</p>');
  const [a, b] = [el('a'), el('b')];
  painter.show(mentionsOf(doc, 'Rapidus'));
  FakeObserver.last.report([a, b]);
  painter.show(mentionsOf(doc, 'Rapidus').slice(1));
  expect(painted()).toEqual(['b']);
  expect(FakeObserver.last.observed).toEqual(new Set([b]));
});

test('aborting clears the marks and stops observing; reports after that paint nothing', () => {
  const { doc, registry, controller, painter, el } = setup('<p id="a">Rapidus</p>');
  const a = el('a');
  painter.show(mentionsOf(doc, 'Rapidus'));
  const observer = FakeObserver.last;
  observer.report([a]);
  expect(registry.size).toBe(1);
  controller.abort();
  expect(registry.size).toBe(0);
  expect(observer.observed.size).toBe(0);
  observer.report([a]);
  expect(registry.size).toBe(0);
});

test('a name split across inline elements is held by their common parent', () => {
  const { doc, painter, painted } = setup('<p id="a"><b>Gina</b> Raimondo</p>');
  const range = doc.createRange();
  range.setStart(doc.querySelector('b')!.firstChild!, 0);
  range.setEnd(doc.querySelector('b')!.nextSibling!, 9);
  painter.show([{ entityId: 'gina-raimondo', type: 'company', name: 'Gina Raimondo', range, pieces: [] }]);
  expect(FakeObserver.last.observed).toEqual(new Set([doc.getElementById('a')]));
  FakeObserver.last.report([doc.getElementById('a')!]);
  expect(painted()).toHaveLength(1);
});

test('the elements of a long page are observed a batch per frame, and reports about far ones leave the registry alone', () => {
  const count = OBSERVE_PER_FRAME * 2 + 5;
  const { doc, registry, painter, painted } = setup(Array.from({ length: count }, (_, i) => `<p id="p${i}">Rapidus</p>`).join(''));
  const changes = vi.spyOn(registry, 'set');
  const deletes = vi.spyOn(registry, 'delete');
  painter.show(mentionsOf(doc, 'Rapidus'));
  const observer = FakeObserver.last;
  expect(observer.observed.size).toBe(OBSERVE_PER_FRAME);
  runFrame();
  expect(observer.observed.size).toBe(OBSERVE_PER_FRAME * 2);
  runFrame();
  expect(observer.observed.size).toBe(count);
  expect(frames).toHaveLength(0);
  const paragraphs = [...doc.querySelectorAll('p')];
  observer.report(paragraphs.slice(0, 3), paragraphs.slice(3, 100));
  expect(painted()).toEqual(['p0', 'p1', 'p2']);
  changes.mockClear();
  deletes.mockClear();
  observer.report([], paragraphs.slice(100));
  observer.report(paragraphs.slice(0, 3));
  expect(changes).not.toHaveBeenCalled();
  expect(deletes).not.toHaveBeenCalled();
  observer.report([paragraphs[3]!], [paragraphs[0]!]);
  expect(painted().sort()).toEqual(['p1', 'p2', 'p3']);
});

test('a new pass before every batch is observed watches only the elements that still hold mentions', () => {
  const count = OBSERVE_PER_FRAME + 10;
  const { doc, painter } = setup(Array.from({ length: count }, (_, i) => `<p id="p${i}">Rapidus</p>`).join(''));
  painter.show(mentionsOf(doc, 'Rapidus'));
  painter.show(mentionsOf(doc, 'Rapidus').slice(0, 5));
  runFrame();
  runFrame();
  expect([...FakeObserver.last.observed].map((el) => el.id)).toEqual(['p0', 'p1', 'p2', 'p3', 'p4']);
});

test('a new pass with the same elements before every batch is observed still observes them all', () => {
  const count = OBSERVE_PER_FRAME + 10;
  const { doc, painter, painted } = setup(Array.from({ length: count }, (_, i) => `<p id="p${i}">Rapidus</p>`).join(''));
  painter.show(mentionsOf(doc, 'Rapidus'));
  painter.show(mentionsOf(doc, 'Rapidus'));
  runFrame();
  runFrame();
  expect(FakeObserver.last.observed.size).toBe(count);
  // A late report about an element the pass dropped paints nothing.
  painter.show(mentionsOf(doc, 'Rapidus').slice(0, 1));
  FakeObserver.last.report([doc.getElementById(`p${count - 1}`)!]);
  expect(painted()).toEqual([]);
});

test('paintAll paints every mention at once', () => {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody('<p>Rapidus and Rapidus</p><p>Rapidus</p>');
  const registry = new Map<string, FakeHighlight>();
  const painter = paintAll(registry as unknown as HighlightRegistry);
  painter.show(mentionsOf(doc, 'Rapidus'));
  expect(registry.get('backstory-company')!.size).toBe(2);
  expect(painter.painted()).toBe(2);
});

test('an element without a box (display: contents) is stood in for by its parent, also in later passes', () => {
  const { doc, painter, el, painted } = setup('<div id="box"><section id="contents"><p id="a">Rapidus</p></section></div>');
  // The mention's holder is <p>; pretend <p> and <section> are display: contents.
  painter.show(mentionsOf(doc, 'Rapidus'));
  FakeObserver.last.report([], [], [el('a')]);
  expect(FakeObserver.last.observed).toEqual(new Set([el('contents')]));
  FakeObserver.last.report([], [], [el('contents')]);
  expect(FakeObserver.last.observed).toEqual(new Set([el('box')]));
  FakeObserver.last.report([el('box')]);
  expect(painted()).toEqual(['a']);
  // The next pass goes straight to the box ancestor: the mark stays painted, no flicker.
  painter.show(mentionsOf(doc, 'Rapidus'));
  expect(FakeObserver.last.observed).toEqual(new Set([el('box')]));
  expect(painted()).toEqual(['a']);
});

describe('createPainter', () => {
  const many = (doc: Document, n: number) => Array.from({ length: n }, () => mentionsOf(doc, 'Rapidus')[0]!);
  const run = (framed: boolean, n: number) => {
    vi.stubGlobal('Highlight', FakeHighlight);
    const doc = loadBody('<p id="a">Rapidus</p>');
    const registry = new Map<string, FakeHighlight>();
    const top = {};
    const w = { IntersectionObserver: FakeObserver, requestAnimationFrame, top: framed ? top : undefined } as unknown as Window & typeof globalThis;
    if (!framed) (w as unknown as { top: unknown }).top = w;
    const painter = createPainter(registry as unknown as HighlightRegistry, w, new AbortController().signal);
    painter.show(many(doc, n));
    return { painter, registry, observed: FakeObserver.last.observed };
  };

  test('a page with up to PAINT_WHOLE_UP_TO marks is painted whole at once', () => {
    const { painter, observed } = run(false, PAINT_WHOLE_UP_TO);
    expect(painter.painted()).toBe(PAINT_WHOLE_UP_TO);
    expect(observed.size).toBe(0);
  });

  test('a longer page is painted near the viewport only', () => {
    const { painter, observed } = run(false, PAINT_WHOLE_UP_TO + 1);
    expect(painter.painted()).toBe(0);
    expect(observed.size).toBe(1);
  });

  test('a frame is always painted whole', () => {
    const { painter } = run(true, PAINT_WHOLE_UP_TO + 1);
    expect(painter.painted()).toBe(PAINT_WHOLE_UP_TO + 1);
  });
});
