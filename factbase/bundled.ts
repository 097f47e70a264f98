import data from '../generated/factbase.json';
import { createLookup, type FactLookup } from './lookup';
import type { FactBase } from './types';

/** The compiled fact base, for extension pages only (the content script gets the spotter index). */
export const bundledLookup: FactLookup = createLookup(data as unknown as FactBase);
