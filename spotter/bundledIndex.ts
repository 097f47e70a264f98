import data from '../generated/spotter-index.json';
import type { SpotterEntry } from '../factbase/types';

/** The compiled spotter index: names and matching rules, no facts. */
export const bundledSpotterIndex = data as unknown as SpotterEntry[];
