/** The little of the extension API that the harness calls inside the service worker. */
export interface ServiceWorkerChrome {
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
}

