import { browser } from 'wxt/browser';
import type { MentionStep, Result } from '../messaging/protocol';
import { sendToTab } from '../messaging/rpc';
import type { StepDirection } from './mentionStep';

/** The manifest's `commands` (wxt.config.ts) and the step each one takes. */
export const MENTION_COMMANDS: Readonly<Record<string, StepDirection>> = { 'next-mention': 'next', 'previous-mention': 'previous' };

/**
 * Runs a keyboard command in the background: the content script in the tab's top frame opens the
 * next or previous mention's card. The tab is the one the command came with, else the active one.
 */
export async function runMentionCommand(command: string, tabId?: number): Promise<Result<MentionStep | null>> {
  const direction = Object.hasOwn(MENTION_COMMANDS, command) ? MENTION_COMMANDS[command] : undefined;
  if (!direction) return { ok: false, error: `unknown command "${command}"` };
  const id = tabId ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
  if (id === undefined) return { ok: false, error: 'no active tab' };
  return sendToTab(id, 'reader/step', { direction });
}
