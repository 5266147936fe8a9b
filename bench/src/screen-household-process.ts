import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { screenHousehold } from '@jibsa/programs';
import { preparedHouseholds } from './prepared-households.ts';

/**
 * `screenHousehold` timed in a process of its own, as a server or the self-check runs it: after the
 * engine section's batch work (200,000 households, generated kernels), the same loop ran about
 * twice as slow for the whole process in roughly one run in five, which made the row a coin toss.
 * Slow phases still come in a fresh process; they hit memory-bound code only, one of two processes
 * run side by side, and can start or end midway, so they are the shared machine's
 * (docs/http-screen-performance.md): the median of seven rounds is what this row can do about them.
 * Median of 7 rounds of the 2,000 households the engine section screens, after one warm-up round.
 */
export function screenHouseholdInOwnProcess(date: string): { micros: number; rounds: number[] } {
  const run = spawnSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', date], {
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`screenHousehold process failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() as string);
}

function measure(date: string): { micros: number; rounds: number[] } {
  const K = 2000;
  const hs = preparedHouseholds(K, date);
  const round = () => {
    const t0 = performance.now();
    for (let i = 0; i < K; i++) screenHousehold(hs[i], { date });
    return ((performance.now() - t0) / K) * 1000;
  };
  round();
  const rounds = Array.from({ length: 7 }, round);
  return { micros: [...rounds].sort((a, b) => a - b)[3] as number, rounds };
}

if (process.argv[2] === '--child') console.log(JSON.stringify(measure(process.argv[3] as string)));
