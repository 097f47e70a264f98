import { useEffect, useState } from 'preact/hooks';
import { createSlicer } from '../page/slicer';

/** Builds an index a slice at a time: `pause` yields to the page when a slice used its budget. */
export type SlicedBuild<S, I> = (source: S, pause: () => Promise<void>, signal: AbortSignal) => Promise<I | null>;

/**
 * An index over `source`, built in slices once `start` is true, so a popup with 100,000 notes stays
 * responsive while it reads them; rebuilt when `source` changes, the previous index answering
 * meanwhile. `current` says whether the index is built from this very `source`; `error` why a
 * build failed, so a view never says "still reading" for ever.
 */
export function useSlicedIndex<S, I>(source: S | undefined, build: SlicedBuild<S, I>, start: boolean): { index: I | null; current: boolean; error: string | null } {
  const [built, setBuilt] = useState<{ source: S; index: I } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!start || source === undefined) return;
    const controller = new AbortController();
    const slicer = createSlicer(() => performance.now());
    build(source, () => slicer.tick(), controller.signal).then((index) => {
      if (index && !controller.signal.aborted) { setBuilt({ source, index }); setError(null); }
    }, (e: unknown) => {
      if (!controller.signal.aborted) setError(e instanceof Error ? e.message : String(e));
    });
    return () => controller.abort();
  }, [source, build, start]);
  return { index: built?.index ?? null, current: built !== null && built.source === source, error };
}
