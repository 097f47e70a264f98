/** Yields to the page between slices of work so no task of ours runs long. */
export interface Slicer {
  /** Awaits a yield when the current slice has used its budget. */
  tick(): Promise<void>;
}

type SchedulerLike = { yield?: () => Promise<void> };

export function createSlicer(now: () => number, budgetMs = 8): Slicer {
  let sliceStart = now();
  const yieldToPage = (): Promise<void> => {
    const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
    if (scheduler?.yield) return scheduler.yield();
    return new Promise((resolve) => setTimeout(resolve, 0));
  };
  return {
    async tick() {
      if (now() - sliceStart < budgetMs) return;
      await yieldToPage();
      sliceStart = now();
    },
  };
}
