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

/** A labelled select (the label above it), for the notebook's filters. */
export function ChoiceSelect({ label, name, all, choices, value, onChange }: ChoiceSelectProps) {
  return (
    <label class="field">
      {label}{' '}
      <select name={name} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {all !== undefined && <option value="">{all}</option>}
        {choices.map((c) => <option key={c.value} value={c.value}>{c.text}</option>)}
      </select>
    </label>
  );
}
