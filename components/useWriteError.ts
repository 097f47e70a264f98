import { useState } from 'preact/hooks';

/**
 * For controls that write at once (switches): runs the write and keeps the reader-facing message
 * of a failure (a StorageError's message says what happened and that nothing changed). A refused
 * switch shows what is stored, since it is a controlled input.
 */
export function useWriteError(): [error: string | null, run: (write: () => Promise<void>) => Promise<void>] {
  const [error, setError] = useState<string | null>(null);
  const run = async (write: () => Promise<void>) => {
    try {
      await write();
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return [error, run];
}
