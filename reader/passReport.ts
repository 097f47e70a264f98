import type { Params, Result } from '../messaging/protocol';
import { MAX_PAGE_ENTITIES } from '../messaging/validate';

type Report = Params<'page/annotated'>;

/**
 * Tells the background what a pass found (badge, sightings) only when that changed: a page that
 * re-renders or a live blog runs a pass every second, and each report costs the background a
 * database transaction. A report that failed (a stopped worker) is sent again with the next pass.
 */
export function passReporter(send: (report: Report) => Promise<Result<null>>) {
  let lastSent = '';
  return (url: string, title: string, entityIds: readonly string[]): void => {
    const report: Report = { entities: entityIds.length, entityIds: entityIds.slice(0, MAX_PAGE_ENTITIES), title: title.slice(0, 1_000) };
    const key = JSON.stringify([url, report]);
    if (key === lastSent) return;
    lastSent = key;
    void send(report).then((reply) => { if (!reply.ok && lastSent === key) lastSent = ''; });
  };
}
