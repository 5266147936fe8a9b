import { formatNumber } from '@jibsa/rules';
import { useCallback, useEffect, useState } from 'react';
import { navigate } from '../../app/router.ts';
import { fill, useI18n, useStrings } from '../../i18n/index.tsx';
import {
  Button,
  ButtonRow,
  CheckboxField,
  ErrorSummary,
  Form,
  Notice,
  Page,
  SelectField,
  TextField,
} from '../../shared/ui/index.ts';
import { api, type Problem } from '../shell/api.ts';
import { DistrictCounts, ProgramCounts } from './CountTables.tsx';
import { NewFiguresAhead } from './NewFiguresAhead.tsx';
import { OutreachLists } from './OutreachLists.tsx';
import { OutreachPreview, type Preview } from './OutreachPreview.tsx';
import { OutreachResults } from './OutreachResults.tsx';
import { withOpenJob } from './open-job-row.ts';
import { outreachListStrings } from './outreach-list-strings.ts';
import { outreachStrings } from './outreach-strings.ts';
import type { OutreachJob, OutreachListSummary } from './outreach-types.ts';
import { UndecidedNote } from './UndecidedNote.tsx';
import { undecidedStrings } from './undecided-strings.ts';

type Label = { ko: string; en: string };
interface List {
  id: string;
  fileName: string;
  headers: readonly string[];
  /** Given on upload: the row the column names were found in, below a title when not 1. */
  headerRow?: number;
  suggestedMapping: Record<string, string>;
  daysLeft: number;
}
interface Field {
  key: string;
  label: Label;
}
type Job = OutreachJob;
const STATES = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;
const ENCODINGS = ['utf-8', 'utf-8-bom', 'cp949', 'utf-16le'] as const;
/** How often the lists table is asked again while another list's job is screening. */
const LISTS_POLL_MS = 3000;

/**
 * 발굴: a list of households in, a worklist out. Upload, map columns with a live preview, screen
 * the whole list as a background job with a progress bar, then read who is likely eligible.
 * The open list is in the address (?list=…), so a reload or a link from the table reopens it.
 */
export function Outreach({ query }: { query: URLSearchParams }) {
  const s = useStrings(outreachStrings);
  const ls = useStrings(outreachListStrings);
  const u = useStrings(undecidedStrings);
  const { l, k, lang } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [encoding, setEncoding] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [list, setList] = useState<List | null>(null);
  const [fields, setFields] = useState<Field[]>([]);
  const [saved, setSaved] = useState<{ name: string; columns: Record<string, string> }[]>([]);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const [saveAs, setSaveAs] = useState('');
  // Empty: the server screens as of today (in Korea).
  const [screenDate, setScreenDate] = useState('');
  const [preview, setPreview] = useState<Preview | null>(null);
  // Off unless chosen for this list: what the list lacks stays unknown (undecided households).
  const [assumeNone, setAssumeNone] = useState(false);
  const [job, setJob] = useState<Job | null>(null);
  const [lists, setLists] = useState<OutreachListSummary[] | null>(null);
  const openId = query.get('list');

  const problem = (p: Problem) => {
    setError([l(p.detail), ...p.errors.map((e) => l(e))].join(' '));
    setAttempt((a) => a + 1);
  };

  const loadLists = useCallback(() => {
    void api<{ items: OutreachListSummary[] }>('GET', '/api/outreach/lists').then(
      (r) => r.ok && setLists(r.value.items),
    );
  }, []);
  // The table follows the open job: a new upload, a job started, finished or stopped.
  const jobState = job?.state;
  useEffect(() => {
    void jobState;
    loadLists();
  }, [loadLists, jobState]);
  // Lists change elsewhere too: a colleague's upload, this person's other tab, a job screening in
  // the background. The table is asked again when the page is looked at again, and every few
  // seconds while a job it shows (other than the open one, followed above) is still screening.
  useEffect(() => {
    const again = () => {
      if (document.visibilityState === 'visible') loadLists();
    };
    document.addEventListener('visibilitychange', again);
    window.addEventListener('focus', again);
    return () => {
      document.removeEventListener('visibilitychange', again);
      window.removeEventListener('focus', again);
    };
  }, [loadLists]);
  const othersScreening =
    lists?.some(
      (x) => x.latestJob && x.latestJob.id !== job?.id && ['queued', 'running'].includes(x.latestJob.state),
    ) ?? false;
  useEffect(() => {
    if (!othersScreening) return;
    const timer = setInterval(loadLists, LISTS_POLL_MS);
    return () => clearInterval(timer);
  }, [othersScreening, loadLists]);

  // A list named in the address opens with its latest job, once the table knows it.
  useEffect(() => {
    if (!openId || list?.id === openId) return;
    const found = lists?.find((x) => x.id === openId);
    if (!found) return;
    setList(found);
    // Reopened, a list shows the mapping its last job read it with, not a fresh suggestion.
    setMapping(found.latestJob?.mapping ?? found.suggestedMapping);
    setAssumeNone(found.latestJob?.assumeNone ?? false);
    setPreview(null);
    setJob(null);
    if (found.latestJob) {
      void api<Job>('GET', `/api/outreach/jobs/${found.latestJob.id}`).then((r) => r.ok && setJob(r.value));
    }
  }, [openId, lists, list?.id]);

  useEffect(() => {
    void api<{ items: Field[] }>('GET', '/api/outreach/fields').then((r) => r.ok && setFields(r.value.items));
    void api<{ items: typeof saved }>('GET', '/api/outreach/mappings').then((r) => r.ok && setSaved(r.value.items));
  }, []);

  // While a job runs its progress is asked for every second; its results once it is done.
  const jobId = job?.id;
  const running = job?.state === 'queued' || job?.state === 'running';
  useEffect(() => {
    if (!jobId) return;
    if (!running) return;
    const timer = setTimeout(() => {
      void api<Job>('GET', `/api/outreach/jobs/${jobId}`).then((r) => (r.ok ? setJob(r.value) : problem(r.problem)));
    }, 1000);
    return () => clearTimeout(timer);
  });

  const upload = async () => {
    if (!file) {
      setError(s.noFile);
      setAttempt((a) => a + 1);
      return;
    }
    setBusy(true);
    const form = new FormData();
    form.append('file', file);
    const r = await api<List>('POST', `/api/outreach/lists${encoding ? `?encoding=${encoding}` : ''}`, form);
    setBusy(false);
    if (!r.ok) return problem(r.problem);
    setError(null);
    setList(r.value);
    setMapping(r.value.suggestedMapping);
    setAssumeNone(false);
    setPreview(null);
    setJob(null);
    navigate('/staff/outreach', { list: r.value.id }, { replace: true });
    loadLists();
  };

  const runPreview = async () => {
    if (!list) return;
    const r = await api<Preview>('POST', `/api/outreach/lists/${list.id}/preview`, { mapping, rows: 10, assumeNone });
    if (!r.ok) return problem(r.problem);
    setError(null);
    setPreview(r.value);
  };
  // Once shown, the preview follows the mapping and the choice about what the list lacks: it kept
  // the old rows' errors after a column was fixed.
  const previewShown = preview !== null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: re-run on a new mapping only, not on every render
  useEffect(() => {
    if (previewShown) void runPreview();
  }, [mapping, assumeNone]);

  /** `on`: a day chosen by a button (next year's figures) rather than the date field. */
  const start = async (on?: string) => {
    if (!list) return;
    const date = on ?? screenDate;
    if (on) setScreenDate(on);
    const body = {
      mapping,
      assumeNone,
      ...(saveAs.trim() ? { saveMappingAs: saveAs.trim() } : {}),
      ...(date ? { date } : {}),
    };
    const r = await api<Job>('POST', `/api/outreach/lists/${list.id}/jobs`, body);
    if (!r.ok) return problem(r.problem);
    setError(null);
    setJob(r.value);
  };

  const cancel = async () => {
    if (!job) return;
    const r = await api<Job>('POST', `/api/outreach/jobs/${job.id}/cancel`);
    if (r.ok) setJob(r.value);
  };

  const duration = (sec: number) =>
    sec < 120 ? fill(s.seconds, { n: sec }) : fill(s.minutes, { n: Math.round(sec / 60) });
  return (
    <Page title={s.title} lead={s.lead}>
      <ErrorSummary items={[]} general={error} attempt={attempt} />
      <Form onSubmit={upload}>
        <div className="field">
          <label htmlFor="outreach-file">{s.file}</label>
          <input
            id="outreach-file"
            type="file"
            accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </div>
        <SelectField
          id="outreach-encoding"
          label={s.encoding}
          value={encoding}
          placeholder={s.encodingAuto}
          options={ENCODINGS.map((e) => ({ value: e, label: e.toUpperCase() }))}
          onChange={setEncoding}
        />
        <Button type="submit" variant="primary" disabled={busy}>
          {busy ? s.uploading : s.upload}
        </Button>
      </Form>
      <p>
        {s.sampleLead}{' '}
        <a href="/api/outreach/sample-list.csv" download>
          {s.sample}
        </a>
      </p>

      <section aria-labelledby="outreach-lists">
        <h2 id="outreach-lists">{ls.listsTitle}</h2>
        <p>{ls.listsLead}</p>
        <OutreachLists items={withOpenJob(lists, job)} openId={list?.id ?? null} />
      </section>

      {list && (
        <section aria-labelledby="outreach-mapping">
          <h2 id="outreach-mapping">{s.mappingTitle}</h2>
          <Notice>
            {k(fill(s.uploaded, { file: list.fileName, n: list.headers.length, days: list.daysLeft }))}
            {list.headerRow !== undefined && list.headerRow > 1 && (
              <> {fill(s.headerRowFound, { row: list.headerRow, above: list.headerRow - 1 })}</>
            )}
          </Notice>
          <p>{s.mappingLead}</p>
          <p className="hint">{s.repeatRule}</p>
          {saved.length > 0 && (
            <SelectField
              id="outreach-saved"
              label={s.savedMapping}
              value=""
              placeholder={s.savedNone}
              // A saved name is whatever its writer typed, often Korean: an option can hold no span, so it is marked whole.
              options={saved.map((m) => ({
                value: m.name,
                label: m.name,
                lang: lang === 'en' && /[가-힣]/.test(m.name) ? 'ko' : undefined,
              }))}
              onChange={(name) => {
                const columns = saved.find((m) => m.name === name)?.columns ?? {};
                setMapping(Object.fromEntries(Object.entries(columns).filter(([c]) => list.headers.includes(c))));
              }}
            />
          )}
          {/* Folded once the list has been screened: a list's many column menus pushed the results
              and the worklist thousands of pixels down. Open for a list not screened yet. */}
          <details className="outreach-columns" open={!job} key={`${list.id}-${job ? 'screened' : 'new'}`}>
            <summary>{fill(s.columnsSummary, { read: Object.keys(mapping).length, n: list.headers.length })}</summary>
            {list.headers.map((header, i) => (
              <SelectField
                key={header}
                id={`outreach-column-${i}`}
                label={header}
                value={mapping[header] ?? ''}
                placeholder={s.notRead}
                options={fields.map((f) => ({ value: f.key, label: l(f.label) }))}
                onChange={(key) => setMapping(({ [header]: _, ...rest }) => (key ? { ...rest, [header]: key } : rest))}
              />
            ))}
          </details>
          <CheckboxField
            id="outreach-assume-none"
            label={u.assumeNone}
            help={u.assumeNoneHelp}
            checked={assumeNone}
            onChange={setAssumeNone}
          />
          <TextField id="outreach-save-as" label={s.saveAs} value={saveAs} onChange={setSaveAs} maxLength={100} />
          <TextField
            id="outreach-date"
            label={s.screenDate}
            hint={s.screenDateHint}
            type="date"
            value={screenDate}
            onChange={setScreenDate}
          />
          <ButtonRow>
            <Button onClick={() => void runPreview()}>{s.preview}</Button>
            <Button variant="primary" onClick={() => void start()} disabled={running}>
              {s.start}
            </Button>
          </ButtonRow>
          {preview && <OutreachPreview preview={preview} />}
        </section>
      )}

      {job && (
        <section aria-labelledby="outreach-progress">
          <h2 id="outreach-progress">{s.progressTitle}</h2>
          <p role="status">
            {s.states.split('|')[STATES.indexOf(job.state)]} · {fill(s.screenedOn, { date: job.date })} ·{' '}
            {fill(s.progress, {
              done: formatNumber(job.rowsDone),
              ok: formatNumber(job.rowsOk),
              bad: formatNumber(job.rowsBad),
            })}
            {running && job.rowsPerSecond !== null && job.secondsLeft !== null && (
              <>
                {' '}
                · {fill(s.rate, { rate: formatNumber(Math.round(job.rowsPerSecond)), left: duration(job.secondsLeft) })}
              </>
            )}
          </p>
          <progress max={100} value={Math.round(job.fraction * 100)} aria-label={s.progressTitle}>
            {Math.round(job.fraction * 100)}%
          </progress>
          {job.failure && <Notice>{l(job.failure)}</Notice>}
          <ButtonRow>{running && <Button onClick={() => void cancel()}>{s.cancel}</Button>}</ButtonRow>
          {running && job.eligibleByProgram.length > 0 && (
            <>
              <h3>{fill(s.soFarTitle, { done: formatNumber(job.rowsDone) })}</h3>
              <p>{s.soFarLead}</p>
              <UndecidedNote undecided={job.undecided} lead="job" />
              <ProgramCounts caption={s.byProgram} items={job.eligibleByProgram} />
              <DistrictCounts caption={s.byDistrict} items={job.eligibleByDistrict} />
            </>
          )}
          {!running && <NewFiguresAhead date={job.date} onScreen={(on) => void start(on)} />}
          {!running && <OutreachResults job={job} onProblem={problem} />}
        </section>
      )}
    </Page>
  );
}
