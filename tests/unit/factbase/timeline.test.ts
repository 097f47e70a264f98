import { describe, expect, it } from 'vitest';
import { asOf, datedFacts, dayBounds, formatDate, heldOn, openRoles } from '../../../factbase/timeline';
import type { Role } from '../../../factbase/types';
import { validEntity } from './entity';

const METI: Role = { title: 'Minister of Economy, Trade and Industry', org: 'meti', start: '2022-08-10', end: '2023-12-14', source: 's' };
const LATER: Role = { title: 'Chair', start: '2024-03-01', source: 's' };
const EARLIER: Role = { title: 'Deputy', start: '2019', end: '2021-09', source: 's' };

describe('dayBounds', () => {
  it('spans the whole month or year a partial date may mean', () => {
    expect(dayBounds('2023-01-06')).toEqual({ first: '2023-01-06', last: '2023-01-06' });
    expect(dayBounds('2023-12')).toEqual({ first: '2023-12-01', last: '2023-12-31' });
    expect(dayBounds('2023-04')).toEqual({ first: '2023-04-01', last: '2023-04-30' });
    expect(dayBounds('2023-02')).toEqual({ first: '2023-02-01', last: '2023-02-28' });
    expect(dayBounds('2024-02')).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(dayBounds('2015')).toEqual({ first: '2015-01-01', last: '2015-12-31' });
  });
});

describe('heldOn', () => {
  it('holds within the span, including its first and last day', () => {
    expect(heldOn(METI, '2023-01-06')).toBe(true);
    expect(heldOn(METI, '2022-08-10')).toBe(true);
    expect(heldOn(METI, '2023-12-14')).toBe(true);
    expect(heldOn(METI, '2022-08-09')).toBe(false);
    expect(heldOn(METI, '2023-12-15')).toBe(false);
  });

  it('holds only when certain for partial dates', () => {
    expect(heldOn({ start: '2023' }, '2023-06-01')).toBe(false);
    expect(heldOn({ start: '2023' }, '2024-01-01')).toBe(true);
    expect(heldOn({ end: '2021-09' }, '2021-09-01')).toBe(true);
    expect(heldOn({ end: '2021-09' }, '2021-09-02')).toBe(false);
    expect(heldOn({}, '1999-01-01')).toBe(true);
  });
});

describe('asOf', () => {
  it('shows a role held on the day and when it ended since', () => {
    expect(asOf([METI], '2023-01-06')).toEqual({ then: [METI], since: [{ item: METI, change: 'ended', on: '2023-12-14' }] });
  });

  it('shows a role starting later as began, and leaves out one that ended before', () => {
    expect(asOf([LATER, METI, EARLIER], '2023-01-06')).toEqual({
      then: [METI],
      since: [
        { item: METI, change: 'ended', on: '2023-12-14' },
        { item: LATER, change: 'began', on: '2024-03-01' },
      ],
    });
  });

  it('keeps an open role in then without a change', () => {
    expect(asOf([LATER], '2025-01-01')).toEqual({ then: [LATER], since: [] });
  });

  it('sorts changes by date', () => {
    const a = { start: '2023-05-01' };
    const b = { start: '2023-02-01' };
    const c = { start: '2020-01-01', end: '2023-03-01' };
    expect(asOf([a, b, c], '2023-01-01').since.map((s) => s.on)).toEqual(['2023-02-01', '2023-03-01', '2023-05-01']);
  });
});

describe('openRoles and datedFacts', () => {
  it('picks roles without an end and facts with a date', () => {
    const e = validEntity({
      roles: [METI, LATER],
      facts: [{ label: 'Born', value: '1962', source: 's' }, { label: 'CEO', value: 'X', start: '2017-05-08', source: 's' }],
    });
    expect(openRoles(e)).toEqual([LATER]);
    expect(datedFacts(e).map((f) => f.label)).toEqual(['CEO']);
    expect(openRoles(validEntity({ roles: undefined }))).toEqual([]);
  });
});

describe('formatDate', () => {
  it('formats full, month and year dates', () => {
    expect(formatDate('2023-01-06')).toBe('6 Jan 2023');
    expect(formatDate('2023-12-14')).toBe('14 Dec 2023');
    expect(formatDate('2023-09')).toBe('Sep 2023');
    expect(formatDate('2015')).toBe('2015');
  });
});
