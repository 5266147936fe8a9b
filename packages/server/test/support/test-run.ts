import { inject } from 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Set by global-setup.ts: where this run keeps its template databases, and the run's name for them. */
    jibsaTestRun?: { templateDir: string; runId: string };
  }
}

/** This test run's template place, or undefined when the tests run without the global setup. */
export function testRun(): { templateDir: string; runId: string } | undefined {
  try {
    return inject('jibsaTestRun');
  } catch {
    return undefined;
  }
}
