import { describe, expect, it } from 'vitest';
import { findArticleDate, textDate } from '../../../page/articleDate';
import { page } from './html';

const ld = (data: unknown): string => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('findArticleDate: meta tags', () => {
  it('reads article:published_time, keeping the day as written', () => {
    const doc = page('<meta property="article:published_time" content="2023-01-06T09:30:00+09:00">', '<p>Text</p>');
    expect(findArticleDate(doc)).toBe('2023-01-06');
  });

  it('reads name= and itemprop= meta tags', () => {
    expect(findArticleDate(page('<meta name="pubdate" content="2022-08-10">', ''))).toBe('2022-08-10');
    expect(findArticleDate(page('<meta itemprop="datePublished" content="2021-03-02T12:00:00Z">', ''))).toBe('2021-03-02');
  });

  it('prefers article:published_time to later keys, and meta to JSON-LD', () => {
    const head = '<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2023-01-06">' +
      ld({ '@type': 'NewsArticle', datePublished: '2019-05-05' });
    expect(findArticleDate(page(head, ''))).toBe('2023-01-06');
  });

  it('reads a textual date in a meta tag', () => {
    expect(findArticleDate(page('<meta name="date" content="January 6, 2023">', ''))).toBe('2023-01-06');
  });

  it('skips a meta tag it cannot read and tries the next signal', () => {
    const head = '<meta property="article:published_time" content="yesterday">' + ld({ datePublished: '2023-12-14T00:00:00Z' });
    expect(findArticleDate(page(head, ''))).toBe('2023-12-14');
  });
});

describe('findArticleDate: JSON-LD', () => {
  it('reads datePublished from a plain object', () => {
    expect(findArticleDate(page(ld({ '@type': 'NewsArticle', datePublished: '2023-10-03T10:00:00+09:00' }), ''))).toBe('2023-10-03');
  });

  it('reads datePublished inside @graph and inside a top-level array', () => {
    const graph = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebSite', name: 'News' }, { '@type': 'NewsArticle', datePublished: '2022-08-10' }] };
    expect(findArticleDate(page(ld(graph), ''))).toBe('2022-08-10');
    expect(findArticleDate(page(ld([{ '@type': 'Organization' }, { datePublished: '2021-03-03' }]), ''))).toBe('2021-03-03');
  });

  it('ignores broken JSON-LD and reads the next script', () => {
    const head = '<script type="application/ld+json">{ not json</script>' + ld({ datePublished: '2024-02-29' });
    expect(findArticleDate(page(head, ''))).toBe('2024-02-29');
  });
});

describe('findArticleDate: <time> and datelines', () => {
  it('reads <time datetime> when there is no meta or JSON-LD date', () => {
    expect(findArticleDate(page('', '<p>By staff <time datetime="2023-10-03T10:00:00Z">Oct 3</time></p>'))).toBe('2023-10-03');
  });

  it('prefers the article’s <time> to one earlier in the site header', () => {
    const body = '<header><time datetime="2019-01-01">old</time></header><article><time datetime="2023-01-06T08:00">6 Jan</time></article>';
    expect(findArticleDate(page('', body))).toBe('2023-01-06');
  });

  it('reads a dateline "6 Jan, 2023" near the top of the text', () => {
    expect(findArticleDate(page('', '<p>TOKYO, 6 Jan, 2023 (Reuters) - Japan said...</p>'))).toBe('2023-01-06');
  });

  it('reads a dateline "January 6, 2023"', () => {
    expect(findArticleDate(page('', '<p>WASHINGTON, January 6, 2023 — Gina Raimondo said</p>'))).toBe('2023-01-06');
  });

  it('ignores a date far down the text', () => {
    const body = `<p>${'Filler text. '.repeat(60)}</p><p>6 Jan, 2023</p>`;
    expect(findArticleDate(page('', body))).toBeNull();
  });

  it('returns null when the page gives no date', () => {
    expect(findArticleDate(page('<title>News</title>', '<p>Japan and the US met in 2023.</p>'))).toBeNull();
    expect(findArticleDate(page('', ''))).toBeNull();
  });
});

describe('textDate', () => {
  it('reads day-first and month-first dates, with or without commas and full month names', () => {
    expect(textDate('6 Jan, 2023')).toBe('2023-01-06');
    expect(textDate('6 January 2023')).toBe('2023-01-06');
    expect(textDate('January 6, 2023')).toBe('2023-01-06');
    expect(textDate('Sept. 17, 2025')).toBe('2025-09-17');
    expect(textDate('14 DEC 2023')).toBe('2023-12-14');
  });

  it('takes the earlier of two dates in the text', () => {
    expect(textDate('Updated March 2, 2021; first published 1 Feb 2021')).toBe('2021-03-02');
    expect(textDate('1 Feb 2021, updated March 2, 2021')).toBe('2021-02-01');
  });

  it('rejects impossible days and text without a date', () => {
    expect(textDate('Jan 32, 2023')).toBeNull();
    expect(textDate('0 Jan 2023')).toBeNull();
    expect(textDate('January 2023')).toBeNull();
    expect(textDate('no date here')).toBeNull();
  });

  it('does not read words that merely start like a month as months', () => {
    expect(textDate('Decision 2, 2024')).toBeNull();
    expect(textDate('Marine 1 2023')).toBeNull();
  });
});
