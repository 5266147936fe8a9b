/** What the outreach API answers, as the staff screen reads it. */
type Label = { ko: string; en: string };

export interface OutreachRow {
  row: number;
  ok: boolean;
  reference: string | null;
  district: string | null;
  programs: {
    id: string;
    name: Label;
    status: 'eligible' | 'unknown';
    missing: { label: Label }[];
    receives?: boolean;
  }[];
  errors: { column: string; ko: string; en: string }[];
  unreached: number;
  caseId: string | null;
}

type ByProgram = { id: string; name: Label; households: number }[];
type ByDistrict = { district: string | null; households: number }[];

export interface OutreachJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'cancelled' | 'failed';
  rowsDone: number;
  rowsOk: number;
  rowsBad: number;
  fraction: number;
  rowsPerSecond: number | null;
  secondsLeft: number | null;
  failure: Label | null;
  receiptColumns: boolean;
  eligibleByProgram: ByProgram;
  eligibleByDistrict: ByDistrict;
  unreachedByProgram: ByProgram;
  unreachedByDistrict: ByDistrict;
}
