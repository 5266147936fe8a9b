/** What the fused compiler hands over to be written out as one kernel's source. */
export interface KernelParts {
  readonly env: number;
  readonly hCols: ReadonlyMap<string, string>;
  readonly mCols: ReadonlyMap<string, string>;
  readonly fns: readonly string[];
  readonly eager: boolean;
  readonly prelude: readonly string[];
  /** Variables first needed by the amount (or the lookup check): run only for households not ineligible. */
  readonly amountPrelude: readonly string[];
  readonly critCode: string;
  readonly crit: readonly string[];
  readonly amountCode: string;
  readonly amount: string;
  readonly hasAmount: boolean;
  /** Statements that read every lookup (or a call to them): a miss defers the household. */
  readonly check: string;
  /** The member pass (fused-members.ts): run first in the row. */
  readonly members: string;
  /** A catalog kernel: the shared variable columns it reads (else a kernel of its own). */
  readonly shared: readonly number[] | null;
}

const constants = (n: number) => Array.from({ length: n }, (_, i) => `const E${i} = env[${i}];`).join(' ');

function columnReads(hCols: ReadonlyMap<string, string>, mCols: ReadonlyMap<string, string>): string[] {
  return [
    ...[...hCols].map(([f, name]) => `const ${name} = cols.household[${JSON.stringify(f)}];`),
    ...[...mCols].map(([f, name]) => `const ${name} = cols.member[${JSON.stringify(f)}];`),
  ];
}

/**
 * The kernel's source: `fused(cols, st, am, crit, deferred, rows, nr)` writes status, amount and
 * criteria per household and returns how many households it handed over in `deferred`. The eager
 * kernel runs every household; the lazy one only the `nr` households listed in `rows`.
 */
export function kernelSource(k: KernelParts): string {
  const cols = columnReads(k.hCols, k.mCols);
  const c = k.crit.map((_, j) => `c${j}`);
  // A catalog kernel: `fused(cols, st, am, crit, deferred, nd, a, b, S, BAD)` runs households
  // a … b-1 (a chunk), reads shared variables from S (row i - a) and hands over BAD households.
  const head = k.shared
    ? `function fused(cols, st, am, crit, deferred, nd, a, b, S, BAD) {
  ${k.shared.map((x) => `const S${x} = S[${x}];`).join(' ')}`
    : 'function fused(cols, st, am, crit, deferred, rows, nr) {\n  let nd = 0;';
  const loop = k.shared
    ? 'let i = a; i < b; i++) { const r = i - a; if (BAD[r] === 1) { deferred[nd++] = i; continue; }'
    : k.eager
      ? 'let i = 0; i < n; i++) {'
      : 'let k = 0; k < nr; k++) { const i = rows[k];';
  return `
"use strict";
return ${head}
  ${constants(k.env)}
  ${cols.join('\n  ')}
  const MK = cols.membersKnown;
  const OFF = cols.memberOffsets;
  const n = cols.n;
  ${k.fns.join('\n  ')}
  ${c.map((_, i) => `const C${i} = crit[${i}];`).join(' ')}
  for (${loop}
  try {
    ${k.members}
    ${k.prelude.join('\n')}
    ${k.critCode}
    ${k.crit.map((x, i) => `const c${i} = ${x}; C${i}[i] = c${i};`).join('\n      ')}
    if (${c.length ? c.map((x) => `${x} === 0`).join(' || ') : 'false'}) { st[i] = 0; am[i] = NaN; }
    else {
      // Not ineligible: decide runs the amount too, and lists missing inputs for an unknown
      // criterion or amount, which reads lookups the walk above skipped: CHECK reads them all.
      ${k.amountPrelude.join('\n')}
      ${k.amountCode}
      const amt = ${k.amount};
      if (${c.length ? c.map((x) => `${x} === 1`).join(' && ') : 'true'}) {
        ${k.hasAmount ? `if (amt !== amt) ${k.check}` : ''}
        st[i] = 1; am[i] = amt;
      } else { ${k.check} st[i] = -1; am[i] = NaN; }
    }
  } catch (e) {
    if (e !== DEFER) throw e;
    deferred[nd++] = i;
  }
  }
  return nd;
};`;
}

/**
 * The catalog's shared kernel: `shared(cols, S, BAD, a, b)` writes each shared variable of
 * households a … b-1 into its column S[k] (row i - a), and BAD[i - a] = 1 where a lookup failed.
 */
export function sharedSource(k: {
  readonly env: number;
  readonly hCols: ReadonlyMap<string, string>;
  readonly mCols: ReadonlyMap<string, string>;
  readonly fns: readonly string[];
  readonly prelude: readonly string[];
  readonly members: string;
  readonly values: ReadonlyArray<{ readonly code: string; readonly value: string }>;
}): string {
  return `
"use strict";
return function shared(cols, S, BAD, a, b) {
  ${constants(k.env)}
  ${columnReads(k.hCols, k.mCols).join('\n  ')}
  const MK = cols.membersKnown;
  const OFF = cols.memberOffsets;
  ${k.fns.join('\n  ')}
  ${k.values.map((_, x) => `const S${x} = S[${x}];`).join(' ')}
  for (let i = a; i < b; i++) {
    const r = i - a;
    try {
      ${k.members}
      ${k.prelude.join('\n')}
      ${k.values.map((v, x) => `${v.code}\nS${x}[r] = ${v.value};`).join('\n')}
      BAD[r] = 0;
    } catch (e) {
      if (e !== DEFER) throw e;
      BAD[r] = 1;
    }
  }
};`;
}
