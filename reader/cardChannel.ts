import type { CardShowParams } from '../messaging/protocol';
import { handleMessages, isOwnContentScript } from '../messaging/rpc';

/**
 * The card frame's side of the link to its content script. Show requests arrive only through the
 * extension's messaging (a page cannot send those) and must carry this frame's nonce.
 */
export function cardChannel(nonce: string) {
  return {
    subscribe(show: (params: CardShowParams) => Promise<void>): () => void {
      const controller = new AbortController();
      handleMessages(
        {
          'card/show': async (params) => {
            // The bench reads these: how much of a card's time is this frame's own work.
            performance.mark('backstory:card-request');
            await show(params);
            performance.mark('backstory:card-rendered');
            return { shown: true as const };
          },
        },
        (sender, _name, params) =>
          isOwnContentScript(sender) && (params as Partial<CardShowParams> | null)?.nonce === nonce,
        controller.signal,
      );
      // Show requests sent before this point would find no one: the content script waits for this.
      window.parent.postMessage({ backstory: 'ready' }, '*');
      return () => controller.abort();
    },
    /** Closing is not sensitive, so a plain message to the parent window is enough. */
    requestClose(): void {
      window.parent.postMessage({ backstory: 'close' }, '*');
    },
  };
}
