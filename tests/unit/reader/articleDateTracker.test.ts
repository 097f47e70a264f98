import { trackArticleDate } from '../../../reader/articleDateTracker';

test('the date is read once per address: again after a single-page app changed the URL, not before', () => {
  const doc = { location: { href: 'https://news.example/a' } } as unknown as Document;
  const dates: Record<string, string> = { 'https://news.example/a': '2023-01-06', 'https://news.example/b': '2024-03-01' };
  let reads = 0;
  const current = trackArticleDate(doc, (d) => { reads++; return dates[d.location.href] ?? null; });
  expect(current()).toBe('2023-01-06');
  expect(current()).toBe('2023-01-06');
  expect(reads).toBe(1);
  (doc.location as { href: string }).href = 'https://news.example/b';
  expect(current()).toBe('2024-03-01');
  expect(reads).toBe(2);
});
