import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FactLookup } from '../factbase/lookup';
import type { CardShowParams } from '../messaging/protocol';
import { useCustomEntity } from '../notebook/customHooks';
import { CustomEntityCard } from './CustomEntityCard';
import { EntityCard } from './EntityCard';
import { EntityNotes } from './EntityNotes';

/** Props for HoverCardApp. */
export interface HoverCardAppProps {
  /** The fact base; a promise lets the frame answer 'ready' before 2 MB of it is parsed. */
  lookup: FactLookup | Promise<FactLookup>;
  /** Registers for show requests; returns an unsubscribe function. */
  subscribe: (show: (params: CardShowParams) => Promise<void>) => () => void;
  /** Asks the host page's content script to close the card (Escape). */
  requestClose: () => void;
  /** Opens the entity's full card in a tab of its own ("Open card"). */
  openFull: (entityId: string) => void;
  now: () => number;
}

/** The hover card, rendered in an extension-origin frame; only it ever sees the reader's notes. */
export function HoverCardApp({ lookup: lookupOrPromise, subscribe, requestClose, openFull, now }: HoverCardAppProps) {
  // The request and the fact base it is read against arrive together: a show that comes before
  // the fact base has loaded waits for it, rather than answering with an empty card.
  const [state, setState] = useState<{ shown: CardShowParams; lookup: FactLookup } | null>(null);
  const painted = useRef<(() => void) | null>(null);
  // A layout effect subscribes during the first render's commit: 'ready' goes out at once, not
  // after the frame's first paint (~40 ms later in a frame that is still hidden).
  useLayoutEffect(
    () => subscribe(async (params) => {
      const lookup = await lookupOrPromise;
      await new Promise<void>((resolve) => {
        // Two requests that waited for the fact base together render once: both are answered.
        const earlier = painted.current;
        painted.current = earlier ? () => { earlier(); resolve(); } : resolve;
        setState({ shown: params, lookup });
      });
    }),
    [subscribe, lookupOrPromise],
  );
  const shown = state?.shown ?? null;
  const lookup = state?.lookup;
  // Answer as soon as the new card is in the DOM, not after the next paint: the host page shows
  // the frame in its own next frame anyway, and waiting for ours cost ~16 ms of the 50 ms budget.
  useLayoutEffect(() => {
    // Opened from the keyboard, focus starts at the name; opened by hover, focus stays in the page.
    const heading = shown?.focus ? document.getElementById('card-title') : null;
    heading?.focus();
    painted.current?.();
    painted.current = null;
    if (!heading) return;
    // The page's side gives this frame focus just after it is shown: take it to the name then.
    const onFocus = () => heading.focus();
    window.addEventListener('focus', onFocus, { once: true });
    return () => window.removeEventListener('focus', onFocus);
  }, [state]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && requestClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [requestClose]);

  const entity = shown ? lookup?.get(shown.entityId) : undefined;
  // Not in the fact base: one of the reader's own names, read here, never sent through the page.
  const custom = useCustomEntity(shown && !entity ? shown.entityId : null);
  if (shown && custom) {
    return (
      <div role="dialog" aria-labelledby="card-title" class="hover-card">
        <CustomEntityCard entity={custom}>
          <EntityNotes key={custom.id} entityId={custom.id} page={{ url: shown.pageUrl, title: shown.pageTitle, quote: shown.quote }} now={now} />
        </CustomEntityCard>
      </div>
    );
  }
  if (!shown || !entity || !lookup) return <div role="dialog" aria-label="Backstory card" hidden />;
  return (
    <div role="dialog" aria-labelledby="card-title" class="hover-card">
      <EntityCard entity={entity} lookup={lookup} day={shown.articleDate} pageEntityIds={shown.pageEntityIds} actions={<>
        <button type="button" class="linklike" onClick={() => openFull(entity.id)}>Open card</button>
        <button type="button" class="close" aria-label="Close card" onClick={requestClose}>×</button>
      </>}>
        <EntityNotes
          key={entity.id}
          entityId={entity.id}
          page={{ url: shown.pageUrl, title: shown.pageTitle, quote: shown.quote }}
          now={now}
        />
      </EntityCard>
    </div>
  );
}
