import { findArticleDate } from '../page/articleDate';

/**
 * The article's date, read again whenever the page's address changes: a single-page app swaps
 * the article (and its meta tags) without a new document, and the card must not show the facts as
 * of the previous story's date.
 */
export function trackArticleDate(doc: Document, find: (doc: Document) => string | null = findArticleDate): () => string | null {
  let url = doc.location?.href ?? '';
  let date = find(doc);
  return () => {
    const now = doc.location?.href ?? '';
    if (now !== url) {
      url = now;
      date = find(doc);
    }
    return date;
  };
}
