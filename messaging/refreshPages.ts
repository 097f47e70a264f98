import { broadcastToTabs, sendToExtension } from './rpc';

/**
 * After the reader changed a setting or their own entities: the background rebuilds its index
 * (a new epoch when the names changed), then every open page reads its settings and re-marks.
 */
export async function refreshPages(): Promise<void> {
  await sendToExtension('index/refresh', {});
  await broadcastToTabs('reader/refresh', {});
}
