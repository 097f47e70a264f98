import { useState } from 'preact/hooks';
import { useDb } from '../notebook/hooks';
import { importFileHere, type ImportFile } from '../notebook/importFile';
import { UNKNOWN_ANSWER } from '../notebook/importInWorker';
import { formatSize } from '../notebook/importFields';
import { importFailed, MAX_FILE_BYTES } from '../notebook/importJson';
import { formatCount } from './NotebookView';

const importedText = (added: number, skipped: number) =>
  `Imported ${formatCount(added)} ${added === 1 ? 'record' : 'records'}; ${formatCount(skipped)} ${skipped === 1 ? 'was' : 'were'} already in your notebook.`;

// Every failure leaves the notebook as it was (one transaction): the message says so. A worker's
// unknown answer is the exception: whether it wrote anything is not known, and that message says so.
const nothingImported = (error: string) => (error === UNKNOWN_ANSWER || /nothing was imported/i.test(error) ? error : `${error} Nothing was imported.`);

/** Props for ImportForm. */
export interface ImportFormProps {
  /** Test seam: the largest file accepted. */
  maxBytes?: number;
  /** Reads and imports the file; the options page does it in a worker, tests on their own thread. */
  importFile?: ImportFile;
  /**
   * After an import that added something: the background rebuilds its index (an export may hold
   * names the reader tracks, and settings) and open pages re-mark.
   */
  onImported?: () => Promise<void>;
}

type Outcome = { ok: true; text: string } | { ok: false; text: string };

/** Imports a Backstory JSON export: all of it in one transaction, or nothing, with one clear message. */
export function ImportForm({ maxBytes = MAX_FILE_BYTES, importFile = importFileHere, onImported }: ImportFormProps) {
  const db = useDb();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busy, setBusy] = useState(false);
  const onFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    // Checked before reading: a file over the limit is refused without loading it.
    if (file.size > maxBytes) {
      setOutcome({ ok: false, text: `This file is ${formatSize(file.size)}; Backstory imports files up to ${formatSize(maxBytes)}. Nothing was imported.` });
    } else {
      // A large notebook takes seconds: say so, and take no second file meanwhile.
      setBusy(true);
      setOutcome({ ok: true, text: `Importing ${formatSize(file.size)}…` });
      try {
        const result = await importFile(db, file, maxBytes);
        setOutcome(result.ok
          ? { ok: true, text: importedText(result.value.added, result.value.skipped) }
          : { ok: false, text: nothingImported(result.error) });
        // Imported already; a page that misses this refresh re-reads the index when it loads.
        if (result.ok && result.value.added > 0) await onImported?.().catch(() => undefined);
      } catch (e) {
        setOutcome({ ok: false, text: importFailed((e as Error).message) });
      } finally {
        setBusy(false);
      }
    }
    input.value = '';
  };
  return (
    <div class="import">
      <label>
        Import a Backstory export (JSON){' '}
        <input type="file" accept=".json,application/json" disabled={busy} onChange={(e) => void onFile(e.currentTarget)} />
      </label>
      {outcome && <p role={outcome.ok ? 'status' : 'alert'} class={outcome.ok ? 'ok' : 'error'}>{outcome.text}</p>}
    </div>
  );
}
