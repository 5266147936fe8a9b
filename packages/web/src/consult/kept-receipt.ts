import type { ReceiptCenter } from './consult-api.ts';

/** What the receipt shows: the request's 접수 번호 and the center to call. No personal data. */
export interface KeptReceipt {
  readonly reference: string;
  readonly center: ReceiptCenter | null;
}

/**
 * The last receipt, kept in this tab (sessionStorage: gone when the tab closes), so a reload or a
 * phone that dropped the page shows the 접수 번호 again instead of an empty form: the number is
 * what the person is asked to quote, and it was lost with the page.
 */
const KEY = 'jibsa.consult-receipt';

export function readKeptReceipt(): KeptReceipt | null {
  try {
    const x: unknown = JSON.parse(sessionStorage.getItem(KEY) ?? 'null');
    if (!x || typeof x !== 'object') return null;
    const { reference, center } = x as Record<string, unknown>;
    if (typeof reference !== 'string' || !/^[A-Z0-9-]{1,40}$/.test(reference)) return null;
    return { reference, center: isCenter(center) ? center : null };
  } catch {
    return null;
  }
}

export function keepReceipt(receipt: KeptReceipt | null): void {
  try {
    if (receipt) sessionStorage.setItem(KEY, JSON.stringify(receipt));
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode, full): the receipt lasts as long as the page.
  }
}

function isCenter(x: unknown): x is ReceiptCenter {
  if (!x || typeof x !== 'object') return false;
  const c = x as Record<string, unknown>;
  return typeof c.name === 'string' && typeof c.phone === 'string' && typeof c.fictional === 'boolean';
}
