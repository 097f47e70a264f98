import { useState } from 'preact/hooks';
import { exportFileName, exportNotebook } from '../notebook/exportJson';
import { useDb } from '../notebook/hooks';
import { downloadText } from './download';

/** Props for ExportButton. */
export interface ExportButtonProps {
  now: () => number;
}

/** Exports every note as a versioned JSON file. */
export function ExportButton({ now }: ExportButtonProps) {
  const db = useDb();
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    try {
      const data = await exportNotebook(db, now);
      downloadText(document, exportFileName(now), JSON.stringify(data, null, 2), 'application/json');
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <>
      <button type="button" onClick={run}>Export notes (JSON)</button>
      {error && <p role="alert" class="error">Export failed: {error}</p>}
    </>
  );
}
