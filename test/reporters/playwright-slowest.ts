import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';
import { slowestTable, type Timed } from './slowest.js';

/** Prints the ten slowest end-to-end tests at the end of every run. */
export default class SlowestTestsReporter implements Reporter {
  private readonly tests: Timed[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    this.tests.push({ name: `${test.location.file.split('/test/e2e/')[1] ?? test.location.file} › ${test.title}`, durationMs: result.duration, timeoutMs: test.timeout });
  }

  onEnd(_result: FullResult): void {
    process.stdout.write(slowestTable('end-to-end', this.tests));
  }

  printsToStdio(): boolean {
    return false;
  }
}
