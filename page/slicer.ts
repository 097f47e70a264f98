/** Yields to the page between slices of work so no task of ours runs long. */
export interface Slicer {
  /** Awaits a yield when the current slice has used its budget. */
  tick(): Promise<void>;
  /** Awaits something that is not our work (a message round trip); the wait is not counted. */
  wait<T>(p: Promise<T>): Promise<T>;
  /** The longest stretch of our work between two yields so far, in ms (the bench reports it). */
  longestSliceMs(): number;
}

type SchedulerLike = { yield?: () => Promise<void> };

export function createSlicer(now: () => number, budgetMs = 8): Slicer {
  let sliceStart = now();
  let longest = 0;
  const yieldToPage = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    async tick() {
      const used = now() - sliceStart;
      longest = Math.max(longest, used);
      if (used < budgetMs) return;
      await yieldToPage();
      sliceStart = now();
    },
    async wait(p) {
      longest = Math.max(longest, now() - sliceStart);
      try { return await p; } finally { sliceStart = now(); }
    },
    longestSliceMs: () => Math.max(longest, now() - sliceStart),
  };
}
