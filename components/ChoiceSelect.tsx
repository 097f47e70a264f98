import { useId } from 'preact/hooks';

/** One choice of a select: its value and what the reader sees. */
export interface Choice {
  value: string;
  text: string;
}

/** Props for ChoiceSelect. */
export interface ChoiceSelectProps {
  label: string;
  name: string;
  /** A first option with the empty value, which filters nothing; leave out for none. */
  all?: string;
  choices: readonly Choice[];
  value: string;
  onChange: (value: string) => void;
}

/**
 * A labelled select (the label above it), for the notebook's filters. The label points at the
 * select instead of wrapping it, so its name is "Tag", not "Tag All tags".
 */
export function ChoiceSelect({ label, name, all, choices, value, onChange }: ChoiceSelectProps) {
  const id = useId();
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {choices.map((c) => <option key={c.value} value={c.value}>{c.text}</option>)}
      </select>
    </div>
  );
}
