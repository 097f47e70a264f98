import type { SharedIndex } from '../spotter/sharedIndex';
import { listCustomEntities } from './customEntities';
import type { BackstoryDB } from './db';

/**
 * Brings the background's index in step with the reader's own entities. Calls run one after
 * another, so an older read can never overwrite a newer one; resolves true when the index changed.
 */
export function customIndexSync(db: BackstoryDB, index: Pick<SharedIndex, 'setCustom'>): () => Promise<boolean> {
  let chain: Promise<boolean> = Promise.resolve(false);
  return () => (chain = chain.catch(() => false).then(async () => index.setCustom(await listCustomEntities(db))));
}
