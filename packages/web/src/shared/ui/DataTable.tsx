import { formatNumber } from '@jibsa/rules';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';

export interface Column<R> {
  readonly key: string;
  readonly header: string;
  readonly cell: (row: R) => ReactNode;
  /** The column that names the row (a row header for screen readers). */
  readonly rowHeader?: boolean;
  readonly className?: string;
}

/**
 * Whether the wrapper scrolls sideways (its table is wider than it): only then is it a region the
 * keyboard can reach and scroll, named by the caption; a table that fits adds no tab stop.
 */
function useScrollsSideways() {
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(false);
  useEffect(() => {
    const wrap = ref.current;
    if (!wrap) return;
    const check = () => setScrolls(wrap.scrollWidth > wrap.clientWidth);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(check);
    watch.observe(wrap);
    if (wrap.firstElementChild) watch.observe(wrap.firstElementChild);
    return () => watch.disconnect();
  }, []);
  return { ref, scrolls };
}

/**
 * A table with a caption and column headers that scrolls sideways when wide and, on a phone,
 * stacks each row as a block (the `data-table` styles).
 */
export function DataTable<R>(props: {
  caption: ReactNode;
  columns: readonly Column<R>[];
  rows: readonly R[];
  rowKey: (row: R, index: number) => string;
  className?: string;
  empty?: string;
}) {
  const { columns, rows } = props;
  const captionId = useId();
  const { ref, scrolls } = useScrollsSideways();
  return (
    <div
      className="table-wrap"
      ref={ref}
      {...(scrolls ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}
    >
      <table className={['data-table', props.className ?? ''].filter(Boolean).join(' ')}>
        <caption id={captionId}>{props.caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.length === 0 && props.empty !== undefined ? (
            <tr>
              <td colSpan={columns.length}>{props.empty}</td>
            </tr>
          ) : (
            rows.map((r, i) => (
              <tr key={props.rowKey(r, i)}>
                {columns.map((c) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" className={c.className}>
                      {c.cell(r)}
                    </th>
                  ) : (
                    <DataCell key={c.key} column={c} value={c.cell(r)} />
                  ),
                )}
              </tr>
            ))
          )}
        </tbody>
      </table>
    </div>
  );
}

/**
 * A data cell. A number is a count: grouped by thousands ("60,000", as in Korean and English alike)
 * and never broken across lines, which the page's break-anywhere wrapping did in a narrow column
 * ("6000" over "0").
 */
function DataCell<R>({ column, value }: { column: Column<R>; value: ReactNode }) {
  const count = typeof value === 'number';
  const className =
    count && !column.className?.split(' ').includes('number')
      ? [column.className, 'number'].filter(Boolean).join(' ')
      : column.className;
  return (
    <td className={className} data-label={column.header}>
      {count ? formatNumber(value) : value}
    </td>
  );
}
