import { useEffect, useRef, useState } from 'preact/hooks';
import { parseTrackForm } from '../notebook/customEntities';
import type { TrackedNameEdit } from '../notebook/customEdit';
import type { CustomEntity } from '../notebook/db';
import { EditorButtons } from './inPlaceEdit';

/** Props for TrackedNameEditor. */
export interface TrackedNameEditorProps {
  entity: CustomEntity;
  /** Saves a checked edit; resolves to an error message to show, or null when saved. */
  onSave: (edit: TrackedNameEdit) => Promise<string | null>;
  onCancel: () => void;
}

/** Edits a tracked name, its other names and description in place, checked as the track window checks them. */
export function TrackedNameEditor({ entity, onSave, onCancel }: TrackedNameEditorProps) {
  const [form, setForm] = useState({ name: entity.name, aliases: entity.aliases.join('\n'), description: entity.description });
  const [error, setError] = useState<string | null>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  useEffect(() => nameInput.current?.focus(), []);
  const field = (key: keyof typeof form) => ({
    name: key,
    value: form[key],
    onInput: (e: { currentTarget: HTMLInputElement | HTMLTextAreaElement }) => setForm({ ...form, [key]: e.currentTarget.value }),
  });
  const save = async () => {
    const input = parseTrackForm({ ...form, note: '' });
    setError(input.ok ? await onSave(input.value).catch((e: unknown) => String((e as Error)?.message ?? e)) : input.error);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); onCancel(); }
  };
  return (
    <form class="note-form tracked-editor" aria-label={`Edit tracked name: ${entity.name}`} onKeyDown={onKeyDown}
      onSubmit={(e) => { e.preventDefault(); void save(); }}>
      <label>Name <input ref={nameInput} type="text" required maxLength={100} {...field('name')} /></label>
      <label>Other names, one per line <textarea rows={2} {...field('aliases')} /></label>
      <label>Description <textarea rows={2} maxLength={1_000} {...field('description')} /></label>
      <EditorButtons onCancel={onCancel} error={error} />
    </form>
  );
}
