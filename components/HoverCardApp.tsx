import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { FactLookup } from '../factbase/lookup';
import type { CardShowParams } from '../messaging/protocol';
import { useCustomEntity } from '../notebook/customHooks';
import { CustomEntityCard } from './CustomEntityCard';
import { EntityCard } from './EntityCard';
import { EntityNotes } from './EntityNotes';

/** Props for HoverCardApp. */
export interface HoverCardAppProps {
  lookup: FactLookup;
  /** Registers for show requests; returns an unsubscribe function. */
  subscribe: (show: (params: CardShowParams) => Promise<void>) => () => void;
  /** Asks the host page's content script to close the card (Escape). */
  requestClose: () => void;
  /** Opens the entity's full card in a tab of its own ("Open card"). */
  openFull: (entityId: string) => void;
  now: () => number;
}

/** The hover card, rendered in an extension-origin frame; only it ever sees the reader's notes. */
export function HoverCardApp({ lookup, subscribe, requestClose, openFull, now }: HoverCardAppProps) {
  const [shown, setShown] = useState<CardShowParams | null>(null);
  const painted = useRef<(() => void) | null>(null);
  useEffect(
    () => subscribe((params) => new Promise<void>((resolve) => {
      painted.current = resolve;
      setShown(params);
    })),
    [subscribe],
  );
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
  }, [shown]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && requestClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [requestClose]);

  const entity = shown ? lookup.get(shown.entityId) : undefined;
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
  if (!shown || !entity) return <div role="dialog" aria-label="Backstory card" hidden />;
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
