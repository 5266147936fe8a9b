import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { DataTable } from '../../shared/ui/index.ts';
import { outreachStrings } from './outreach-strings.ts';
import type { OutreachJob } from './outreach-types.ts';

/** Households counted by program, most first (a job's headline, or its counts so far). */
export function ProgramCounts(props: { caption: string; items: OutreachJob['eligibleByProgram']; empty?: string }) {
  const s = useStrings(outreachStrings);
  const { k } = useI18n();
  return (
    <DataTable
      caption={props.caption}
      rows={props.items}
      rowKey={(p) => p.id}
      empty={props.empty ?? s.none}
      columns={[
        { key: 'program', header: s.program, rowHeader: true, cell: (p) => k(p.name) },
        { key: 'n', header: s.households, cell: (p) => p.households },
      ]}
    />
  );
}

/** Households counted by 구, in 구 order, those with no 구 last. */
export function DistrictCounts(props: { caption: string; items: OutreachJob['eligibleByDistrict']; empty?: string }) {
  const s = useStrings(outreachStrings);
  const { l } = useI18n();
  const districtName = (id: string | null) => {
    const d = GWANGJU_DISTRICTS.find((x) => x.id === id);
    return d ? l(d) : s.noDistrict;
  };
  return (
    <DataTable
      caption={props.caption}
      rows={props.items}
      rowKey={(d) => d.district ?? 'none'}
      empty={props.empty ?? s.none}
      columns={[
        { key: 'district', header: s.district, rowHeader: true, cell: (d) => districtName(d.district) },
        { key: 'n', header: s.households, cell: (d) => d.households },
      ]}
    />
  );
}
