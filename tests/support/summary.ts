import type { Page, Worker } from 'playwright-core';
import { tabIdOf } from '../../harness/reader';
import type { ServiceWorkerChrome } from '../../harness/serviceWorkerApi';
import { envelope, type PageSummary, type Result } from '../../messaging/protocol';

/** Asks a tab's content script for its page summary, the way the popup does. */
export async function pageSummary(worker: Worker, page: Page): Promise<PageSummary> {
  const tabId = await tabIdOf(worker, page);
  // The envelope is built here, by the protocol's own builder; only the send runs in the worker.
  const reply = await worker.evaluate(
    ([id, message]) => (globalThis as unknown as { chrome: ServiceWorkerChrome }).chrome.tabs
      .sendMessage(id, message, { frameId: 0 }),
    [tabId, envelope('page/summary', {})] as const,
  ) as Result<PageSummary>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Mention precision and recall against gold counts per entity. */
export function score(found: Record<string, number>, gold: Record<string, number>) {
  let tp = 0;
  for (const [id, n] of Object.entries(found)) tp += Math.min(n, gold[id] ?? 0);
  const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  return { precision: tp / Math.max(total(found), 1), recall: tp / Math.max(total(gold), 1) };
}

/** Entities counted differently from the gold, as "id +n" (marked too often) or "id -n" (missed). */
export function differences(found: Record<string, number>, gold: Record<string, number>): string[] {
  const ids = [...new Set([...Object.keys(found), ...Object.keys(gold)])].sort();
  return ids.flatMap((id) => {
    const d = (found[id] ?? 0) - (gold[id] ?? 0);
    return d === 0 ? [] : [`${id} ${d > 0 ? '+' : ''}${d}`];
  });
}

export function countBy<T>(items: readonly T[], key: (t: T) => string, weight: (t: T) => number = () => 1): Record<string, number> {
  const out: Record<string, number> = {};
  for (const t of items) out[key(t)] = (out[key(t)] ?? 0) + weight(t);
  return out;
}
