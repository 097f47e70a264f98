import { vi } from 'vitest';
import { Matcher } from '../../../spotter/matcher';
import { localSpotter } from '../../../spotter/spotter';
import { startAnnotating, type AnnotationPass } from '../../../reader/annotationLoop';
import { loadBody } from '../page/html';

// happy-dom has no Custom Highlight API: a Map stands in for the registry, a class for Highlight.
class FakeHighlight extends Set<Range> {
  constructor(...ranges: Range[]) { super(ranges); }
}

const matcher = new Matcher([
  { id: 'rapidus', type: 'company', name: 'Rapidus', aliases: [{ text: 'Rapidus' }] },
  { id: 'ibm', type: 'company', name: 'IBM', aliases: [{ text: 'IBM', kind: 'acronym' }] },
]);

test('a pass paints highlights and reports the page’s entities once each; aborting clears the marks', async () => {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody('<p>Rapidus works with IBM. Rapidus builds a fab.</p>');
  const registry = new Map<string, FakeHighlight>();
  const controller = new AbortController();
  const pass = await new Promise<AnnotationPass>((resolve) => startAnnotating(doc, localSpotter(matcher), {
    signal: controller.signal, registry: registry as unknown as HighlightRegistry, onPass: resolve,
  }));
  expect(pass.mentions.map((m) => m.range.toString())).toEqual(['Rapidus', 'IBM', 'Rapidus']);
  expect(pass.entityIds).toEqual(['rapidus', 'ibm']);
  expect([...registry.keys()]).toEqual(['backstory-company']);
  expect(registry.get('backstory-company')!.size).toBe(3);
  controller.abort();
  expect(registry.size).toBe(0);
  vi.unstubAllGlobals();
});

test('refresh() resolves once a new pass has painted, with the current selection applied', async () => {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody('<p>Rapidus works with IBM.</p>');
  const registry = new Map<string, FakeHighlight>();
  const controller = new AbortController();
  let firstOnly = false;
  const passes: AnnotationPass[] = [];
  let first!: () => void;
  const firstPass = new Promise<void>((resolve) => { first = resolve; });
  const annotator = startAnnotating(doc, localSpotter(matcher), {
    signal: controller.signal, registry: registry as unknown as HighlightRegistry,
    select: (found) => (firstOnly ? found.slice(0, 1) : found),
    onPass: (p) => { passes.push(p); first(); },
  });
  await firstPass;
  expect(passes.at(-1)!.entityIds).toEqual(['rapidus', 'ibm']);
  firstOnly = true;
  await annotator.refresh();
  expect(passes.at(-1)!.entityIds).toEqual(['rapidus']);
  controller.abort();
  vi.unstubAllGlobals();
});

test('a pass whose background stopped answering is tried again, later each time, until it paints', async () => {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody('<p>Rapidus works with IBM.</p>');
  const registry = new Map<string, FakeHighlight>();
  const controller = new AbortController();
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
    signal: controller.signal, registry: registry as unknown as HighlightRegistry, onPass: resolve, debounceMs: 20,
  }));
  expect(pass.entityIds).toEqual(['rapidus', 'ibm']);
  expect(calls).toHaveLength(3);
  expect(calls[2]! - calls[1]!).toBeGreaterThan(calls[1]! - calls[0]!); // backs off
  controller.abort();
  vi.unstubAllGlobals();
});

test('a background that never answers is tried a bounded number of times, and the page never sees an error', async () => {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody('<p>Rapidus works with IBM.</p>');
  const controller = new AbortController();
  let calls = 0;
  const dead = { spot: () => { calls += 1; return Promise.reject(new Error('Could not establish connection.')); } };
  const onPass = vi.fn();
  startAnnotating(doc, dead, { signal: controller.signal, registry: new Map() as unknown as HighlightRegistry, onPass, debounceMs: 1 });
  await new Promise((resolve) => setTimeout(resolve, 300));
  expect(onPass).not.toHaveBeenCalled();
  expect(calls).toBe(5); // the first pass and four retries
  controller.abort();
  vi.unstubAllGlobals();
});
