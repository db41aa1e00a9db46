import type { Reporter, TestModule } from 'vitest/node';
import { slowestTable, type Timed } from './slowest.js';

/** Prints the ten slowest vitest tests at the end of every run. */
export default class SlowestTestsReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const tests: Timed[] = [];
    for (const mod of modules) {
      for (const test of mod.children.allTests()) {
        const d = test.diagnostic();
        if (!d) continue;
        tests.push({ name: `${mod.relativeModuleId} › ${test.fullName}`, durationMs: d.duration, timeoutMs: test.options.timeout ?? 0 });
      }
    }
    process.stdout.write(slowestTable('vitest', tests));
  }
}
