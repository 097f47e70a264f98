import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import axe from 'axe-core';
import { render as preactRender } from 'preact';
import { createLookup, type FactLookup } from '../../../factbase/lookup';
import type { Entity } from '../../../factbase/types';
import { HoverCardApp } from '../../../components/HoverCardApp';
import type { CardShowParams } from '../../../messaging/protocol';
import { BackstoryDB } from '../../../notebook/db';
import { DbContext } from '../../../notebook/hooks';
import { addNote } from '../../../notebook/notes';

const src = { url: 'https://www.meti.go.jp/english/', title: 'METI', checked: '2026-11-22' };
const minister: Entity = {
  id: 'minister', type: 'person', name: 'Yasutoshi Nishimura', description: 'A Japanese politician.', descriptionSource: 's',
  roles: [{ title: 'Minister of Economy, Trade and Industry', start: '2022-08-10', end: '2023-12-14', source: 's' }],
  sources: { s: src },
};
const lookup = createLookup({ version: 1, entities: [minister] });
const params: CardShowParams = {
  nonce: 'n', entityId: 'minister', articleDate: '2023-01-06', quote: 'a quoted line',
  pageUrl: 'https://news.example/a', pageTitle: 'A story', pageEntityIds: ['minister'], focus: false,
};

function renderCard(db: BackstoryDB, factBase: FactLookup | Promise<FactLookup> = lookup) {
  let show: ((p: CardShowParams) => Promise<void>) | undefined;
  const calls: string[] = [];
  const view = render(
    <DbContext.Provider value={db}>
      <HoverCardApp lookup={factBase} subscribe={(fn) => { show = fn; return () => undefined; }} requestClose={() => calls.push('close')}
        openFull={(id) => calls.push(`open ${id}`)} now={() => 1_700_000_000_000} />
    </DbContext.Provider>,
  );
  return { view, calls, show: (p: CardShowParams) => show!(p) };
}

test('the card shows facts as of the article date and the reader’s notes, and passes axe', async () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  await addNote(db, { entityId: 'minister', pageUrl: 'https://x.example', pageTitle: 'x', quote: '', text: 'ask about export rules', tags: [] }, () => 1);
  const { view, show } = renderCard(db);
  await show(params);
  const dialog = await screen.findByRole('dialog', { name: 'Yasutoshi Nishimura' });
  expect(dialog.textContent).toContain('At the time (6 Jan 2023):');
  expect(dialog.textContent).toContain('Left office as Minister of Economy, Trade and Industry on 14 Dec 2023');
  await waitFor(() => expect(dialog.textContent).toContain('ask about export rules'));
  expect(screen.getByLabelText('Quote').textContent).toBe('a quoted line');
  const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  db.close();
});

test('opened from the keyboard, focus starts at the name; opened by hover, focus stays where it was', async () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  const { view, show } = renderCard(db);
  const outside = document.body.appendChild(document.createElement('input'));
  outside.focus();
  await show(params);
  await screen.findByRole('dialog', { name: 'Yasutoshi Nishimura' });
  expect(document.activeElement).toBe(outside);
  await show({ ...params, focus: true });
  expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'Yasutoshi Nishimura' }));
  view.unmount();
  outside.remove();
  db.close();
});

test('"Open card" asks for the full card of this entity, and the close button closes', async () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  const { calls, show } = renderCard(db);
  await show(params);
  fireEvent.click(await screen.findByRole('button', { name: 'Open card' }));
  fireEvent.click(screen.getByRole('button', { name: 'Close card' }));
  fireEvent.keyDown(document, { key: 'Escape' });
  expect(calls).toEqual(['open minister', 'close', 'close']);
  db.close();
});

test('a custom entity’s card is read from the database, with its notes, and passes axe', async () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  await db.customEntities.add({ id: 'c-1', name: 'Hanako Tanabe', aliases: ['Tanabe-san'], description: 'Spokesperson for the ministry.', createdAt: 1, updatedAt: 1 });
  await addNote(db, { entityId: 'c-1', pageUrl: 'https://x.example', pageTitle: 'x', quote: '', text: 'ask about the briefing', tags: [] }, () => 1);
  const { view, show } = renderCard(db);
  await show({ ...params, entityId: 'c-1' });
  const dialog = await screen.findByRole('dialog', { name: 'Hanako Tanabe' });
  expect(dialog.textContent).toContain('Spokesperson for the ministry.');
  expect(dialog.textContent).toContain('Also: Tanabe-san');
  await waitFor(() => expect(dialog.textContent).toContain('ask about the briefing'));
  const results = await axe.run(view.container, { rules: { 'color-contrast': { enabled: false } } });
  expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  db.close();
});

test('an id in neither the fact base nor the notebook shows nothing', async () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  const { show } = renderCard(db);
  await show({ ...params, entityId: 'nobody' });
  await new Promise((r) => setTimeout(r, 50));
  expect(screen.getByRole('dialog', { hidden: true }).hidden).toBe(true);
  db.close();
});

test('a show that comes before the fact base has loaded waits for it, then answers with the card in place', async () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  let load!: (l: FactLookup) => void;
  const { show } = renderCard(db, new Promise<FactLookup>((resolve) => { load = resolve; }));
  let answered = false;
  const shown = show(params).then(() => { answered = true; });
  await new Promise((r) => setTimeout(r, 20));
  expect(answered).toBe(false);
  expect(screen.getByRole('dialog', { hidden: true }).hidden).toBe(true);
  load(lookup);
  await shown;
  // Answered only once the entity's card is in the DOM: the page shows the frame at that moment.
  expect(screen.getByRole('dialog', { name: 'Yasutoshi Nishimura' }).textContent).toContain('At the time (6 Jan 2023):');
  db.close();
});

test('two shows that both wait for the fact base are both answered, and the later one is shown', async () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  let load!: (l: FactLookup) => void;
  const { show } = renderCard(db, new Promise<FactLookup>((resolve) => { load = resolve; }));
  const first = show({ ...params, articleDate: '2022-01-06' });
  const second = show(params);
  load(lookup);
  await Promise.all([first, second]);
  expect(screen.getByRole('dialog', { name: 'Yasutoshi Nishimura' }).textContent).toContain('At the time (6 Jan 2023):');
  db.close();
});

test('the frame listens from its first render, before any paint, and before the fact base has loaded', () => {
  const db = new BackstoryDB(`card-${crypto.randomUUID()}`);
  const root = document.body.appendChild(document.createElement('div'));
  let subscribed = false;
  // Preact's own render, outside act(): effects that wait for a paint have not run when it returns.
  preactRender(
    <DbContext.Provider value={db}>
      <HoverCardApp lookup={new Promise<FactLookup>(() => undefined)} subscribe={() => { subscribed = true; return () => undefined; }}
        requestClose={() => undefined} openFull={() => undefined} now={() => 0} />
    </DbContext.Provider>,
    root,
  );
  expect(subscribed).toBe(true);
  preactRender(null, root);
  root.remove();
  db.close();
});
