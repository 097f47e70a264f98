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
  const enabled = useSiteEnabled(hostname);
  const [error, run] = useWriteError();
  if (enabled === undefined || !hostname) return null;
  const toggle = (on: boolean) => run(async () => {
    await setSiteEnabled(db, hostname, on, now);
    await onChanged();
  });
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
