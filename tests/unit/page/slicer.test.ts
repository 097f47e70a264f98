import { describe, expect, it } from 'vitest';
import { createSlicer } from '../../../page/slicer';

describe('createSlicer', () => {
  it('yields once the budget is used, and reports the longest slice without the waits', async () => {
    let t = 0;
    const slicer = createSlicer(() => t, 8);
    t = 5;
    await slicer.tick(); // within budget: no yield, slice goes on
    t = 12;
    await slicer.tick(); // 12 ms used: yields, new slice from 12
    expect(slicer.longestSliceMs()).toBe(12);
    t = 14;
    await slicer.wait(Promise.resolve().then(() => { t = 200; })); // a message round trip
    t = 203;
    expect(slicer.longestSliceMs()).toBe(12);
    t = 230;
    expect(slicer.longestSliceMs()).toBe(30);
  });
});
