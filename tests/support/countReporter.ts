import type { Reporter, TestModule } from 'vitest/node';

/** Ends a run with the plain "label: N passed, N failed, N skipped" line that CI reads. */
export default class CountReporter implements Reporter {
  constructor(private readonly label = 'tests') {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const mod of modules) {
      // A file whose hooks failed (e.g. the end-of-file check for Backstory network requests) counts as one failure.
      if (mod.state() === 'failed' && ![...mod.children.allTests()].some((t) => t.result().state === 'failed')) counts.failed++;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
    }
    console.log(`\n${this.label}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
