import { useMemo } from 'preact/hooks';
import type { FactLookup } from '../factbase/lookup';
import { useCustomNames } from '../notebook/customHooks';
import type { EntityName } from '../notebook/exportMarkdown';
import { withTrackedNames } from '../notebook/trackedNames';

/** Names any entity id a note may carry: the fact base's entities (once loaded), then the names the reader tracks (live). */
export function useEntityName(lookup: FactLookup | undefined): EntityName {
  const tracked = useCustomNames();
  return useMemo(() => withTrackedNames((id) => lookup?.get(id)?.name, tracked), [lookup, tracked]);
}
