import type { MessageName, Params, Result, ResultOf } from './protocol';
import { sendToExtension } from './rpc';

export interface RetryOptions {
  attempts?: number;
  /** The first wait; each later one doubles. */
  delayMs?: number;
  wait?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Sends to the background, asking again when no answer came: a service worker stopped in the
 * middle of a request drops it, and the next message starts a fresh one. An answer that is an
 * error (a refused payload) is not retried.
 */
export async function sendToExtensionRetrying<K extends MessageName>(
  name: K, params: Params<K>, { attempts = 4, delayMs = 100, wait = pause }: RetryOptions = {},
  send: typeof sendToExtension = sendToExtension,
): Promise<Result<ResultOf<K>>> {
  let reply = await send(name, params);
  for (let i = 1; i < attempts && !reply.ok && isDropped(reply.error); i++) {
    await wait(delayMs * 2 ** (i - 1));
    reply = await send(name, params);
  }
  return reply;
}

/** Chrome's words for a message that no context answered (as opposed to an answer that is an error). */
function isDropped(error: string): boolean {
  return /message (port|channel) closed|receiving end does not exist|could not establish connection|no Backstory context answered/i.test(error);
}
