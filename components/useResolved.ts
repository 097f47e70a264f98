import { useEffect, useState } from 'preact/hooks';

/** A value that may still be on its way: undefined until the promise settles (a plain value at once). */
export function useResolved<T>(value: T | Promise<T>): T | undefined {
  const [resolved, setResolved] = useState<T | undefined>(value instanceof Promise ? undefined : value);
  useEffect(() => {
    if (!(value instanceof Promise)) return setResolved(value);
    let live = true;
    void value.then((v) => { if (live) setResolved(v); });
    return () => { live = false; };
  }, [value]);
  return resolved;
}
