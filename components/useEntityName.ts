import { useMemo } from 'preact/hooks';
import type { FactLookup } from '../factbase/lookup';
import type { EntityName } from '../notebook/exportMarkdown';
import { withTrackedNames } from '../notebook/trackedNames';

/**
 * Names any entity id a note may carry: the fact base's entities (once loaded), then the names the
 * reader tracks (`useCustomNames`, read once by the caller and shared with its other uses).
 */
export function useEntityName(lookup: FactLookup | undefined, tracked: ReadonlyMap<string, string>): EntityName {
  return useMemo(() => withTrackedNames((id) => lookup?.get(id)?.name, tracked), [lookup, tracked]);
}
