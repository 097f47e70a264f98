import { describe, expect, it } from 'vitest';
import { MatchCache } from '../../../page/matchCache';
import type { Spotter } from '../../../spotter/spotter';
import { localSpotter } from '../../../spotter/spotter';
import { matcher } from '../spotter/fixtures';

/** A spotter that records every batch it is asked for. */
function recording(epochs: string[] = []): { spotter: Spotter; sent: string[][] } {
  const sent: string[][] = [];
  const inner = localSpotter(matcher);
  return {
    sent,
    spotter: {
      async spot(texts) {
        sent.push([...texts]);
        const batch = await inner.spot(texts);
        return { ...batch, epoch: epochs.shift() ?? batch.epoch };
      },
    },
  };
}

describe('MatchCache', () => {
  it('sends each distinct text once, and only new texts on the next pass', async () => {
    const { spotter, sent } = recording();
    const cache = new MatchCache(spotter);
    const first = await cache.fill(['Gina Raimondo spoke.', 'Japan replied.', 'Japan replied.']);
    expect(sent).toEqual([['Gina Raimondo spoke.', 'Japan replied.']]);
    expect(first.map((m) => m.length)).toEqual([1, 1, 1]);
    expect([...cache.entities.values()].map((e) => e.id).sort()).toEqual(['country-jpn', 'gina-raimondo']);

    const second = await cache.fill(['Gina Raimondo spoke.', 'Japan replied.', 'A new post on Rapidus.']);
    expect(sent[1]).toEqual(['A new post on Rapidus.']);
    expect(cache.lastSent).toBe(1);
    // Cached and new texts alike come back with their matches, in the order asked.
    expect(second.map((ms) => ms.map((m) => [m.start, m.end]))).toEqual([[[0, 13]], [[0, 5]], [[14, 21]]]);
  });

  it('drops every cached match when the index changes, and matches everything again', async () => {
    const { spotter, sent } = recording(['a', 'b', 'b']);
    const cache = new MatchCache(spotter);
    await cache.fill(['Japan replied.']);
    const matches = await cache.fill(['Japan replied.', 'Rapidus.']);
    expect(sent).toEqual([['Japan replied.'], ['Rapidus.'], ['Japan replied.', 'Rapidus.']]);
    expect(matches.map((m) => m.length)).toEqual([1, 1]);
  });

  it('asks for the epoch with an empty batch when told to recheck, and refills only if it changed', async () => {
    const { spotter, sent } = recording(['a', 'a', 'b', 'b']);
    const cache = new MatchCache(spotter);
    await cache.fill(['Japan replied.']);
    await cache.fill(['Japan replied.']);
    expect(sent).toEqual([['Japan replied.']]); // all cached, no recheck asked: nothing sent
    cache.recheckEpoch();
    await cache.fill(['Japan replied.']);
    expect(sent).toEqual([['Japan replied.'], []]); // same epoch 'a': the cache stands
    cache.recheckEpoch();
    await cache.fill(['Japan replied.']);
    expect(sent).toEqual([['Japan replied.'], [], [], ['Japan replied.']]); // epoch 'b': everything again
    await cache.fill(['Japan replied.']);
    expect(sent).toHaveLength(4); // the recheck was used up
  });

  it('when full, drops only the texts no longer on the page, and still answers every text', async () => {
    const { spotter, sent } = recording();
    const cache = new MatchCache(spotter);
    const long = (i: number) => `Japan, part ${i}. ${'x'.repeat(600_000)}`;
    const sentBy = async (texts: string[]) => {
      const before = sent.length;
      const matches = await cache.fill(texts);
      return { matches, sent: sent.slice(before).flat().map((t) => t.slice(0, 14)) };
    };
    await sentBy([long(1), long(2), long(3)]);
    // A fourth long text passes the 2M-character cap: parts 2 and 3 left the page and are dropped.
    const fourth = await sentBy([long(1), long(4)]);
    expect(fourth.matches.map((m) => m.length)).toEqual([1, 1]);
    expect(fourth.sent).toEqual(['Japan, part 4.']);
    // Part 2 is matched again when it comes back; part 1 never left.
    expect((await sentBy([long(1), long(2)])).sent).toEqual(['Japan, part 2.']);
  });

  it('a page longer than the cap keeps its own texts: a new post costs its own length', async () => {
    const { spotter, sent } = recording();
    const cache = new MatchCache(spotter);
    const page = Array.from({ length: 5 }, (_, i) => `Japan, part ${i}. ${'x'.repeat(600_000)}`);
    await cache.fill(page);
    await cache.fill([...page, 'A new post on Rapidus.']);
    expect(sent.at(-1)).toEqual(['A new post on Rapidus.']);
  });

  it('splits a long page into batches and yields between them', async () => {
    const { spotter, sent } = recording();
    const cache = new MatchCache(spotter);
    const texts = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} about Japan. ${'x'.repeat(1000)}`);
    let ticks = 0;
    let waits = 0;
    await cache.fill(texts, {
      tick: async () => { ticks++; },
      wait: <T,>(p: Promise<T>) => { waits++; return p; },
      longestSliceMs: () => 0,
    });
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.flat()).toEqual(texts);
    // One tick per text looked up, then one per batch sent.
    expect(ticks).toBe(texts.length + sent.length);
    expect(waits).toBe(sent.length);
  });

  it('looks texts up in slices: a 5 MB page is not hashed in one task', async () => {
    const { spotter, sent } = recording();
    const cache = new MatchCache(spotter);
    const texts = Array.from({ length: 50 }, (_, i) => `Paragraph ${i % 40} about Japan.`);
    const sentAtTick: number[] = [];
    await cache.fill(texts, { tick: async () => { sentAtTick.push(sent.length); }, wait: (p) => p, longestSliceMs: () => 0 });
    // Every text gets its own chance to yield before the first batch goes out; repeats are sent once.
    expect(sentAtTick.slice(0, texts.length)).toEqual(texts.map(() => 0));
    expect(sent).toEqual([texts.slice(0, 40)]);
  });
});
