import { safeHref } from '../factbase/lookup';
import { formatDate } from '../factbase/timeline';
import { useSightings } from '../notebook/sightingsHooks';
import { useSettings } from '../notebook/settingsHooks';

/** Props for SeenIn. */
export interface SeenInProps {
  entityId: string;
}

const siteOf = (href: string) => new URL(href).hostname;
const articles = (n: number) => `${n} ${n === 1 ? 'article' : 'articles'}`;

/** "Seen in N articles": the pages this browser saw the entity on, latest first (local only). */
export function SeenIn({ entityId }: SeenInProps) {
  const { value: pages, error } = useSightings(entityId);
  const settings = useSettings();
  if (error) return <p class="error" role="alert">Pages seen could not be read: {error}</p>;
  if (!pages) return null;
  const off = settings?.sightingsEnabled === false;
  return (
    <section class="seen-in" aria-labelledby="seen-in-title">
      <h3 id="seen-in-title">Seen in {articles(pages.length)}</h3>
      {off && <p class="muted small">Backstory is not remembering pages (see the options page).</p>}
      <ul>
        {pages.map((p) => {
          const href = safeHref(p.pageUrl);
          return (
            <li key={p.pageUrl}>
              {href ? <a href={href} target="_blank" rel="noopener noreferrer">{p.pageTitle || href}</a> : <span>{p.pageTitle}</span>}
              <span class="muted small"> · {href && `${siteOf(href)} · `}{formatDate(p.lastDay)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
