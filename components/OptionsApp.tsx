import type { FactLookup } from '../factbase/lookup';
import { ExportButton } from './ExportButton';
import { ImportForm } from './ImportForm';
import { NotebookView } from './NotebookView';
import { ReaderOptions } from './ReaderOptions';
import { TrackedNames } from './TrackedNames';
import { useEntityName } from './useEntityName';

/** Props for OptionsApp. */
export interface OptionsAppProps {
  lookup: FactLookup;
  now: () => number;
  /** Asks open pages to read their settings again. */
  refreshPages: () => Promise<void>;
}

/** The options page: the whole notebook, its export, and what the fact base holds. */
export function OptionsApp({ lookup, now, refreshPages }: OptionsAppProps) {
  const entities = lookup.all();
  const curated = entities.filter((e) => e.type !== 'country').length;
  const entityName = useEntityName(lookup);
  return (
    <main class="options">
      <h1>Backstory</h1>
      <section aria-labelledby="reading-title">
        <h2 id="reading-title">Reading</h2>
        <ReaderOptions onChanged={refreshPages} />
      </section>
      <section id="tracked" aria-labelledby="tracked-title">
        <h2 id="tracked-title">Names you track</h2>
        <TrackedNames now={now} onChanged={refreshPages} />
      </section>
      <section id="notebook" aria-labelledby="notebook-title">
        <h2 id="notebook-title">Notebook</h2>
        <p>Your notes stay in this browser, in Backstory’s own storage. Web pages cannot read them.</p>
        <div class="actions">
          <ExportButton now={now} />
          <ExportButton now={now} format="md" entityName={(id) => lookup.get(id)?.name} />
          <ExportButton now={now} format="csv" entityName={(id) => lookup.get(id)?.name} />
        </div>
        <ImportForm onImported={refreshPages} />
        <NotebookView now={now} entityName={entityName} />
      </section>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">Fact base</h2>
        <p>{entities.length} entities: {curated} curated with sources, {entities.length - curated} countries and territories generated from the world-countries package.</p>
      </section>
    </main>
  );
}
