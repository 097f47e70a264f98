import { setSiteEnabled } from '../notebook/settings';
import { useDb } from '../notebook/hooks';
import { useSiteEnabled } from '../notebook/settingsHooks';

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
  if (enabled === undefined || !hostname) return null;
  const toggle = async (on: boolean) => {
    await setSiteEnabled(db, hostname, on, now);
    await onChanged();
  };
  return (
    <label class="switch">
      <input type="checkbox" role="switch" checked={enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
      {' '}Mark names on <strong>{hostname}</strong>
    </label>
  );
}
