import { useEffect, useState } from 'preact/hooks';

/**
 * False for the first paint, true soon after: work that the first view does not need (reading the
 * whole notebook for search) starts once the view is on screen. The timer dies with the component.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    const controller = new AbortController();
    // The frame after the next one has been painted; then a task, so input is not held up.
    requestAnimationFrame(() => {
      if (controller.signal.aborted) return;
      const timer = setTimeout(() => setPainted(true), 0);
      controller.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
    });
    return () => controller.abort();
  }, []);
  return painted;
}
