import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { factStats } from '../../factbase/stats';
import { openRoles } from '../../factbase/timeline';
import { createEntitySearch, toEntityDoc } from '../../search/entitySearch';
import { loadFactBase } from './load';

const USAGE = `usage: npm run facts -- stats | lookup "<name>" | check`;
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const [command, ...rest] = process.argv.slice(2);
const { entities, errors } = loadFactBase(join(root, 'data'));

if (command === 'check' || errors.length > 0) {
  for (const e of errors) console.error(`${e.file}: ${e.entry}: ${e.message}`);
  if (errors.length > 0) {
    console.error(`fact base: ${errors.length} error(s)`);
    process.exit(1);
  }
  console.log(`fact base: ${entities.length} entities, no errors`);
} else if (command === 'stats') {
  console.log(JSON.stringify(factStats(entities)));
} else if (command === 'lookup' && rest.length > 0) {
  const search = createEntitySearch(entities.map(toEntityDoc));
  const byId = new Map(entities.map((e) => [e.id, e]));
  const hits = search(rest.join(' '), 10).map(({ doc, score }) => {
    const e = byId.get(doc.id)!;
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      score: Number(score.toFixed(3)),
      description: e.description,
      aliases: (e.aliases ?? []).map((a) => a.text),
      roles: (e.roles ?? []).map((r) => `${r.title}, ${r.start} to ${r.end ?? (openRoles(e).includes(r) ? 'present' : '?')}`),
    };
  });
  console.log(JSON.stringify(hits, null, 2));
  if (hits.length === 0) process.exitCode = 1;
} else {
  console.error(USAGE);
  process.exit(2);
}
