import { useEffect, useState } from 'preact/hooks';
import { setSiteEnabled } from '../notebook/settings';
import { useDb } from '../notebook/hooks';
import { useSiteEnabled } from '../notebook/settingsHooks';
import { useWriteError } from './useWriteError';

/** Props for SiteSwitch. */
export interface SiteSwitchProps {
  hostname: string;
  now: () => number;
  /** Tells open pages to read their settings again. */
  onChanged: () => Promise<void>;
}

/** "Backstory on this site": remembered per site, applied to open tabs at once. */
export function SiteSwitch({ hostname, now, onChanged }: SiteSwitchProps) {
  const db = useDb();
  const stored = useSiteEnabled(hostname);
  // The switch shows the reader's choice at once, until the stored value catches up (or the write
  // fails, and it shows what is stored again).
  const [chosen, setChosen] = useState<boolean | null>(null);
  useEffect(() => { if (chosen !== null && stored === chosen) setChosen(null); }, [stored, chosen]);
  const [error, run] = useWriteError();
  const enabled = chosen ?? stored;
  if (enabled === undefined || !hostname) return null;
  const toggle = (on: boolean) => {
    setChosen(on);
    return run(async () => {
      try {
        await setSiteEnabled(db, hostname, on, now);
      } catch (e) {
        setChosen(null);
        throw e;
      }
      await onChanged();
    });
  };
  return (
    <>
      <label class="switch">
        <input type="checkbox" role="switch" checked={enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
        {' '}Mark names on <strong>{hostname}</strong>
      </label>
      {error && <p role="alert" class="error">{error}</p>}
    </>
  );
}
