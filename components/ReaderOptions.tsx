import { MARK_TYPES } from '../spotter/markTypes';
import { useDb } from '../notebook/hooks';
import { setSetting, setTypeEnabled, type Settings } from '../notebook/settings';
import { useSettings } from '../notebook/settingsHooks';
import { useWriteError } from './useWriteError';

/** Props for ReaderOptions. */
export interface ReaderOptionsProps {
  /** Tells open pages to read their settings again. */
  onChanged: () => Promise<void>;
}

const TYPE_LABELS: Record<string, string> = {
  person: 'People', company: 'Companies', government: 'Governments and agencies', organization: 'Organizations',
  media: 'News media', place: 'Places', country: 'Countries', program: 'Laws and programs', event: 'Events', custom: 'Names you track',
};

/** How Backstory marks pages: pause, first mention only, entity types, and sightings. */
export function ReaderOptions({ onChanged }: ReaderOptionsProps) {
  const db = useDb();
  const settings = useSettings();
  const [error, run] = useWriteError();
  if (!settings) return null;
  const set = <K extends keyof Settings>(key: K, value: Settings[K]) => run(async () => {
    await setSetting(db, key, value);
    await onChanged();
  });
  // Against the stored list, so another page switching another type at the same time is kept.
  const toggleType = (type: string, on: boolean) => run(async () => {
    await setTypeEnabled(db, type, on);
    await onChanged();
  });
  return (
    <div class="reader-options">
      {error && <p role="alert" class="error">{error}</p>}
      <label class="switch">
        <input type="checkbox" role="switch" checked={settings.paused} onChange={(e) => void set('paused', e.currentTarget.checked)} />
        {' '}Pause Backstory on every site
      </label>
      <label class="switch">
        <input type="checkbox" checked={settings.firstMentionOnly} onChange={(e) => void set('firstMentionOnly', e.currentTarget.checked)} />
        {' '}Mark only the first mention of each name
      </label>
      <label class="switch">
        <input type="checkbox" checked={settings.sightingsEnabled} onChange={(e) => void set('sightingsEnabled', e.currentTarget.checked)} />
        {' '}Remember which pages named each entity (kept in this browser only)
      </label>
      <fieldset>
        <legend>Marked names look like</legend>
        <label class="switch">
          <input type="radio" name="highlightStyle" value="underline" checked={settings.highlightStyle === 'underline'}
            onChange={() => void set('highlightStyle', 'underline')} />
          {' '}<span class="sample sample-underline">a dotted underline</span>
        </label>
        <label class="switch">
          <input type="radio" name="highlightStyle" value="tint" checked={settings.highlightStyle === 'tint'}
            onChange={() => void set('highlightStyle', 'tint')} />
          {' '}<span class="sample sample-tint">a background tint</span>
        </label>
      </fieldset>
      <fieldset>
        <legend>Mark these kinds of names</legend>
        {MARK_TYPES.map((type) => (
          <label key={type} class="switch">
            <input type="checkbox" name={`type-${type}`} checked={!settings.disabledTypes.includes(type)}
              onChange={(e) => void toggleType(type, e.currentTarget.checked)} />
            {' '}{TYPE_LABELS[type] ?? type}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
