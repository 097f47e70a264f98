import { useEffect, useState } from 'preact/hooks';
import { parseTagInput } from '../notebook/tags';

/** Props for NoteForm. */
export interface NoteFormProps {
  quote?: string;
  /** Resolves when saved; a rejection's message is shown to the reader. */
  onSave: (text: string, tags: string[], quote: string) => Promise<void>;
  label?: string;
}

/** A small form that saves a note, with the quote it will carry shown above it. */
export function NoteForm({ quote = '', onSave, label = 'Add note' }: NoteFormProps) {
  const [text, setText] = useState('');
  const [tags, setTags] = useState('');
  const [status, setStatus] = useState<{ kind: 'idle' | 'saved' | 'error'; message?: string }>({ kind: 'idle' });
  // A quote goes with one note; a new selection brings a new one.
  const [quoteUsed, setQuoteUsed] = useState(false);
  useEffect(() => setQuoteUsed(false), [quote]);
  const activeQuote = quoteUsed ? '' : quote;
  const submit = async (event: Event) => {
    event.preventDefault();
    const [savedText, savedTags] = [text, tags];
    try {
      await onSave(text, parseTagInput(tags), activeQuote);
      setQuoteUsed(true);
      // Clear only what was saved: the reader may already be typing the next note.
      setText((current) => (current === savedText ? '' : current));
      setTags((current) => (current === savedTags ? '' : current));
      setStatus({ kind: 'saved' });
    } catch (err) {
      setStatus({ kind: 'error', message: (err as Error).message });
    }
  };
  return (
    <form class="note-form" onSubmit={submit} aria-label={label}>
      {activeQuote && <blockquote class="quote-preview" aria-label="Quote">{activeQuote}</blockquote>}
      <label>
        <span class="visually-hidden">Note</span>
        <textarea name="note" rows={2} placeholder="Your note" value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        <span class="visually-hidden">Tags</span>
        <input name="tags" type="text" placeholder="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <button type="submit">{label}</button>
      <span role="status" class={status.kind === 'error' ? 'error' : 'muted'}>
        {status.kind === 'saved' ? 'Saved.' : status.kind === 'error' ? status.message : ''}
      </span>
    </form>
  );
}
