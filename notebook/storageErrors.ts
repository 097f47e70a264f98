/**
 * What a failed write means to the reader. IndexedDB and Dexie report a full disk, a used-up quota
 * or a closed database under many names and wrappings; the UI shows one sentence instead.
 */
export type StorageErrorKind = 'quota' | 'unavailable' | 'other';

/** A write that the browser's storage refused. IndexedDB rolled the whole transaction back. */
export class StorageError extends Error {
  override readonly name = 'StorageError';
  constructor(readonly kind: StorageErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

const UNAVAILABLE = new Set([
  'DatabaseClosedError', 'InvalidStateError', 'VersionError', 'VersionChangeError', 'OpenFailedError', 'UnknownError',
  'MissingAPIError', 'TransactionInactiveError',
]);

/** Every error inside `e`: Dexie wraps the browser's error in `inner`, bulk writes in `failures`. */
function* chain(e: unknown, depth = 0): Generator<{ name?: unknown; message?: unknown }> {
  if (!e || typeof e !== 'object' || depth > 8) return;
  const err = e as { name?: unknown; message?: unknown; inner?: unknown; cause?: unknown; failures?: unknown };
  yield err;
  yield* chain(err.inner, depth + 1);
  yield* chain(err.cause, depth + 1);
  if (Array.isArray(err.failures)) for (const f of err.failures.slice(0, 20)) yield* chain(f, depth + 1);
}

/** Which kind of storage failure `e` is, or null when it is not one (e.g. our own validation errors). */
export function storageErrorKind(e: unknown): StorageErrorKind | null {
  const errors = [...chain(e)];
  // Chrome reports a full disk as QuotaExceededError; some versions only say so in the message.
  if (errors.some((x) => x.name === 'QuotaExceededError' || /quota|disk is full|no space left/i.test(String(x.message ?? '')))) return 'quota';
  if (errors.some((x) => typeof x.name === 'string' && UNAVAILABLE.has(x.name))) return 'unavailable';
  const first = errors[0];
  // Dexie's own errors and the browser's DOMExceptions are storage failures; a plain Error is ours.
  const isStorage = (typeof DOMException !== 'undefined' && e instanceof DOMException) ||
    (typeof first?.name === 'string' && /^(Dexie|Bulk|Modify|Abort|Constraint|Data|ReadOnly|Timeout)\w*Error$/.test(first.name));
  return isStorage ? 'other' : null;
}

/** One sentence for the reader: what happened, that nothing was written, and what to do. */
export function storageErrorMessage(kind: StorageErrorKind, what: string): string {
  switch (kind) {
    case 'quota':
      return `${what}: this browser has no storage space left for Backstory (the disk is full or the quota is used up). Nothing was changed; free some disk space and try again.`;
    case 'unavailable':
      return `${what}: Backstory's storage is not available right now. Nothing was changed; close and reopen this page, then try again.`;
    case 'other':
      return `${what}: the browser's storage refused the change. Nothing was changed; try again.`;
  }
}

/** A StorageError for `e`, or `e` itself when it is not a storage failure. */
export function explainStorageError(e: unknown, what: string): unknown {
  if (e instanceof StorageError) return e;
  const kind = storageErrorKind(e);
  return kind ? new StorageError(kind, storageErrorMessage(kind, what), { cause: e }) : e;
}

/**
 * Runs a write; a storage failure comes back as a StorageError whose message is for the reader.
 * `what` names the write in the reader's words ("The note was not saved").
 */
export async function guardWrite<T>(what: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    throw explainStorageError(e, what);
  }
}
