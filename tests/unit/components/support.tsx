import { render } from '@testing-library/preact';
import axe from 'axe-core';
import type { ComponentChildren } from 'preact';
import type { BackstoryDB } from '../../../notebook/db';
import { DbContext } from '../../../notebook/hooks';

/** Renders a component with the database provided, the way extension pages mount it. */
export function renderWithDb(db: BackstoryDB, ui: ComponentChildren) {
  return render(<DbContext.Provider value={db}>{ui}</DbContext.Provider>);
}

/** Axe's violations in a rendered tree (colour contrast needs a layout happy-dom does not have). */
export async function axeViolations(container: Element): Promise<string[]> {
  const results = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return results.violations.map((v) => `${v.id}: ${v.help}`);
}
