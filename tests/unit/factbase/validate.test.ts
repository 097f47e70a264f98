import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../factbase/types';
import { compareDates } from '../../../factbase/timeline';
import { aliasKey, isPartialDate, validateAll, validateEntity, type FactError } from '../../../factbase/validate';
import { bare, validEntity } from './entity';

const FILE = 'data/entities/yasutoshi-nishimura.json';
const entries = (errors: readonly FactError[]): string[] => errors.map((e) => e.entry);
const check = (overrides: Partial<Entity> | Record<string, unknown>): FactError[] =>
  validateEntity(FILE, { ...validEntity(), ...overrides });

describe('isPartialDate and compareDates', () => {
  it('accepts YYYY, YYYY-MM and YYYY-MM-DD only', () => {
    for (const ok of ['2023', '2023-05', '2023-05-06', '2024-02-29', '2023-12-31']) expect(isPartialDate(ok), ok).toBe(true);
    for (const bad of ['23', '2023-5', '2023-5-6', '2023/05/06', '2023-13', '2023-00', '2023-05-32', '2023-05-00', '2023-05-06T00:00', ' 2023', 2023, null]) {
      expect(isPartialDate(bad), String(bad)).toBe(false);
    }
  });

  it('rejects calendar days that do not exist', () => {
    expect(isPartialDate('2023-02-30')).toBe(false);
    expect(isPartialDate('2023-04-31')).toBe(false);
    expect(isPartialDate('2023-02-29')).toBe(false);
  });

  it('orders full dates', () => {
    expect(compareDates('2022-08-10', '2023-12-14')).toBeLessThan(0);
    expect(compareDates('2023-12-14', '2022-08-10')).toBeGreaterThan(0);
    expect(compareDates('2023-01-06', '2023-01-06')).toBe(0);
  });

  it('compares partial dates by their earliest possible day, as documented', () => {
    expect(compareDates('2023', '2023-01-01')).toBe(0);
    expect(compareDates('2023-01', '2023')).toBe(0);
    expect(compareDates('2023-02', '2023')).toBeGreaterThan(0);
  });
});

describe('validateEntity', () => {
  it('accepts a well-formed entity', () => {
    expect(validateEntity(FILE, validEntity())).toEqual([]);
  });

  it('rejects anything but one object', () => {
    for (const raw of [null, [], 'x', 3]) {
      expect(validateEntity(FILE, raw)).toEqual([{ file: FILE, entry: '(root)', message: 'an entity file holds one JSON object' }]);
    }
  });

  it('checks id, type, name, description and sources', () => {
    expect(entries(check({ id: 'Yasutoshi_Nishimura' }))).toEqual(['id']);
    expect(entries(check({ type: 'politician' }))).toEqual(['type']);
    expect(entries(check({ name: '  ' }))).toEqual(['name']);
    expect(entries(check({ description: '' }))).toEqual(['description']);
    expect(check({ sources: {}, roles: [], facts: [], relations: [] })).toEqual([
      { file: FILE, entry: 'sources', message: 'no sources' },
      { file: FILE, entry: 'description', message: 'has no source (names "kyodo-profile")' },
    ]);
  });

  it('reports a start after the end', () => {
    const roles = [{ title: 'Minister', start: '2023-12-14', end: '2022-08-10', source: 'kyodo-profile' }];
    expect(check({ roles })).toEqual([
      { file: FILE, entry: 'roles[0]', message: 'starts (2023-12-14) after it ends (2022-08-10)' },
    ]);
    const relations = [{ type: 'member_of', target: 'x', start: '2020', end: '2019-06', source: 'kyodo-profile' }];
    expect(entries(check({ relations }))).toEqual(['relations[0]']);
  });

  it('accepts a span whose partial end covers its start', () => {
    expect(check({ roles: [{ title: 'Minister', start: '2023-06-15', end: '2023-06', source: 'kyodo-profile' }] })).toEqual([]);
    expect(check({ facts: [{ label: 'L', value: 'V', start: '2023-01', end: '2023', source: 'kyodo-profile' }] })).toEqual([]);
  });

  it('reports a role, fact or relation without a source', () => {
    expect(check({ roles: [{ title: 'Minister', start: '2022' }] })).toEqual([
      { file: FILE, entry: 'roles[0]', message: 'has no source (names "undefined")' },
    ]);
    expect(check({ facts: [{ label: 'Born', value: '1962', source: 'wikipedia' }] })).toEqual([
      { file: FILE, entry: 'facts[0]', message: 'has no source (names "wikipedia")' },
    ]);
    expect(entries(check({ relations: [{ type: 'member_of', target: 'x', source: 'nope' }] }))).toEqual(['relations[0]']);
    expect(entries(check({ descriptionSource: 'nope' }))).toEqual(['description']);
  });

  it('checks a role\'s currentSource, and only on an open role', () => {
    const role = { title: 'Minister', start: '2022', source: 'kyodo-profile' };
    expect(check({ roles: [{ ...role, currentSource: 'meti-2022-08-10' }] })).toEqual([]);
    expect(entries(check({ roles: [{ ...role, currentSource: 'nope' }] }))).toEqual(['roles[0].currentSource']);
    expect(check({ roles: [{ ...role, currentSource: 'kyodo-profile' }] })).toEqual([
      { file: FILE, entry: 'roles[0].currentSource', message: 'names a source without a published date, which cannot say when the role was still held' },
    ]);
    expect(check({ roles: [{ ...role, end: '2023', currentSource: 'meti-2022-08-10' }] })).toEqual([
      { file: FILE, entry: 'roles[0].currentSource', message: 'only an open role (no end) can have one' },
    ]);
  });

  it('does not take inherited object keys for source keys', () => {
    expect(entries(check({ facts: [{ label: 'Born', value: '1962', source: 'constructor' }] }))).toEqual(['facts[0]']);
    expect(entries(check({ descriptionSource: 'toString' }))).toEqual(['description']);
  });

  it('requires http(s) source addresses', () => {
    for (const url of ['javascript:alert(1)', 'ftp://example.org/x', 'www.meti.go.jp', '', 'data:text/html,hi']) {
      const sources = { ...validEntity().sources, bad: { url, title: 'T', checked: '2026-11-22' } };
      expect(check({ sources }), url).toEqual([{ file: FILE, entry: 'sources.bad.url', message: 'needs an http(s) address' }]);
    }
    const sources = { ...validEntity().sources, ok: { url: 'http://example.org/', title: 'T', checked: '2026-11-22' } };
    expect(check({ sources })).toEqual([]);
  });

  it('checks source titles and dates', () => {
    const sources = { k: { url: 'https://example.org/', title: '', checked: 'yesterday', published: '6 Jan 2023' } };
    expect(entries(check({ sources, descriptionSource: 'k', roles: [], facts: [], relations: [] }))).toEqual([
      'sources.k.title', 'sources.k.checked', 'sources.k.published',
    ]);
  });

  it('reports invalid and missing dates on roles and facts', () => {
    expect(check({ roles: [{ title: 'M', start: '2023-13-01', end: '2024', source: 'kyodo-profile' }] })).toEqual([
      { file: FILE, entry: 'roles[0].start', message: '"2023-13-01" is not a date' },
    ]);
    expect(entries(check({ roles: [{ title: 'M', source: 'kyodo-profile' }] }))).toEqual(['roles[0].start']);
    expect(entries(check({ facts: [{ label: 'L', value: 'V', end: '06/01/2023', source: 'kyodo-profile' }] }))).toEqual(['facts[0].end']);
    // A fact may go undated.
    expect(check({ facts: [{ label: 'L', value: 'V', source: 'kyodo-profile' }] })).toEqual([]);
  });

  it('checks aliases, role titles, fact shape and relation types', () => {
    expect(entries(check({ aliases: [{ text: ' ' }, { text: 'N', kind: 'nickname' }] }))).toEqual(['aliases[0]', 'aliases[1]']);
    expect(entries(check({ roles: [{ title: '', start: '2022', source: 'kyodo-profile' }] }))).toEqual(['roles[0]']);
    expect(entries(check({ facts: [{ label: 'Born', value: 1962, source: 'kyodo-profile' }] }))).toEqual(['facts[0]']);
    expect(check({ relations: [{ type: 'friend_of', target: 'x', source: 'kyodo-profile' }] })).toEqual([
      { file: FILE, entry: 'relations[0]', message: 'unknown relation "friend_of"' },
    ]);
  });

  it('reports an alias whose requires is not a list of ids', () => {
    expect(entries(check({ aliases: [{ text: 'Commerce', requires: 'country-usa' }] }))).toEqual(['aliases[0].requires']);
  });
});

describe('aliasKey', () => {
  it('folds case, width and whitespace', () => {
    expect(aliasKey('  Gina\u00a0 RAIMONDO ')).toBe('gina raimondo');
    expect(aliasKey('ＭＥＴＩ')).toBe('meti');
  });
});

type Item = { file: string; entity: Entity };
const item = (entity: Entity): Item => ({ file: `data/entities/${entity.id}.json`, entity });

describe('validateAll', () => {
  const meti = bare('meti', 'Ministry of Economy, Trade and Industry', { aliases: [{ text: 'METI', kind: 'acronym' }] });
  const ldp = bare('liberal-democratic-party', 'Liberal Democratic Party');

  it('accepts entities that point at each other', () => {
    expect(validateAll([item(validEntity()), item(meti), item(ldp)])).toEqual([]);
  });

  it('reports a duplicate id', () => {
    expect(validateAll([item(meti), { file: 'data/entities/meti2.json', entity: bare('meti', 'METI office') }])).toEqual([
      { file: 'data/entities/meti2.json', entry: 'id', message: 'duplicate id "meti" (also in data/entities/meti.json)' },
    ]);
  });

  it('reports a dangling role org, relation target and requires', () => {
    const errors = validateAll([item(validEntity({ aliases: [{ text: 'Nishimura', requires: ['meti-x'] }] }))]);
    expect(errors.map((e) => [e.entry, e.message])).toEqual([
      ['roles[0].org', 'points at unknown entity "meti"'],
      ['relations[0].target', 'points at unknown entity "liberal-democratic-party"'],
      ['aliases[0].requires[0]', 'points at unknown entity "meti-x"'],
    ]);
  });

  it('reports an alias shared by two entities without a rule, whatever its case and spacing', () => {
    const a = bare('washington-dc', 'Washington, D.C.', { aliases: [{ text: 'Washington' }] });
    const b = bare('washington-state', 'Washington State', { aliases: [{ text: 'WASHINGTON' }] });
    expect(validateAll([item(a), item(b)])).toEqual([
      {
        file: 'data/entities/washington-state.json',
        entry: 'aliases[0]',
        message: 'alias "WASHINGTON" is also used by "washington-dc" (data/entities/washington-dc.json) without a disambiguation rule',
      },
    ]);
    expect(entries(validateAll([item(bare('a', 'Gina  Raimondo')), item(bare('b', 'gina raimondo'))]))).toEqual(['name']);
  });

  it('allows a shared alias when either side is a short form or has requires', () => {
    const city = bare('austin-texas', 'Austin');
    const person = bare('lloyd-austin', 'Lloyd Austin', { aliases: [{ text: 'Austin', kind: 'short' }] });
    expect(validateAll([item(city), item(person)])).toEqual([]);
    expect(validateAll([item(person), item(city)])).toEqual([]);
    const usa = bare('country-usa', 'United States');
    const doc = bare('us-department-of-commerce', 'Department of Commerce', { aliases: [{ text: 'Commerce', requires: ['country-usa'] }] });
    const other = bare('commerce-ga', 'Commerce');
    expect(validateAll([item(usa), item(doc), item(other)])).toEqual([]);
  });

  it('still reports two unruled owners when a ruled owner came first', () => {
    const person = bare('lloyd-austin', 'Lloyd Austin', { aliases: [{ text: 'Austin', kind: 'short' }] });
    const city = bare('austin-texas', 'Austin');
    const band = bare('austin-band', 'Austin Band', { aliases: [{ text: 'Austin' }] });
    expect(validateAll([item(person), item(city), item(band)]).map((e) => [e.file, e.entry])).toEqual([
      ['data/entities/austin-band.json', 'aliases[0]'],
    ]);
  });

  it('keeps acronyms case-exact and tickers apart from names', () => {
    const ibm = bare('ibm', 'IBM Corporation', { aliases: [{ text: 'IBM', kind: 'acronym' }, { text: 'IBM', kind: 'ticker' }] });
    const other = bare('ibm-band', 'Ibm');
    expect(validateAll([item(ibm), item(other)])).toEqual([]);
    const twin = bare('ibm-2', 'Other', { aliases: [{ text: 'IBM', kind: 'ticker' }] });
    expect(entries(validateAll([item(ibm), item(twin)]))).toEqual(['aliases[0]']);
  });

  it('lets one entity repeat its own name as an alias', () => {
    expect(validateAll([item(bare('rapidus', 'Rapidus', { aliases: [{ text: 'Rapidus' }, { text: 'RAPIDUS' }] }))])).toEqual([]);
  });
});
