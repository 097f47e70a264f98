import { useEffect, useRef, useState } from 'preact/hooks';
import type { Note } from '../notebook/db';
import { formatTagInput, parseTagInput } from '../notebook/tags';
import { EditorButtons } from './inPlaceEdit';

/** Props for NoteEditor. */
export interface NoteEditorProps {
  note: Note;
  /** Resolves when saved; a rejection's message is shown and the draft is kept. */
  onSave: (text: string, tags: string[]) => Promise<void>;
  onCancel: () => void;
}

/** Edits a note's text and tags in place; Escape cancels, Ctrl+Enter saves. */
export function NoteEditor({ note, onSave, onCancel }: NoteEditorProps) {
  const [text, setText] = useState(note.text);
  const [tags, setTags] = useState(formatTagInput(note.tags));
  const [error, setError] = useState<string | null>(null);
  const textArea = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textArea.current?.focus(), []);
  const save = async () => {
    try {
      await onSave(text, parseTagInput(tags));
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); }
    else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); void save(); }
  };
  return (
    <form class="note-form note-editor" aria-label="Edit note" onKeyDown={onKeyDown}
      onSubmit={(e) => { e.preventDefault(); void save(); }}>
      {note.quote && <blockquote>{note.quote}</blockquote>}
      <label>
        <span class="visually-hidden">Note text</span>
        <textarea ref={textArea} name="note" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      </label>
      <label>
        <span class="visually-hidden">Note tags</span>
        <input name="tags" type="text" placeholder="tags" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
      </label>
      <EditorButtons onCancel={onCancel} error={error} />
    </form>
  );
}
