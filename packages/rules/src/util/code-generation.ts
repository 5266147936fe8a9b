/**
 * Whether the engine may generate code with `new Function`. A page whose Content-Security-Policy
 * forbids eval turns it off once at start: a refused `new Function` is caught, but the browser
 * still reports a CSP violation for every try. Code with a plain fallback (the validated-record
 * makers, the compiled decide, the COPY field reader) makes its functions through
 * `generatedFunction` and takes the fallback; the batch kernels have none and are not meant for
 * such pages.
 */
let allowed = true;

export function forbidCodeGeneration(): void {
  allowed = false;
}

// biome-ignore lint/complexity/noBannedTypes: what new Function makes; each caller states its signature.
type Generated = Function;

/**
 * `new Function(...params, body)`, or null where generating code is forbidden (above) or refused
 * (a Content-Security-Policy without 'unsafe-eval'): the caller then takes its plain path.
 */
export function generatedFunction(params: readonly string[], body: string): Generated | null {
  if (!allowed) return null;
  try {
    return new Function(...params, body);
  } catch {
    return null;
  }
}
