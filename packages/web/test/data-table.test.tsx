import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../src/shared/ui/DataTable.tsx';

const rows = [
  { row: 12345, name: '가상1', households: 60000, note: '1000' },
  { row: 12346, name: '가상2', households: 7, note: '—' },
];

describe('a table’s counts', () => {
  it('are grouped by thousands and kept on one line; row numbers and text are shown as given', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="표"
        rows={rows}
        rowKey={(r) => String(r.row)}
        columns={[
          { key: 'row', header: '행', rowHeader: true, cell: (r) => r.row },
          { key: 'name', header: '이름', cell: (r) => r.name },
          { key: 'n', header: '가구 수', cell: (r) => r.households },
          { key: 'note', header: '메모', cell: (r) => r.note },
          { key: 'diff', header: '차이', className: 'number', cell: (r) => r.households - 1 },
        ]}
      />,
    );
    // Each cell with its attributes, in any order: the markup's attribute order is the renderer's.
    const cells = [...html.matchAll(/<(td|th)([^>]*)>([^<]*)<\/\1>/g)].map(([, tag, attrs, text]) => ({
      tag,
      attrs: [...(attrs ?? '').matchAll(/ ([\w-]+)="([^"]*)"/g)].map(([, k, v]) => `${k}=${v}`).sort(),
      text,
    }));
    const cell = (tag: string, attrs: string[], text: string) => ({ tag, attrs: attrs.sort(), text });
    expect(cells).toContainEqual(cell('th', ['scope=row'], '12345'));
    expect(cells).toContainEqual(cell('td', ['class=number', 'data-label=가구 수'], '60,000'));
    expect(cells).toContainEqual(cell('td', ['class=number', 'data-label=가구 수'], '7'));
    expect(cells).toContainEqual(cell('td', ['data-label=이름'], '가상1'));
    expect(cells).toContainEqual(cell('td', ['data-label=메모'], '1000'));
    // A column already marked as numbers keeps its one class.
    expect(cells).toContainEqual(cell('td', ['class=number', 'data-label=차이'], '59,999'));
  });
});
