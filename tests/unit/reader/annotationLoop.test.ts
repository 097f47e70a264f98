import { vi } from 'vitest';
import { Matcher } from '../../../spotter/matcher';
import { localSpotter } from '../../../spotter/spotter';
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

test('a pass paints highlights and reports the page’s entities once each; aborting clears the marks', async () => {
  vi.stubGlobal('Highlight', FakeHighlight);
  const doc = loadBody('<p>Rapidus works with IBM. Rapidus builds a fab.</p>');
  const registry = new Map<string, FakeHighlight>();
  const controller = new AbortController();
  const pass = await new Promise<AnnotationPass>((resolve) => startAnnotating(doc, localSpotter(matcher), {
    signal: controller.signal, registry: registry as unknown as HighlightRegistry, painter: paintAll(registry as unknown as HighlightRegistry), onPass: resolve,
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
    signal: controller.signal, registry: registry as unknown as HighlightRegistry, painter: paintAll(registry as unknown as HighlightRegistry),
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
