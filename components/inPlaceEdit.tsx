import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * An item edited in place (a note, a tracked name): whether its editor is open, and its Edit
 * button, which gets focus back when the editor closes, or when `focus` asks (after an undo).
 */
export function useInPlaceEdit(focus: boolean) {
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  // Set when the editor closes, so focus returns to the Edit button the reader left from.
  const refocus = useRef(false);
  useEffect(() => {
    if (!editing && (focus || refocus.current)) editButton.current?.focus();
    refocus.current = false;
  }, [editing, focus]);
  const close = () => { refocus.current = true; setEditing(false); };
  return { editing, open: () => setEditing(true), close, editButton };
}

/** Props for EditorButtons. */
export interface EditorButtonsProps {
  onCancel: () => void;
  /** Why the last save was refused, if it was. */
  error: string | null;
}

/** An in-place editor's Save and Cancel, then the message of a refused save. */
export function EditorButtons({ onCancel, error }: EditorButtonsProps) {
  return (
    <>
      <div class="row">
        <button type="submit">Save</button>
        <button type="button" class="secondary" onClick={onCancel}>Cancel</button>
      </div>
      {error && <p role="alert" class="error">{error}</p>}
    </>
  );
}
