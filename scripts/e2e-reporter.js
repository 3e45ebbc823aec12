// A jest reporter that ends the run's output with one plain line: "<label>: N passed, N failed".
"use strict";

class ClosingLineReporter {
  constructor(_globalConfig, options = {}) {
    this.label = options.label || "tests";
  }

  onRunComplete(_contexts, results) {
    const failedSuites = results.numRuntimeErrorTestSuites;
    const suites = failedSuites ? ` (${failedSuites} suites could not run)` : "";
    const line = `${this.label}: ${results.numPassedTests} passed, ${results.numFailedTests + failedSuites} failed${suites}\n`;
    // After jest's own summary, so that it is the run's last line.
    process.once("exit", () => process.stdout.write(line));
  }
}

module.exports = ClosingLineReporter;
