import { useState } from 'preact/hooks';
import { exportFileName } from '../notebook/exportJson';
import type { EntityName } from '../notebook/exportMarkdown';
import { exportText, type ExportFormat } from '../notebook/exportText';
import { useDb } from '../notebook/hooks';
import { downloadText } from './download';

/** Props for ExportButton. */
export interface ExportButtonProps {
  now: () => number;
  /** JSON (lossless, re-importable) by default; Markdown (Obsidian) and CSV (Readwise) for reading elsewhere. */
  format?: ExportFormat;
  /** Names fact-base entity ids in Markdown and CSV (tracked names are read from the database). */
  entityName?: EntityName;
}

const LABELS: Record<ExportFormat, string> = { json: 'Export notes (JSON)', md: 'Export Markdown', csv: 'Export CSV (Readwise)' };
const MIME: Record<ExportFormat, string> = { json: 'application/json', md: 'text/markdown', csv: 'text/csv' };

/** Exports the notebook as one file in the chosen format. */
export function ExportButton({ now, format = 'json', entityName = () => undefined }: ExportButtonProps) {
  const db = useDb();
  const [error, setError] = useState<string | null>(null);
  const run = async () => {
    try {
      const text = await exportText(db, format, entityName, now);
      downloadText(document, exportFileName(now, format), text, MIME[format]);
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  return (
    <>
      <button type="button" onClick={run}>{LABELS[format]}</button>
      {error && <p role="alert" class="error">Export failed: {error}</p>}
    </>
  );
}
