import { suggestMapping, TARGET_FIELDS } from '@jibsa/lists';
import { catalog, householdSchema } from '@jibsa/programs';
import type { Label } from '@jibsa/rules';
import type { District, OutreachProgramResult } from '../db/schema.ts';
import type { ListRow } from './access.ts';
import type { RowResult } from './jobs/screen-block.ts';

const NAMES = new Map(catalog.map((e) => [e.id, e.metadata.name as Label]));
export const programName = (id: string): Label => NAMES.get(id) ?? { ko: id, en: id };

/** "members[0].age" → the field's words, so a counselor reads "나이 (만)" rather than a path. */
export function missingLabel(path: string): Label {
  const member = /^members\[\d+\]\.(\w+)$/.exec(path)?.[1];
  const def = member
    ? (householdSchema.member as Record<string, { label: Label }>)[member]
    : (householdSchema.household as Record<string, { label: Label }>)[path];
  if (def) return def.label;
  if (path === 'members') return { ko: '가구원', en: 'Household members' };
  return { ko: path, en: path };
}

/** A program's missing inputs as paths: indices into the row's `missing_paths` (0024), or paths as rows before kept them. */
export function missingPaths(p: OutreachProgramResult, rowPaths: readonly string[]): string[] {
  return p.missing.map((m) => (typeof m === 'number' ? (rowPaths[m] ?? String(m)) : m));
}

export function rowOut(r: {
  row: number;
  ok: boolean;
  reference: string | null;
  district: District | null;
  programs: readonly OutreachProgramResult[];
  /** The row's missing inputs (RowResult's, or the stored row's `missing_paths`). */
  missingPaths: readonly string[];
  errors: RowResult['errors'];
  unreached_count?: number;
  case_id?: string | null;
}) {
  return {
    row: r.row,
    ok: r.ok,
    reference: r.reference,
    district: r.district,
    programs: r.programs.map((p) => ({
      id: p.id,
      name: programName(p.id),
      status: p.status,
      amount: p.amount,
      missing: missingPaths(p, r.missingPaths).map((path) => ({
        path,
        label: missingLabel(path),
      })),
      ...(p.receives === undefined ? {} : { receives: p.receives }),
    })),
    errors: r.errors,
    unreached: r.unreached_count ?? r.programs.filter((p) => p.status === 'eligible' && p.receives === false).length,
    caseId: r.case_id ?? null,
  };
}

export function listOut(list: ListRow, now = Date.now()) {
  return {
    id: list.id,
    fileName: list.file_name,
    kind: list.kind,
    encoding: list.encoding as never,
    district: list.district,
    byteSize: Number(list.byte_size),
    headers: list.headers,
    ...(list.header_row === null ? {} : { headerRow: list.header_row }),
    suggestedMapping: suggestMapping(list.headers),
    createdAt: new Date(list.created_at).toISOString(),
    deleteAfter: new Date(list.delete_after).toISOString(),
    daysLeft: Math.max(0, Math.ceil((new Date(list.delete_after).getTime() - now) / 86_400_000)),
  };
}

export const FIELDS_OUT = TARGET_FIELDS.map((f) => ({
  key: f.key,
  label: f.label,
  kind: f.kind,
  ...(f.values ? { values: f.values.map((id) => ({ id, label: f.valueLabels?.[id] ?? { ko: id, en: id } })) } : {}),
}));
