import { render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { SeenIn } from '../../../components/SeenIn';
import { BackstoryDB } from '../../../notebook/db';
import { DbContext } from '../../../notebook/hooks';
import { setSetting } from '../../../notebook/settings';
import { recordSightings } from '../../../notebook/sightings';

const renderSeenIn = (db: BackstoryDB, entityId = 'rapidus') =>
  render(<DbContext.Provider value={db}><SeenIn entityId={entityId} /></DbContext.Provider>);

test('lists the pages an entity was seen on, latest first, with safe links only, and passes axe', async () => {
  const db = new BackstoryDB(`seen-${crypto.randomUUID()}`);
  await recordSightings(db, { pageUrl: 'https://news.example/a', pageTitle: 'Chips in Hokkaido', entityIds: ['rapidus'], day: '2023-01-06' });
  await recordSightings(db, { pageUrl: 'https://other.example/b?x=1', pageTitle: 'Rapidus breaks ground', entityIds: ['rapidus'], day: '2023-09-01' });
  // A hostile import could hold any URL: it is listed as text, never as a link.
  await db.sightings.add({ entityId: 'rapidus', pageUrl: 'javascript:alert(1)', pageTitle: 'Trap', day: '2022-01-01', count: 1 });
  const view = renderSeenIn(db);
  const section = await screen.findByRole('region', { name: 'Seen in 3 articles' });
  const items = [...section.querySelectorAll('li')].map((li) => li.textContent);
  expect(items).toEqual(['Rapidus breaks ground · other.example · 1 Sep 2023', 'Chips in Hokkaido · news.example · 6 Jan 2023', 'Trap · 1 Jan 2022']);
  expect([...section.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['https://other.example/b?x=1', 'https://news.example/a']);
  const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  db.close();
});

test('follows the database live, and says when sightings are off', async () => {
  const db = new BackstoryDB(`seen-${crypto.randomUUID()}`);
  renderSeenIn(db);
  await screen.findByRole('region', { name: 'Seen in 0 articles' });
  await recordSightings(db, { pageUrl: 'https://news.example/a', pageTitle: 'A', entityIds: ['rapidus'], day: '2023-01-06' });
  await screen.findByRole('region', { name: 'Seen in 1 article' });
  expect(screen.queryByText(/not remembering pages/)).toBeNull();
  await setSetting(db, 'sightingsEnabled', false);
  await waitFor(() => expect(screen.getByText(/not remembering pages/)).toBeTruthy());
  db.close();
});
