import { useState } from 'preact/hooks';
import { useDb } from '../notebook/hooks';
import { importNotebookFile, MAX_FILE_BYTES } from '../notebook/importJson';

/** Props for ImportForm. */
export interface ImportFormProps {
  /** Test seam: the largest file accepted. */
  maxBytes?: number;
  /**
   * After an import that added something: the background rebuilds its index (an export may hold
   * names the reader tracks, and settings) and open pages re-mark.
   */
  onImported?: () => Promise<void>;
}

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** Imports a Backstory JSON export: all of it in one transaction, or nothing, with one clear message. */
export function ImportForm({ maxBytes = MAX_FILE_BYTES, onImported }: ImportFormProps) {
  const db = useDb();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Checked before reading: a 50 MB file is refused without loading it.
    if (file.size > maxBytes) {
      setOutcome({ ok: false, text: `This file is ${(file.size / 2 ** 20).toFixed(1)} MB; Backstory imports files up to ${(maxBytes / 2 ** 20).toFixed(0)} MB. Nothing was imported.` });
    } else {
      const result = await importNotebookFile(db, await file.text(), maxBytes);
      setOutcome(result.ok
        ? { ok: true, text: `Imported ${result.value.added} records; ${result.value.skipped} were already in your notebook.` }
        : { ok: false, text: result.error });
      // Imported already; a page that misses this refresh re-reads the index when it loads.
      if (result.ok && result.value.added > 0) await onImported?.().catch(() => undefined);
    }
    input.value = '';
  };
  return (
    <div class="import">
      <label>
        Import a Backstory export (JSON){' '}
        <input type="file" accept=".json,application/json" onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {outcome && <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'ok' : 'error'}>{outcome.text}</p>}
    </div>
  );
}
