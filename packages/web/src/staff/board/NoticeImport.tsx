import { useState } from 'react';
import { href } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import { readTextFile } from '../../shared/files/read-text.ts';
import { Button, ButtonRow, DataTable, FileField, Form, Notice, Page } from '../../shared/ui/index.ts';
import { api } from '../shell/api.ts';
import { boardStaffStrings } from './board-strings.ts';
import { noticeStrings } from './notice-strings.ts';

interface ImportResult {
  created: number;
  updated: number;
  unchanged: number;
  errors: { row: number; field: string; column: { ko: string; en: string }; detail: string; detail_en: string }[];
}

/** Importing LH-style notice rows from a JSON or CSV file: the good rows go in, each bad one is named. */
export function NoticeImport() {
  const s = useStrings(noticeStrings);
  const b = useStrings(boardStaffStrings);
  const { l, k } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState<ImportResult | null>(null);

  const run = async () => {
    setResult(null);
    if (!file) {
      setError(s.noFile);
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    const content = await readTextFile(file);
    const format =
      /\.json$/i.test(file.name) || content.trimStart().startsWith('[') || content.trimStart().startsWith('{')
        ? 'json'
        : 'csv';
    const r = await api<ImportResult>('POST', '/api/notices/import', { format, content });
    setBusy(false);
    if (r.ok) {
      setError(null);
      setResult(r.value);
    } else {
      setError([l(r.problem.detail), ...r.problem.errors.map((e) => l(e))].join(' '));
      setAttempt((a) => a + 1);
    }
  };

  return (
    <Page title={s.importTitle} lead={s.importLead}>
      <ButtonRow className="no-print">
        <a href={href('/staff/board')}>← {b.back}</a>
        {/* A file that imports as it is: the columns to copy, and a first try before LH's own file. */}
        <a href="/api/notices/import/sample.csv" download>
          {s.sampleFile}
        </a>
      </ButtonRow>
      <Form onSubmit={run} summary={{ items: [], general: error, attempt }}>
        <FileField
          id="notice-import-file"
          label={s.file}
          accept=".json,.csv,application/json,text/csv"
          onFiles={(files) => setFile(files[0] ?? null)}
        />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? s.importing : s.doImport}
        </Button>
      </Form>
      {result && (
        <div role="status">
          <Notice>
            {fill(s.result, { created: result.created, updated: result.updated, unchanged: result.unchanged })}
          </Notice>
          {result.errors.length > 0 && (
            <DataTable
              caption={fill(s.badRows, { n: result.errors.length })}
              rows={result.errors}
              rowKey={(e) => `${e.row}-${e.field}`}
              columns={[
                { key: 'row', header: s.row, rowHeader: true, cell: (e) => e.row },
                { key: 'field', header: s.field, cell: (e) => l(e.column) },
                { key: 'problem', header: s.problem, cell: (e) => k({ ko: e.detail, en: e.detail_en }) },
              ]}
            />
          )}
        </div>
      )}
    </Page>
  );
}
