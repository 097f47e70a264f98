/** The little of the extension API that the harness calls inside the service worker. */
export interface ServiceWorkerChrome {
  tabs: {
    query(q: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number; url?: string }[]>;
    sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
  };
  contextMenus: {
    update(id: string, props: object): Promise<void>;
    /** Chromium's events can be dispatched by hand: the only way to "click" a menu entry headless. */
    onClicked: { dispatch(info: { menuItemId: string; selectionText?: string; pageUrl?: string; editable: boolean }, tab?: unknown): void };
  };
}

