import { sendToExtension } from '../messaging/rpc';
import type { SpotBatch, Spotter } from './spotter';

/**
 * The content script's spotter: the index lives once in the background, so a tab holds only its
 * own page's matches, however large the fact base grows.
 */
export const remoteSpotter: Spotter = {
  async spot(texts): Promise<SpotBatch> {
    const reply = await sendToExtension('spot/match', { texts: [...texts] });
    if (!reply.ok) throw new Error(`Backstory could not match this page: ${reply.error}`);
    return reply.value;
  },
};
