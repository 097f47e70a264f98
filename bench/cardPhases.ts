import type { Frame, Page } from 'playwright-core';

/**
 * Where a first hover's time went, in ms from the moment the content script made the card frame
 * (its `backstory:card-frame` mark), all on the page's clock. A phase the build does not mark is null.
 */
export interface CardPhases {
  /** The frame's navigation started. */
  navigation: number | null;
  /** card.html received. */
  html: number | null;
  /** The last of the frame's scripts received (fetch only; parsing follows). */
  scripts: number | null;
  /** The frame's entry module started running: every static import parsed and evaluated. */
  main: number | null;
  /** The fact base parsed and indexed (`backstory:card-facts`). */
  facts: number | null;
  /** The content script heard the frame's 'ready'. */
  ready: number | null;
  /** The hover intent decided to open (after its 250 ms rest). */
  open: number | null;
  /** The frame received the show request. */
  request: number | null;
  /** The frame had the card in its DOM (and answered). */
  rendered: number | null;
  /** The card was visible. */
  shown: number | null;
}

interface FrameTimeline {
  origin: number;
  html: number | null;
  scripts: number | null;
  marks: Record<string, number>;
}

/** Reads the card frame's own timeline (navigation, script fetches, its User Timing marks). */
function frameTimeline(frame: Frame): Promise<FrameTimeline> {
  return frame.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    const scripts = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('.js')).map((e) => (e as PerformanceResourceTiming).responseEnd);
    return {
      origin: performance.timeOrigin,
      html: nav?.responseEnd ?? null,
      scripts: scripts.length ? Math.max(...scripts) : null,
      marks: Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
    };
  });
}

/** The phases of the page's first card: read once it is shown (the page's last `backstory:card-open`). */
export async function cardPhases(page: Page, frame: Frame): Promise<CardPhases> {
  // No named functions inside: tsx would wrap them in a helper the page does not have.
  const own = await page.evaluate(() => {
    const [created] = performance.getEntriesByName('backstory:card-frame').slice(-1);
    const [ready] = performance.getEntriesByName('backstory:card-ready').slice(-1);
    const [open] = performance.getEntriesByName('backstory:card-open').slice(-1);
    return {
      origin: performance.timeOrigin,
      created: created?.startTime ?? null,
      ready: ready ? ready.startTime + ready.duration : null,
      open: open?.startTime ?? null,
      shown: open ? open.startTime + open.duration : null,
    };
  });
  const f = await frameTimeline(frame);
  const base = own.created;
  const fromPage = (t: number | null) => (t === null || base === null ? null : Math.round(t - base));
  // The frame's clock starts at its own navigation: shift it onto the page's.
  const fromFrame = (t: number | null | undefined) => (t == null ? null : fromPage(t + f.origin - own.origin));
  return {
    navigation: fromFrame(0),
    html: fromFrame(f.html),
    scripts: fromFrame(f.scripts),
    main: fromFrame(f.marks['backstory:card-main']),
    facts: fromFrame(f.marks['backstory:card-facts']),
    ready: fromPage(own.ready),
    open: fromPage(own.open),
    request: fromFrame(f.marks['backstory:card-request']),
    rendered: fromFrame(f.marks['backstory:card-rendered']),
    shown: fromPage(own.shown),
  };
}
