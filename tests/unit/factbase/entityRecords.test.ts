// @vitest-environment node
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { createRecordLookup, toEntityRecords, type EntityRecords } from '../../../factbase/entityRecords';
import { createLookup } from '../../../factbase/lookup';
import type { FactBase } from '../../../factbase/types';
import { validEntity } from './entity';

const two: FactBase = { version: 1, entities: [validEntity(), validEntity({ id: 'meti', type: 'government', name: 'METI', roles: [], relations: [] })] };

test('the records give back every entity, equal and in order, as the plain lookup does', () => {
  const records = createRecordLookup(toEntityRecords(two));
  const plain = createLookup(two);
  expect(records.all()).toEqual(plain.all());
  expect(records.get('meti')).toEqual(plain.get('meti'));
  expect(records.all().map((e) => e.id)).toEqual(['yasutoshi-nishimura', 'meti']);
});

test('an entity is parsed once: the same object every time, and all() shares it', () => {
  const records = createRecordLookup(toEntityRecords(two));
  const first = records.get('meti');
  expect(records.get('meti')).toBe(first);
  expect(records.all()[1]).toBe(first);
  expect(records.all()).toBe(records.all());
});

test('ids the fact base lacks find nothing, including the names of object properties', () => {
  const records = createRecordLookup(toEntityRecords(two));
  for (const id of ['nobody', '__proto__', 'constructor', 'toString', 'hasOwnProperty', '0', '']) expect(records.get(id)).toBeUndefined();
});

test('the compiled records (npm run facts:compile) hold the same fact base as factbase.json', () => {
  const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../../../generated/${name}`, import.meta.url), 'utf8')) as T;
  const factBase = read<FactBase>('factbase.json');
  const records = createRecordLookup(read<EntityRecords>('factbase-records.json'));
  expect(records.all()).toEqual(factBase.entities);
});
