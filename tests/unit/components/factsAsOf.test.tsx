import { render } from '@testing-library/preact';
import { FactsAsOf } from '../../../components/FactsAsOf';
import { createLookup } from '../../../factbase/lookup';
import type { Entity } from '../../../factbase/types';

const chipmaker: Entity = {
  id: 'chipmaker', type: 'company', name: 'Chipmaker', description: 'A chipmaker.', descriptionSource: 's',
  roles: [],
  facts: [
    { label: 'CEO', value: 'A. Founder', start: '2022-08', source: 's' },
    { label: 'Pilot line launched', value: 'Chitose', start: '2025-04-01', source: 's' },
    { label: 'First prototypes shown', value: '18 July 2025, Chitose', start: '2025-07-18', source: 's' },
    { label: 'Headquarters', value: 'Tokyo', source: 's' },
  ],
  sources: { s: { url: 'https://example.org/', title: 'Example', checked: '2026-11-22' } },
};
const minister: Entity = {
  ...chipmaker, id: 'minister', type: 'person', name: 'Minister', facts: [],
  roles: [
    { title: 'Foreign Minister', start: '2012-12-26', end: '2017-08-03', source: 's' },
    { title: 'Prime Minister', start: '2021-10-04', end: '2024-10-01', source: 's' },
    { title: 'Party adviser', start: '2025-01', source: 's' },
  ],
};
const lookup = createLookup({ version: 1, entities: [chipmaker, minister] });

test('dated facts stand at the article’s date, and later ones show as changes since', () => {
  const { container } = render(<FactsAsOf entity={chipmaker} lookup={lookup} day="2023-05-26" />);
  expect(container.querySelector('.asof-then')?.textContent).toBe('CEO: A. Founder');
  expect([...container.querySelectorAll('.asof-since li')].map((li) => li.textContent)).toEqual([
    'Since then Pilot line launched: Chitose on 1 Apr 2025',
    'Since then First prototypes shown: 18 July 2025, Chitose', // the value already says when
  ]);
  expect(container.textContent).not.toContain('Headquarters'); // timeless facts live elsewhere on the card
});

test('without an article date, the open roles are shown as current, not merely the latest', () => {
  const { container } = render(<FactsAsOf entity={minister} lookup={lookup} day={null} />);
  expect(container.querySelector('.asof-label')?.textContent).toBe('No article date found; current in our sources:');
  expect([...container.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['Party adviser (Jan 2025 – no end date in our sources)']);
});

test('later changes are ordered by date, partial dates included', () => {
  const { container } = render(<FactsAsOf entity={minister} lookup={lookup} day="2016-01-01" />);
  expect([...container.querySelectorAll('.asof-since li')].map((li) => li.textContent)).toEqual([
    'Since then Left office as Foreign Minister on 3 Aug 2017',
    'Since then Became Prime Minister on 4 Oct 2021',
    'Since then Became Party adviser in Jan 2025',
  ]);
});

test('a company with nothing dated at the time gets no "no office" line', () => {
  const { container } = render(<FactsAsOf entity={chipmaker} lookup={lookup} day="2020-01-01" />);
  expect(container.querySelector('.asof-then')).toBeNull();
  expect(container.textContent).not.toContain('No office');
  expect(container.querySelectorAll('.asof-since li')).toHaveLength(3);
});

const adviser: Entity = {
  ...minister, id: 'adviser',
  roles: [
    { title: 'Economic adviser', start: '2018-03', source: 'old' },
    { title: 'Board member', start: '2019-05', source: 'old', currentSource: 'recent' },
  ],
  sources: {
    old: { url: 'https://example.org/2018', title: 'Appointed', published: '2018-03-14', checked: '2026-11-22' },
    recent: { url: 'https://example.org/2026', title: 'Still there', published: '2026-05', checked: '2026-11-22' },
  },
};

test('an open role is asserted only as far as its sources reach; later, the card says how old its evidence is', () => {
  const { container } = render(<FactsAsOf entity={adviser} lookup={lookup} day="2023-02-01" />);
  expect([...container.querySelectorAll('.asof-then')].map((li) => li.textContent)).toEqual([
    // The start is a month and its source a day in it: a partial date vouches only for its first day.
    'Economic adviser (from Mar 2018; our latest source on it is from 14 Mar 2018)',
    'Board member', // a 2026 page says it still held
  ]);
  const undated = render(<FactsAsOf entity={adviser} lookup={lookup} day={null} />).container;
  expect([...undated.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
    'Economic adviser (Mar 2018 – no end date in our sources; latest source 14 Mar 2018)',
    'Board member (May 2019 – no end date in our sources; latest source May 2026)',
  ]);
  // Up to its latest source, the role needs no caveat; after it, the caveat names that source's date.
  const early = render(<FactsAsOf entity={adviser} lookup={lookup} day="2020-01-01" />).container;
  expect(early.querySelectorAll('.asof-then')[1]?.textContent).toBe('Board member');
  const late = render(<FactsAsOf entity={adviser} lookup={lookup} day="2026-07-01" />).container;
  expect(late.querySelectorAll('.asof-then')[1]?.textContent).toBe('Board member (from May 2019; our latest source on it is from May 2026)');
  // A reference page with no date describes the present: nothing to measure its age against.
  const undatedSource = render(<FactsAsOf entity={minister} lookup={lookup} day="2026-07-01" />).container;
  expect(undatedSource.querySelector('.asof-then')?.textContent).toBe('Party adviser');
});
