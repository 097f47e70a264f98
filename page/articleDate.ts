/** Finds when the article was published, as `YYYY-MM-DD`, from the signals news pages give. */

const META_KEYS = [
  'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'pubdate',
  'publish-date', 'parsely-pub-date', 'sailthru.date', 'dc.date', 'dc.date.issued', 'dcterms.created',
];

// Whole month names or their abbreviations, never a word that merely starts like one ("Decision").
const MONTH = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  return textDate(value);
}

/** "6 Jan, 2023", "January 6, 2023", "6 January 2023". */
export function textDate(text: string): string | null {
  const dayFirst = new RegExp(`\\b(\\d{1,2})\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(text);
  const monthFirst = new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i').exec(text);
  const pick = dayFirst && (!monthFirst || dayFirst.index <= monthFirst.index)
    ? { d: dayFirst[1]!, m: dayFirst[2]!, y: dayFirst[3]! }
    : monthFirst ? { d: monthFirst[2]!, m: monthFirst[1]!, y: monthFirst[3]! } : null;
  if (!pick) return null;
  const month = MONTHS.indexOf(pick.m.slice(0, 3).toLowerCase()) + 1;
  const day = Number(pick.d);
  if (day < 1 || day > 31) return null;
  return `${pick.y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function fromJsonLd(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const stack: unknown[] = [JSON.parse(script.textContent ?? '')];
      while (stack.length) {
        const item = stack.pop();
        if (Array.isArray(item)) stack.push(...item);
        else if (item && typeof item === 'object') {
          const rec = item as Record<string, unknown>;
          if (typeof rec.datePublished === 'string') return isoDay(rec.datePublished);
          if (rec['@graph']) stack.push(rec['@graph']);
        }
      }
    } catch {
      // A page's broken JSON-LD is its own business.
    }
  }
  return null;
}

/** The publication day, or null when the page gives none. */
export function findArticleDate(doc: Document): string | null {
  for (const key of META_KEYS) {
    const meta = doc.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const day = isoDay(meta?.getAttribute('content'));
    if (day) return day;
  }
  const ld = fromJsonLd(doc);
  if (ld) return ld;
  // The article's own <time> first: a site header may carry today's date.
  for (const selector of ['article time[datetime]', 'time[pubdate]', 'time[datetime]']) {
    const fromTime = isoDay(doc.querySelector(selector)?.getAttribute('datetime'));
    if (fromTime) return fromTime;
  }
  // A dateline near the top of the text ("6 Jan, 2023").
  const head = (doc.body?.textContent ?? '').slice(0, 600);
  return textDate(head);
}
