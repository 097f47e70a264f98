import { safeHref } from '../factbase/lookup';

/** What the "Track this name" page starts from: the selected text and the page it was on. */
export interface TrackRequest {
  selection: string;
  pageUrl: string;
}

const MAX_SELECTION = 2_000;

/** The context-menu click's details, as the browser gives them (never from the page). */
export interface MenuClick {
  selectionText?: string;
  pageUrl?: string;
}

/** The track page's URL for a context-menu click; only an http(s) page URL is carried. */
export function trackPageUrl(pageBase: string, click: MenuClick): string {
  const url = new URL(pageBase);
  url.searchParams.set('selection', (click.selectionText ?? '').slice(0, MAX_SELECTION));
  url.searchParams.set('page', safeHref(click.pageUrl ?? '') ?? '');
  return url.href;
}

/** Reads the request back from the track page's own query string. */
export function readTrackRequest(search: string): TrackRequest {
  const q = new URLSearchParams(search);
  return {
    selection: (q.get('selection') ?? '').slice(0, MAX_SELECTION),
    pageUrl: safeHref(q.get('page') ?? '') ?? '',
  };
}
