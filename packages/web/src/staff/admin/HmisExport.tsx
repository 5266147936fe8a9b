import { todayIso } from '@jibsa/programs';
import { useState } from 'react';
import { useStrings } from '../../i18n/index.tsx';
import { Button, Form, Page, SelectField, TextField } from '../../shared/ui/index.ts';
import { directoryStrings } from '../directory/directory-strings.ts';
import { download } from '../shell/api.ts';
import { useProblems } from '../shell/use-problems.ts';

/** The five files of the HMIS CSV shape (docs/hmis-csv-mapping.md), in the order they build on each other. */
const FILES = ['Client.csv', 'Enrollment.csv', 'Exit.csv', 'Services.csv', 'Event.csv'] as const;

/**
 * 내보내기 (admins): one HMIS-shaped CSV file for a period, downloaded with the session. The server
 * checks the dates and audits each download; its field errors show beside the date fields.
 */
export function HmisExport() {
  const d = useStrings(directoryStrings);
  const today = todayIso();
  const [file, setFile] = useState<string>(FILES[0]);
  // From the first day of this year to today, unless changed.
  const [range, setRange] = useState({ from: `${today.slice(0, 4)}-01-01`, to: today });
  const p = useProblems('hmis', { file: d.exportFile, from: d.exportFrom, to: d.exportTo });
  const submit = async () => {
    const qs = new URLSearchParams(range).toString();
    const r = await download(`/api/admin/exports/hmis/${encodeURIComponent(file)}?${qs}`, file);
    p.show(r.ok ? null : r.problem);
  };
  return (
    <Page title={d.exportTitle} lead={d.exportLead}>
      <Form onSubmit={submit} summary={p}>
        <SelectField
          id="hmis-file"
          label={d.exportFile}
          value={file}
          options={FILES.map((f) => ({ value: f, label: f }))}
          onChange={setFile}
          error={p.errorOf('file')}
        />
        {(['from', 'to'] as const).map((k) => (
          <TextField
            key={k}
            id={`hmis-${k}`}
            label={k === 'from' ? d.exportFrom : d.exportTo}
            type="date"
            value={range[k]}
            onChange={(v) => setRange({ ...range, [k]: v })}
            error={p.errorOf(k)}
            required
          />
        ))}
        <Button type="submit" variant="primary">
          {d.exportDownload}
        </Button>
      </Form>
    </Page>
  );
}
