import { useCustomNames } from '../notebook/customHooks';
import type { FactLookup } from '../factbase/lookup';
import { ExportButton } from './ExportButton';
import { ImportForm } from './ImportForm';
import { importFileInWorker } from '../notebook/importInWorker';
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
  // Generated entities cite their data package as the source of their description.
  const fromPackages = new Set(['world-countries', 'states-us']);
  const generated = entities.filter((e) => fromPackages.has(e.descriptionSource)).length;
  const curated = entities.length - generated;
  const entityName = useEntityName(lookup, useCustomNames());
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
        <ImportForm importFile={importFileInWorker} onImported={refreshPages} />
        <NotebookView now={now} entityName={entityName} />
      </section>
      <section aria-labelledby="facts-title">
        <h2 id="facts-title">Fact base</h2>
        <p>{entities.length} entities: {curated} curated with sources, {generated} countries, territories, capitals and US states generated from the world-countries and states-us packages.</p>
      </section>
    </main>
  );
}
