import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** Subscribes a component to a Dexie live query, so edits in any view show everywhere at once. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: readonly unknown[]): { value: T | undefined; error: string | null } {
  const [state, setState] = useState<{ value: T | undefined; error: string | null }>({ value: undefined, error: null });
  useEffect(() => {
    const sub = liveQuery(query).subscribe({
      next: (value) => setState({ value, error: null }),
      error: (err: unknown) => setState({ value: undefined, error: String((err as Error)?.message ?? err) }),
    });
    return () => sub.unsubscribe();
  }, deps);
  return state;
}
