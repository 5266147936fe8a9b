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
}

/**
 * The kernel's source: `fused(cols, st, am, crit, deferred, rows, nr)` writes status, amount and
 * criteria per household and returns how many households it handed over in `deferred`. The eager
 * kernel runs every household; the lazy one only the `nr` households listed in `rows`.
 */
export function kernelSource(k: KernelParts): string {
  const cols = [
    ...[...k.hCols].map(([f, name]) => `const ${name} = cols.household[${JSON.stringify(f)}];`),
    ...[...k.mCols].map(([f, name]) => `const ${name} = cols.member[${JSON.stringify(f)}];`),
  ];
  const c = k.crit.map((_, j) => `c${j}`);
  return `
"use strict";
${Array.from({ length: k.env }, (_, i) => `const E${i} = env[${i}];`).join('\n')}
return function fused(cols, st, am, crit, deferred, rows, nr) {
  ${cols.join('\n  ')}
  const MK = cols.membersKnown;
  const OFF = cols.memberOffsets;
  const n = cols.n;
  ${k.fns.join('\n  ')}
  ${c.map((_, i) => `const C${i} = crit[${i}];`).join(' ')}
  let nd = 0;
  for (${k.eager ? 'let i = 0; i < n; i++' : 'let k = 0; k < nr; k++'}) {
  ${k.eager ? '' : 'const i = rows[k];'}
  try {
    ${k.prelude.join('\n')}
    ${k.critCode}
    ${k.crit.map((x, i) => `const c${i} = ${x}; C${i}[i] = c${i};`).join('\n      ')}
    if (${c.length ? c.map((x) => `${x} === 0`).join(' || ') : 'false'}) { st[i] = 0; am[i] = NaN; }
    else {
      // Not ineligible: decide runs the amount too, and lists missing inputs for an unknown
      // criterion or amount, which reads lookups the walk above skipped: CHECK reads them all.
      ${k.amountPrelude.join('\n')}
      ${k.amountCode}
      const a = ${k.amount};
      if (${c.length ? c.map((x) => `${x} === 1`).join(' && ') : 'true'}) {
        ${k.hasAmount ? `if (a !== a) ${k.check}` : ''}
        st[i] = 1; am[i] = a;
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
