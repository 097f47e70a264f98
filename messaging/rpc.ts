import { browser, type Browser } from 'wxt/browser';
import { envelope, type MessageName, type Params, type Result, type ResultOf } from './protocol';
import { isEnvelope, paramGuards } from './validate';

export type Sender = Browser.runtime.MessageSender;
export type Handlers = { [K in MessageName]?: (params: Params<K>, sender: Sender) => Promise<ResultOf<K>> | ResultOf<K> };

function unwrap<T>(reply: unknown): Result<T> {
  if (reply && typeof reply === 'object' && 'ok' in reply) return reply as Result<T>;
  return { ok: false, error: 'no Backstory context answered' };
}

/** Sends to the extension's own pages (background, popup, card frames). */
export async function sendToExtension<K extends MessageName>(name: K, params: Params<K>): Promise<Result<ResultOf<K>>> {
  try {
    return unwrap(await browser.runtime.sendMessage(envelope(name, params)));
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/** Sends to the content script in a tab's top frame. */
export async function sendToTab<K extends MessageName>(tabId: number, name: K, params: Params<K>): Promise<Result<ResultOf<K>>> {
  try {
    return unwrap(await browser.tabs.sendMessage(tabId, envelope(name, params), { frameId: 0 }));
  } catch (err) {
    return { ok: false, error: (err as Error).message };
  }
}

/** Tells every frame of every tab; tabs without our content script simply do not answer. */
export async function broadcastToTabs<K extends MessageName>(name: K, params: Params<K>): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(tabs.map((t) => (t.id === undefined ? undefined : browser.tabs.sendMessage(t.id, envelope(name, params)).catch(() => undefined))));
}

/**
 * Answers the named messages for which `accept(sender, name, params)` holds; every other message
 * is left unanswered, for the context it is meant for (the first answer wins). Payloads are validated before any handler sees them.
 */
export function handleMessages(
  handlers: Handlers,
  accept: (sender: Sender, name: MessageName, params: unknown) => boolean,
  signal?: AbortSignal,
): void {
  const listener = (message: unknown, sender: Sender): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.name] as ((p: unknown, s: Sender) => unknown) | undefined;
    if (!handler || !accept(sender, message.name, message.params)) return undefined;
    if (!paramGuards[message.name](message.params)) {
      return Promise.resolve({ ok: false, error: `invalid params for ${message.name}` });
    }
    return Promise.resolve()
      .then(() => handler(message.params, sender))
      .then((value) => ({ ok: true as const, value }), (err: unknown) => ({ ok: false as const, error: String((err as Error)?.message ?? err) }));
  };
  browser.runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener), { once: true });
}

/** Senders that are our own content scripts, running in a web page tab. */
export function isOwnContentScript(sender: Sender): boolean {
  return sender.id === browser.runtime.id && sender.tab?.id !== undefined && !isExtensionUrl(sender.url);
}

/** Senders that are our own extension pages (popup, options, card). */
export function isOwnExtensionPage(sender: Sender): boolean {
  return sender.id === browser.runtime.id && isExtensionUrl(sender.url);
}

function isExtensionUrl(url: string | undefined): boolean {
  return !!url && url.startsWith(browser.runtime.getURL('/'));
}
