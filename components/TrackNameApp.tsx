import { useState } from 'preact/hooks';
import { parseTrackForm, trackName } from '../notebook/customEntities';
import { useDb } from '../notebook/hooks';
import type { TrackRequest } from '../notebook/trackRequest';

/** Props for TrackNameApp. */
export interface TrackNameAppProps {
  request: TrackRequest;
  now: () => number;
  /** Rebuilds the background's index and has open pages mark the new name. */
  onSaved: () => Promise<void>;
  /** Closes the little window. */
  close: () => void;
}

type Status = { kind: 'idle' } | { kind: 'error'; message: string } | { kind: 'saved'; name: string };

/** "Track this name": confirm the selected name, add other names, a description and a first note. */
export function TrackNameApp({ request, now, onSaved, close }: TrackNameAppProps) {
  const db = useDb();
  const [form, setForm] = useState({ name: request.selection.replace(/\s+/g, ' ').trim().slice(0, 100), aliases: '', description: '', note: '' });
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const field = (key: keyof typeof form) => ({
    name: key,
    value: form[key],
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => setForm({ ...form, [key]: e.currentTarget.value }),
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    const input = parseTrackForm(form);
    if (!input.ok) return setStatus({ kind: 'error', message: input.error });
    const source = { pageUrl: request.pageUrl, pageTitle: '', quote: request.selection.trim() };
    const saved = await trackName(db, input.value, source, now).catch((e: unknown) => ({ ok: false as const, error: String((e as Error)?.message ?? e) }));
    if (!saved.ok) return setStatus({ kind: 'error', message: saved.error });
    await onSaved();
    setStatus({ kind: 'saved', name: saved.value.name });
  };
  if (status.kind === 'saved') {
    return (
      <main class="track">
        <h1>Backstory</h1>
        <p role="status">Tracking “{status.name}”. Open pages mark it now, and so will every page you read.</p>
        <button type="button" onClick={close}>Close</button>
      </main>
    );
  }
  return (
    <main class="track">
      <h1>Track this name</h1>
      <form class="note-form" onSubmit={(e) => void submit(e)} aria-label="Track this name">
        <label>Name <input type="text" required maxLength={100} {...field('name')} /></label>
        <label>Other names, one per line <textarea rows={2} {...field('aliases')} /></label>
        <label>Description <textarea rows={2} maxLength={1_000} {...field('description')} /></label>
        <label>First note (optional) <textarea rows={3} {...field('note')} /></label>
        <p class="muted small">Kept in this browser only. Pages you read can tell a tracked name is marked, not what you wrote.</p>
        <button type="submit">Track</button>
        <span role="alert" class="error">{status.kind === 'error' ? status.message : ''}</span>
      </form>
    </main>
  );
}
