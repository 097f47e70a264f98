import { fireEvent, render, screen } from '@testing-library/preact';
import axe from 'axe-core';
import { TrackNameApp } from '../../../components/TrackNameApp';
import { BackstoryDB } from '../../../notebook/db';
import { DbContext } from '../../../notebook/hooks';

function renderTrack(db: BackstoryDB, onSaved: () => Promise<void>) {
  return render(
    <DbContext.Provider value={db}>
      <TrackNameApp request={{ selection: '  Hanako\n Tanabe ', pageUrl: 'https://news.example/a' }} now={() => 5} onSaved={onSaved} close={() => undefined} />
    </DbContext.Provider>,
  );
}

test('confirms the selected name, refuses bad input with one message, then saves and refreshes pages; passes axe', async () => {
  const db = new BackstoryDB(`track-${crypto.randomUUID()}`);
  let refreshed = 0;
  const view = renderTrack(db, async () => { refreshed++; });
  const name = screen.getByLabelText('Name') as HTMLInputElement;
  expect(name.value).toBe('Hanako Tanabe');
  const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);

  fireEvent.input(screen.getByLabelText('Other names, one per line'), { target: { value: '-' } });
  fireEvent.click(screen.getByRole('button', { name: 'Track' }));
  expect((await screen.findByText('The other name "-" needs at least two characters.')).getAttribute('role')).toBe('alert');
  expect(await db.customEntities.count()).toBe(0);
  expect(refreshed).toBe(0);

  fireEvent.input(screen.getByLabelText('Other names, one per line'), { target: { value: 'Tanabe-san' } });
  fireEvent.input(screen.getByLabelText('First note (optional)'), { target: { value: 'Watch her briefings.' } });
  fireEvent.click(screen.getByRole('button', { name: 'Track' }));
  expect((await screen.findByRole('status')).textContent).toContain('Tracking “Hanako Tanabe”');
  expect(refreshed).toBe(1);
  const [entity] = await db.customEntities.toArray();
  expect(entity).toMatchObject({ name: 'Hanako Tanabe', aliases: ['Tanabe-san'], createdAt: 5 });
  expect(await db.notes.where('entityId').equals(entity!.id).first()).toMatchObject({ text: 'Watch her briefings.', quote: 'Hanako\n Tanabe', pageUrl: 'https://news.example/a' });
  db.close();
});
