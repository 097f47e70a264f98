import { describe, expect, it, vi } from 'vitest';
import { sendToExtensionRetrying } from '../../../messaging/retry';
import type { Result } from '../../../messaging/protocol';
import type { ReaderSettings } from '../../../reader/readerSettings';

const settings: ReaderSettings = { enabled: false, firstMentionOnly: false, disabledTypes: [], highlightStyle: 'underline' };
type Reply = Result<ReaderSettings>;

function sender(replies: Reply[]) {
  const send = vi.fn(async () => replies.shift()!);
  return send as unknown as typeof import('../../../messaging/rpc').sendToExtension & typeof send;
}

describe('sendToExtensionRetrying', () => {
  it('asks again when a stopped service worker dropped the message, waiting longer each time', async () => {
    const waits: number[] = [];
    const send = sender([
      { ok: false, error: 'A listener indicated an asynchronous response by returning true, but the message channel closed before a response was received' },
      { ok: false, error: 'Could not establish connection. Receiving end does not exist.' },
      { ok: true, value: settings },
    ]);
    const reply = await sendToExtensionRetrying('reader/settings', {}, { wait: async (ms) => void waits.push(ms) }, send);
    expect(reply).toEqual({ ok: true, value: settings });
    expect(send).toHaveBeenCalledTimes(3);
    expect(waits).toEqual([100, 200]);
  });

  it('gives up after the last attempt and returns the last failure', async () => {
    const send = sender(Array.from({ length: 9 }, (): Reply => ({ ok: false, error: 'The message port closed before a response was received.' })));
    const reply = await sendToExtensionRetrying('reader/settings', {}, { attempts: 3, wait: async () => undefined }, send);
    expect(reply.ok).toBe(false);
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('does not repeat a message the background answered with an error', async () => {
    const send = sender([{ ok: false, error: 'invalid params for reader/settings' }, { ok: true, value: settings }]);
    expect(await sendToExtensionRetrying('reader/settings', {}, { wait: async () => undefined }, send)).toEqual({ ok: false, error: 'invalid params for reader/settings' });
    expect(send).toHaveBeenCalledTimes(1);
  });
});
