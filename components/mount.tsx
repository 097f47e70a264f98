import { render, type ComponentChildren } from 'preact';
import { DbContext } from '../notebook/hooks';
import type { BackstoryDB } from '../notebook/db';

/** Renders an extension page's app with its database provided. */
export function mountPage(root: HTMLElement, db: BackstoryDB, app: ComponentChildren): void {
  render(<DbContext.Provider value={db}>{app}</DbContext.Provider>, root);
}
