import {
  type Arg,
  type CriterionSpec,
  defineProgram,
  defineVariable,
  type Label,
  type ParameterDef,
  p,
  RuleDefinitionError,
  type Unit,
  v,
} from '@jibsa/rules';
import type { ProgramAbout, ProgramMetadata } from '../catalog/metadata.ts';
import type { CatalogEntry } from '../catalog/registry.ts';
import { applicantAgeWithin } from '../criteria/applicant.ts';
import { medianIncomeForHousehold } from '../criteria/household-size.ts';
import { grossIncomeWithin, noHomeOwned } from '../criteria/income.ts';
import { householdSchema } from '../household/schema.ts';
import { recognizedIncomeWithin } from '../income-assessment/recognized-income.ts';
import type { Figure, LocalProgramError, LocalProgramFile } from './format.ts';
import { validateLocalProgram } from './validate.ts';

export type LoadResult =
  | { readonly ok: true; readonly entry: CatalogEntry }
  | { readonly ok: false; readonly errors: readonly LocalProgramError[] };

/**
 * Validate one local-program JSON value and compile it to a catalog entry (engine program +
 * metadata). Pass the entries to `screenHousehold(h, { extraPrograms })`. See LOCAL-PROGRAMS.md.
 */
export function loadLocalProgram(json: unknown): LoadResult {
  const checked = validateLocalProgram(json);
  if (!checked.ok) return checked;
  try {
    return { ok: true, entry: compile(checked.value) };
  } catch (e) {
    // The validator should make this unreachable; report it in the same shape just in case.
    if (!(e instanceof RuleDefinitionError)) throw e;
    return { ok: false, errors: [{ path: e.path, message: { ko: e.problem, en: e.problem } }] };
  }
}

/** Several files at once: every error is prefixed with its file name; ids must be unique. */
export function loadLocalPrograms(
  files: readonly { readonly name: string; readonly json: unknown }[],
): { ok: true; entries: CatalogEntry[] } | { ok: false; errors: LocalProgramError[] } {
  const entries: CatalogEntry[] = [];
  const errors: LocalProgramError[] = [];
  for (const f of files) {
    const r = loadLocalProgram(f.json);
    if (!r.ok) errors.push(...r.errors.map((e) => ({ ...e, path: `${f.name}: ${e.path}` })));
    else if (entries.some((e) => e.id === r.entry.id))
      errors.push({
        path: `${f.name}: id`,
        message: {
          ko: `"${r.entry.id}" id를 다른 파일이 이미 씁니다`,
          en: `id "${r.entry.id}" is used by another file`,
        },
      });
    else entries.push(r.entry);
  }
  return errors.length ? { ok: false, errors } : { ok: true, entries };
}

function compile(file: LocalProgramFile): CatalogEntry {
  const { id, criteria: c } = file;
  const param = (key: string, unit: Unit, fig: Figure, fallback: Label): ParameterDef => ({
    id: `${id}.${key}`,
    label: fig.label ?? fallback,
    unit,
    periods: fig.periods.map(({ verified, ...x }) => ({
      ...x,
      evidence: x.evidence ?? (verified ? 'official' : 'recall'),
      citation: { ...x.citation },
    })),
  });
  const valueLabel = (field: keyof typeof householdSchema.household, value: string): Label => {
    const f = householdSchema.household[field];
    return (f.type === 'enum' ? f.valueLabels?.[value] : undefined) ?? { ko: value, en: value };
  };
  const oneOf = (field: keyof typeof householdSchema.household, values: readonly string[], what: Label) => {
    const names = values.map((x) => valueLabel(field, x));
    return {
      label: {
        ko: `${what.ko}: ${names.map((n) => n.ko).join(', ')}`,
        en: `${what.en}: ${names.map((n) => n.en).join(', ')}`,
      },
      test: v.oneOf(v.input(field), values),
    };
  };

  const criteria: Record<string, CriterionSpec> = {};
  if (c.regions) criteria.region = oneOf('region', c.regions, { ko: '사는 곳', en: 'region' });
  if (c.districts) criteria.district = oneOf('gwangjuDistrict', c.districts, { ko: '자치구', en: 'district' });
  if (c.tenures) criteria.tenure = oneOf('tenure', c.tenures, { ko: '점유 형태', en: 'tenure' });
  if (c.housingTypes) criteria.housingType = oneOf('housingType', c.housingTypes, { ko: '주거 형태', en: 'dwelling' });
  if (c.noHomeOwned) criteria.noHome = noHomeOwned;
  if (c.applicantAge) {
    const { min, max } = c.applicantAge;
    criteria.age = applicantAgeWithin(
      'localApplicantAge',
      { ko: '신청인 나이 조건', en: 'applicant age' },
      min && param('min-age', 'years', min, { ko: '최저 연령 (만)', en: 'minimum age' }),
      max && param('max-age', 'years', max, { ko: '최고 연령 (만)', en: 'maximum age' }),
    );
  }
  if (c.income) {
    const rate = param('income-rate', 'ratio', c.income.maxShareOfMedian, {
      ko: '소득기준 (기준 중위소득 대비)',
      en: 'income limit (share of median income)',
    });
    const line = defineVariable(
      'localIncomeLine',
      { ko: '소득기준액', en: 'income limit' },
      'KRW/month',
      v.round(v.mul(medianIncomeForHousehold, p(rate))),
    );
    const recognized = c.income.basis === 'recognized';
    criteria.income = {
      label: recognized
        ? { ko: '소득인정액이 기준 이하', en: 'recognized income within the limit' }
        : { ko: '가구 월 소득이 기준 이하', en: 'household income within the limit' },
      test: recognized ? recognizedIncomeWithin(line) : grossIncomeWithin(line),
    };
  }

  let amount: Arg | undefined;
  if (file.amount) {
    const monthly = p(
      param('monthly-amount', 'KRW/month', file.amount.monthly, { ko: '월 지원액', en: 'monthly amount' }),
    );
    amount = file.amount.upToMonthlyRent ? v.min(v.input('monthlyRent'), monthly) : monthly;
  }
  // The file writes one metadata object; the catalog keeps the page's texts (about) beside the card's.
  const { summary, whoQualifies, legalBasis, links, ...card } = file.metadata;
  const metadata = withSampleMark({ ...card, id }, file.sample === true);
  const about: ProgramAbout = { id, summary, whoQualifies, legalBasis, links };
  const program = defineProgram({
    id,
    label: metadata.name,
    schema: householdSchema,
    criteria,
    ...(metadata.startedOn ? { inForce: { from: metadata.startedOn.date } } : {}),
    ...(amount === undefined
      ? {}
      : { amount, amountLabel: file.amount?.label ?? { ko: '월 지원액', en: 'monthly support' } }),
  });
  return { id, program, metadata, about };
}

/** A sample file must never pass for a real program: its name says so in both languages. */
function withSampleMark(m: ProgramMetadata, sample: boolean): ProgramMetadata {
  if (!sample) return m;
  const ko = m.name.ko.startsWith('[예시]') ? m.name.ko : `[예시] ${m.name.ko}`;
  const en = m.name.en.startsWith('[SAMPLE]') ? m.name.en : `[SAMPLE] ${m.name.en}`;
  return { ...m, name: { ko, en } };
}
