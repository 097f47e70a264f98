import { useDb } from './hooks';
import { getSettings, isSiteEnabled, type Settings } from './settings';
import { useLiveQuery } from './useLiveQuery';

/** Every setting, live: a change in the options page shows in an open popup at once. */
export function useSettings(): Settings | undefined {
  const db = useDb();
  return useLiveQuery(() => getSettings(db), [db]).value;
}

/** Whether Backstory runs on a site, live. */
export function useSiteEnabled(hostname: string): boolean | undefined {
  const db = useDb();
  return useLiveQuery(() => isSiteEnabled(db, hostname), [db, hostname]).value;
}
