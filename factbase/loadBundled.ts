import type { FactLookup } from './lookup';

/** The bundled fact base, loaded as a chunk of its own (2 MB) when an extension page first needs it. */
export const loadBundledLookup = (): Promise<FactLookup> => import('./bundled').then((m) => m.bundledLookup);
