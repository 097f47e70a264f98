import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toEntityRecords } from '../../factbase/entityRecords';
import { toSpotterIndex } from '../../factbase/spotterIndex';
import type { FactBase } from '../../factbase/types';
import { loadFactBase } from './load';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { entities, errors, dropped } = loadFactBase(join(root, 'data'));
if (errors.length > 0) {
  for (const e of errors) console.error(`${e.file}: ${e.entry}: ${e.message}`);
  console.error(`fact base: ${errors.length} error(s); nothing was written.`);
  process.exit(1);
}
const out = join(root, 'generated');
mkdirSync(out, { recursive: true });
const factBase: FactBase = { version: 1, entities };
writeFileSync(join(out, 'factbase.json'), JSON.stringify(factBase));
// The same, one JSON text per entity: what the extension's pages load (see factbase/entityRecords.ts).
writeFileSync(join(out, 'factbase-records.json'), JSON.stringify(toEntityRecords(factBase)));
writeFileSync(join(out, 'spotter-index.json'), JSON.stringify(toSpotterIndex(entities)));
console.log(`fact base: ${entities.length} entities compiled into generated/ (${dropped.length} generated country names left out: shared by several territories, or given to a capital)`);
