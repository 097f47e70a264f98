import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { SearchBox } from '../../../components/SearchBox';
import { createLookup } from '../../../factbase/lookup';
import type { Note } from '../../../notebook/db';
import { validEntity } from '../factbase/entity';
import { axeViolations } from './support';

const lookup = createLookup({ version: 1, entities: [validEntity()] });
const note: Note = {
  id: 'n-1', entityId: null, pageUrl: 'https://news.example/a', pageTitle: 'A', quote: '', text: 'Ask about the cleanroom schedule',
  tags: [], createdAt: Date.UTC(2026, 0, 1), updatedAt: Date.UTC(2026, 0, 1),
};
const box = (notes: readonly Note[] | undefined) => (
  <SearchBox lookup={lookup} notes={notes} tracked={[]} entityName={() => undefined} onOpen={() => undefined} />
);

test('while the notebook is still being read, a query says so instead of "nothing found"; then its notes are found', async () => {
  const { container, rerender } = render(box(undefined));
  fireEvent.input(screen.getByRole('combobox', { name: 'Search entities and notes' }), { target: { value: 'cleanroom' } });
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Still reading your notes and the fact base; more may follow.'));
  expect(container.textContent).not.toContain('Nothing found');
  expect(await axeViolations(container)).toEqual([]);
  rerender(box([note]));
  await waitFor(() => expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Ask about the cleanroom schedule note']));
  expect(screen.queryByRole('status')).toBeNull();
});
