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
    expect(html).toContain('<th scope="row">12345</th>');
    expect(html).toContain('<td class="number" data-label="가구 수">60,000</td>');
    expect(html).toContain('<td class="number" data-label="가구 수">7</td>');
    expect(html).toContain('<td data-label="이름">가상1</td>');
    expect(html).toContain('<td data-label="메모">1000</td>');
    // A column already marked as numbers keeps its one class.
    expect(html).toContain('<td class="number" data-label="차이">59,999</td>');
  });
});
