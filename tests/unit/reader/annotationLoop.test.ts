import { vi } from 'vitest';
import { Matcher } from '../../../spotter/matcher';
import { localSpotter, type Spotter } from '../../../spotter/spotter';
import { startAnnotating, type AnnotationPass } from '../../../reader/annotationLoop';
import { loadBody } from '../page/html';
import { paintAll } from '../../../page/highlights';

// happy-dom has no Custom Highlight API: a Map stands in for the registry, a class for Highlight.
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) { super(ranges); }
}

const matcher = new Matcher([
  { id: 'rapidus', type: 'company', name: 'Rapidus', aliases: [{ text: 'Rapidus' }] },
  { id: 'ibm', type: 'company', name: 'IBM', aliases: [{ text: 'IBM', kind: 'acronym' }] },
]);

/** A page with `body`, a stand-in highlight registry, and the options every pass here shares. */
function page(body: string) {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody(body);
  const registry = new Map<string, FakeHighlight>();
  const controller = new AbortController();
  const asRegistry = registry as unknown as HighlightRegistry;
  return { doc, registry, controller, marking: { signal: controller.signal, registry: asRegistry, painter: paintAll(asRegistry) } };
}

afterEach(() => vi.unstubAllGlobals());

test('a pass paints highlights and reports the page’s entities once each; aborting clears the marks', async () => {
  const { doc, registry, controller, marking } = page('<p>Rapidus works with IBM. Rapidus builds a fab.</p>');
  const pass = await new Promise<AnnotationPass>((resolve) => startAnnotating(doc, localSpotter(matcher), {
    ...marking, onPass: resolve,
  }));
  expect(pass.mentions.map((m) => m.range.toString())).toEqual(['Rapidus', 'IBM', 'Rapidus']);
  expect(pass.entityIds).toEqual(['rapidus', 'ibm']);
  expect([...registry.keys()]).toEqual(['backstory-company']);
  expect(registry.get('backstory-company')!.size).toBe(3);
  controller.abort();
  expect(registry.size).toBe(0);
});

test('refresh() resolves once a new pass has painted, with the current selection applied', async () => {
  const { doc, controller, marking } = page('<p>Rapidus works with IBM.</p>');
  let firstOnly = false;
  const passes: AnnotationPass[] = [];
  let first!: () => void;
  const firstPass = new Promise<void>((resolve) => { first = resolve; });
  const annotator = startAnnotating(doc, localSpotter(matcher), {
    ...marking,
    select: (found) => (firstOnly ? found.slice(0, 1) : found),
    onPass: (p) => { passes.push(p); first(); },
  });
  await firstPass;
  expect(passes.at(-1)!.entityIds).toEqual(['rapidus', 'ibm']);
  firstOnly = true;
  await annotator.refresh();
  expect(passes.at(-1)!.entityIds).toEqual(['rapidus']);
  controller.abort();
});

test('a pass whose spotter fails leaves a trace and keeps the page going; the next pass marks again', async () => {
  const { doc, controller, marking } = page('<p>Rapidus works with IBM.</p>');
  let down = true;
  const working = localSpotter(matcher);
  const flaky: Spotter = { spot: (texts) => (down ? Promise.reject(new Error('no background')) : working.spot(texts)) };
  performance.clearMarks('backstory:annotate-failed');
  const passes: AnnotationPass[] = [];
  const annotator = startAnnotating(doc, flaky, {
    ...marking, onPass: (p) => passes.push(p),
  });
  await annotator.refresh();
  const failed = performance.getEntriesByName('backstory:annotate-failed') as PerformanceMark[];
  expect(failed.length).toBeGreaterThan(0);
  expect(failed.at(-1)!.detail).toMatchObject({ reason: 'Error: no background' });
  expect(passes).toEqual([]);
  down = false;
  await annotator.refresh();
  expect(passes.at(-1)!.entityIds).toEqual(['rapidus', 'ibm']);
  controller.abort();
});

test('refresh() never hangs once the page is left: pending and later calls resolve on abort', async () => {
  const { doc, controller, marking } = page('<p>Rapidus works with IBM.</p>');
  // A spotter that never answers: the first pass stays running, so a refresh waits behind it.
  const stuck: Spotter = { spot: () => new Promise(() => {}) };
  const annotator = startAnnotating(doc, stuck, {
    ...marking, onPass: () => {},
  });
  await new Promise((r) => setTimeout(r, 10));
  const pending = annotator.refresh();
  controller.abort();
  await expect(pending).resolves.toBeUndefined();
  await expect(annotator.refresh()).resolves.toBeUndefined();
});

test('a page that never stops changing is still re-marked: the wait for quiet is capped', async () => {
  const { doc, controller, marking } = page('<p id="feed">Rapidus</p>');
  const passes: AnnotationPass[] = [];
  startAnnotating(doc, localSpotter(matcher), {
    ...marking, onPass: (p) => passes.push(p),
    debounceMs: 50, maxWaitMs: 200,
  });
  await vi.waitFor(() => expect(passes).toHaveLength(1));
  const feed = doc.getElementById('feed')!;
  // A change every 20 ms for 600 ms: a plain 50 ms debounce would never fire.
  for (let i = 0; i < 30; i++) {
    feed.append(doc.createTextNode(i === 0 ? ' and IBM' : ' .'));
    await new Promise((r) => setTimeout(r, 20));
  }
  expect(passes.length).toBeGreaterThanOrEqual(2);
  expect(passes.at(-1)!.entityIds).toEqual(['rapidus', 'ibm']);
  controller.abort();
});

test('a pass whose background stopped answering is tried again, later each time, until it paints', async () => {
  const { doc, controller, marking } = page('<p>Rapidus works with IBM.</p>');
  const local = localSpotter(matcher);
  const calls: number[] = [];
  // The first two requests die with the service worker, as a stopped background's do.
  const flaky = {
    spot: (texts: readonly string[]) => {
      calls.push(performance.now());
      return calls.length <= 2 ? Promise.reject(new Error('The message port closed before a response was received.')) : local.spot(texts);
    },
  };
  const pass = await new Promise<AnnotationPass>((resolve) => startAnnotating(doc, flaky, {
    ...marking, onPass: resolve, debounceMs: 20,
  }));
  expect(pass.entityIds).toEqual(['rapidus', 'ibm']);
  expect(calls).toHaveLength(3);
  expect(calls[2]! - calls[1]!).toBeGreaterThan(calls[1]! - calls[0]!); // backs off
  controller.abort();
});

test('an extension switched off while a pass finishes leaves no marks behind and reports nothing', async () => {
  const { doc, registry, controller, marking } = page('<p>Rapidus works with IBM.</p>');
  const passes: AnnotationPass[] = [];
  let selected!: () => void;
  const reachedSelect = new Promise<void>((resolve) => { selected = resolve; });
  startAnnotating(doc, localSpotter(matcher), {
    ...marking,
    // The abort lands after the mentions are found and before they are painted.
    select: (found) => { controller.abort(); selected(); return found; },
    onPass: (p) => passes.push(p),
  });
  await reachedSelect;
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(registry.size).toBe(0);
  expect(passes).toEqual([]);
});
