/**
 * Whether the engine may generate code with `new Function`. A page whose Content-Security-Policy
 * forbids eval turns it off once at start: a refused `new Function` is caught, but the browser
 * still reports a CSP violation for every try. Code with a plain fallback (the validated-record
 * makers, the compiled decide, the COPY field reader) then takes the fallback; the batch kernels
 * have none and are not meant for such pages.
 */
let allowed = true;

export function forbidCodeGeneration(): void {
  allowed = false;
}

export function codeGenerationAllowed(): boolean {
  return allowed;
}
