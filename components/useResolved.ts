import { useEffect, useState } from 'preact/hooks';

/** A value now, or a loader that yields it later. */
export type Deferred<T> = T | (() => Promise<T>);

/**
 * The value of `source`: at once when it is a plain value; otherwise undefined until `start` first
 * turns true and the loader settles, so costly loading waits until the view needs it.
 */
export function useResolved<T>(source: Deferred<T>, start = true): T | undefined {
  const [resolved, setResolved] = useState<T | undefined>(typeof source === 'function' ? undefined : source);
  // Latched: once loading has begun, a later `start === false` does not drop its result.
  const [started, setStarted] = useState(start);
  if (start && !started) setStarted(true);
  useEffect(() => {
    if (typeof source !== 'function') return setResolved(source);
    if (!started) return;
    let live = true;
    // A chunk of our own package that fails to load leaves the value undefined; the console says why.
    (source as () => Promise<T>)().then((v) => { if (live) setResolved(v); }, (e: unknown) => console.error('Backstory could not load', e));
    return () => { live = false; };
  }, [source, started]);
  return resolved;
}
