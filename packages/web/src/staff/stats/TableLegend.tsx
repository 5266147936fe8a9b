/**
 * What a table's columns count, said under it in words: counts whose columns overlap or leave
 * something out read as a contradiction otherwise (센터 현황 showed LH 보낸 3 but 수락 1 + 답 기다림 2
 * + 결과 회신 1 with no word on how they relate).
 */
export function TableLegend({ title, items }: { title: string; items: readonly { term: string; meaning: string }[] }) {
  return (
    <div className="table-legend">
      <p>
        <strong>{title}</strong>
      </p>
      <dl>
        {items.map((i) => (
          <div key={i.term}>
            <dt>{i.term}</dt>
            <dd>{i.meaning}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
