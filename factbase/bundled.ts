import records from '../generated/factbase-records.json';
import { createRecordLookup, type EntityRecords } from './entityRecords';
import type { FactLookup } from './lookup';

/** The compiled fact base, for extension pages only (the content script gets the spotter index). */
export const bundledLookup: FactLookup = createRecordLookup(records as EntityRecords);
