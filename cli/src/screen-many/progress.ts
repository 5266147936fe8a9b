/**
 * A one-line progress bar on standard error, drawn only when it is a terminal (a pipe or a log
 * file gets nothing): rows done, rows per second and time left from how far into the input we are.
 */
export function progressBar(stderr: unknown, lang: 'ko' | 'en') {
  const tty = stderr as { isTTY?: boolean; write(s: string): unknown; columns?: number };
  const started = performance.now();
  let last = 0;
  let drawn = false;
  const seconds = (s: number) =>
    s >= 90 ? `${Math.round(s / 60)}${lang === 'ko' ? '분' : ' min'}` : `${Math.ceil(s)}${lang === 'ko' ? '초' : ' s'}`;
  return {
    update(rows: number, fraction: number) {
      if (!tty.isTTY) return;
      const now = performance.now();
      if (now - last < 200) return;
      last = now;
      const elapsed = (now - started) / 1000;
      const rate = elapsed > 0 ? rows / elapsed : 0;
      const left = fraction > 0.001 ? (elapsed * (1 - fraction)) / fraction : Number.NaN;
      const width = 20;
      const filled = Math.round(Math.min(1, fraction) * width);
      const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${Math.floor(fraction * 100)}%`;
      const text =
        lang === 'ko'
          ? `${bar} ${rows.toLocaleString('ko-KR')}행 · 초당 ${Math.round(rate).toLocaleString('ko-KR')}행 · 남은 시간 ${Number.isNaN(left) ? '?' : seconds(left)}`
          : `${bar} ${rows.toLocaleString('en-US')} rows · ${Math.round(rate).toLocaleString('en-US')} rows/s · ${Number.isNaN(left) ? '?' : seconds(left)} left`;
      tty.write(`\r${text}\x1b[K`);
      drawn = true;
    },
    done() {
      if (drawn) tty.write('\r\x1b[K');
    },
  };
}
