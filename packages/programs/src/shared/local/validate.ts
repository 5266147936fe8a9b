import { EVIDENCE_GRADES, type Evidence, isIsoDate, type Label } from '@jibsa/rules';
import { householdSchema } from '../household/schema.ts';
import { FORMAT, type LocalProgramError, type LocalProgramFile } from './format.ts';

/**
 * Checks a parsed JSON value against the local-program format and collects EVERY problem with
 * its path and a Korean and English message, so a center fixes a file in one pass.
 */
type Json = unknown;
type Obj = Record<string, Json>;

const ID = /^local\.[a-z0-9]+(?:[-.][a-z0-9]+)*$/;
const isObj = (x: Json): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);
const isText = (x: Json): x is string => typeof x === 'string' && x.trim() !== '';
const isUrl = (x: Json) => typeof x === 'string' && /^https?:\/\/\S+$/.test(x);

const enumValues = (field: string): readonly string[] => {
  const f = householdSchema.household[field as keyof typeof householdSchema.household];
  return f?.type === 'enum' ? f.values : [];
};

const CRITERIA_KEYS = ['regions', 'districts', 'tenures', 'housingTypes', 'noHomeOwned', 'applicantAge', 'income'];
const ENUM_CRITERIA: Record<string, string> = {
  regions: 'region',
  districts: 'gwangjuDistrict',
  tenures: 'tenure',
  housingTypes: 'housingType',
};

export function validateLocalProgram(
  json: Json,
): { ok: true; value: LocalProgramFile } | { ok: false; errors: LocalProgramError[] } {
  const errors: LocalProgramError[] = [];
  const err = (path: string, ko: string, en: string): void => {
    errors.push({ path, message: { ko, en } });
  };

  const label = (x: Json, path: string) => {
    if (!isObj(x))
      return err(path, '한국어(ko)와 영어(en) 글이 있는 객체여야 합니다', 'must be an object with ko and en texts');
    if (!isText(x.ko)) err(`${path}.ko`, '한국어 글이 비어 있습니다', 'Korean text is missing');
    if (!isText(x.en)) err(`${path}.en`, '영어 글이 비어 있습니다', 'English text is missing');
  };
  const texts = (x: Json, path: string) => {
    if (!isObj(x)) return err(path, 'ko와 en 목록이 있는 객체여야 합니다', 'must be an object with ko and en lists');
    for (const lang of ['ko', 'en'] as const) {
      const list = x[lang];
      if (!Array.isArray(list) || !list.length)
        err(`${path}.${lang}`, '한 줄 이상 적어야 합니다', 'needs at least one line');
      else
        for (const [i, s] of list.entries()) if (!isText(s)) err(`${path}.${lang}[${i}]`, '빈 글입니다', 'empty text');
    }
  };
  const titled = (x: Json, path: string) => {
    if (!isObj(x)) return err(path, 'title과 url이 있어야 합니다', 'needs a title and a url');
    if (!isText(x.title)) err(`${path}.title`, '제목이 비어 있습니다', 'title is missing');
    if (!isUrl(x.url)) err(`${path}.url`, 'http(s):// 로 시작하는 주소여야 합니다', 'must be an http(s):// address');
  };
  const figure = (x: Json, path: string, range: { min: number; max: number; integer?: boolean; what: Label }) => {
    if (!isObj(x)) return err(path, '기간별 값(periods)이 있는 객체여야 합니다', 'must be an object with periods');
    if (x.label !== undefined) label(x.label, `${path}.label`);
    const periods = x.periods;
    if (!Array.isArray(periods) || !periods.length)
      return err(`${path}.periods`, '기간을 하나 이상 적어야 합니다', 'needs at least one period');
    for (const [i, p] of periods.entries()) {
      const at = `${path}.periods[${i}]`;
      if (!isObj(p)) {
        err(at, '객체여야 합니다', 'must be an object');
        continue;
      }
      if (!isIsoDate(p.from))
        err(
          `${at}.from`,
          '시작일은 YYYY-MM-DD 형식의 실제 날짜여야 합니다',
          'start date must be a real YYYY-MM-DD date',
        );
      if (p.to !== undefined && (!isIsoDate(p.to) || (isIsoDate(p.from) && p.to < p.from)))
        err(
          `${at}.to`,
          '종료일은 시작일 이후의 YYYY-MM-DD 날짜여야 합니다',
          'end date must be a YYYY-MM-DD date on or after the start',
        );
      const v = p.value;
      if (
        typeof v !== 'number' ||
        !Number.isFinite(v) ||
        v < range.min ||
        v > range.max ||
        (range.integer && !Number.isInteger(v))
      )
        err(
          `${at}.value`,
          `${range.what.ko}: ${range.min}~${range.max} 사이의 ${range.integer ? '정수' : '수'}여야 합니다`,
          `${range.what.en}: must be a ${range.integer ? 'whole ' : ''}number from ${range.min} to ${range.max}`,
        );
      if (!isObj(p.citation))
        err(`${at}.citation`, '출처(citation: title, url)가 필요합니다', 'a citation (title, url) is required');
      else titled(p.citation, `${at}.citation`);
      if (
        p.evidence !== undefined ? !EVIDENCE_GRADES.includes(p.evidence as Evidence) : typeof p.verified !== 'boolean'
      )
        err(
          `${at}.evidence`,
          `근거 등급(evidence)은 ${EVIDENCE_GRADES.join(', ')} 중 하나여야 합니다`,
          `evidence must be one of ${EVIDENCE_GRADES.join(', ')}`,
        );
      if (p.note !== undefined && typeof p.note !== 'string') err(`${at}.note`, '글이어야 합니다', 'must be text');
    }
    const dated = periods
      .filter((p): p is Obj => isObj(p) && isIsoDate(p.from))
      .sort((a, b) => String(a.from).localeCompare(String(b.from)));
    for (let i = 1; i < dated.length; i++) {
      const prev = dated[i - 1] as Obj;
      const cur = dated[i] as Obj;
      if (prev.from === cur.from || (typeof prev.to === 'string' && prev.to >= String(cur.from)))
        err(
          `${path}.periods`,
          `기간이 겹칩니다 (${prev.from} / ${cur.from})`,
          `periods overlap (${prev.from} / ${cur.from})`,
        );
    }
  };

  if (!isObj(json)) {
    err('', '파일 전체가 JSON 객체여야 합니다', 'the file must be a JSON object');
    return { ok: false, errors };
  }
  if (json.format !== FORMAT) err('format', `"${FORMAT}" 이어야 합니다`, `must be "${FORMAT}"`);
  if (typeof json.id !== 'string' || !ID.test(json.id))
    err(
      'id',
      '"local."로 시작하고 영어 소문자·숫자·하이픈만 써야 합니다 (예: local.nam-gu-youth-rent)',
      'must start with "local." and use lowercase letters, digits and hyphens (e.g. local.nam-gu-youth-rent)',
    );
  if (json.sample !== undefined && typeof json.sample !== 'boolean')
    err('sample', 'true 또는 false 여야 합니다', 'must be true or false');

  const m = json.metadata;
  if (!isObj(m)) err('metadata', '프로그램 안내(metadata)가 필요합니다', 'metadata is required');
  else {
    for (const k of ['name', 'summary', 'whatYouGet'] as const) label(m[k], `metadata.${k}`);
    texts(m.whoQualifies, 'metadata.whoQualifies');
    texts(m.documents, 'metadata.documents');
    const apply = m.apply;
    if (!isObj(apply))
      err('metadata.apply', '신청 방법(agency, channels)이 필요합니다', 'apply (agency, channels) is required');
    else {
      label(apply.agency, 'metadata.apply.agency');
      const ch = apply.channels;
      if (!Array.isArray(ch) || !ch.length)
        err('metadata.apply.channels', '신청 창구를 하나 이상 적어야 합니다', 'needs at least one apply channel');
      else
        for (const [i, c] of ch.entries()) {
          const at = `metadata.apply.channels[${i}]`;
          if (!isObj(c)) {
            err(at, '객체여야 합니다', 'must be an object');
            continue;
          }
          if (!['visit', 'online', 'phone'].includes(String(c.kind)))
            err(`${at}.kind`, 'visit, online, phone 중 하나여야 합니다', 'must be visit, online or phone');
          label(c.label, `${at}.label`);
          if (c.kind === 'online' && !isUrl(c.url))
            err(`${at}.url`, '온라인 창구는 주소(url)가 필요합니다', 'an online channel needs a url');
          if (c.kind === 'phone' && !isText(c.phone))
            err(`${at}.phone`, '전화 창구는 번호가 필요합니다', 'a phone channel needs a number');
        }
    }
    const basis = m.legalBasis;
    if (!Array.isArray(basis) || !basis.length)
      err(
        'metadata.legalBasis',
        '근거(조례·공고) 주소를 하나 이상 적어야 합니다',
        'needs at least one legal basis (ordinance or notice) with a url',
      );
    else for (const [i, b] of basis.entries()) titled(b, `metadata.legalBasis[${i}]`);
    if (!Array.isArray(m.links))
      err('metadata.links', '목록이어야 합니다 (없으면 [])', 'must be a list (use [] if none)');
    else for (const [i, b] of m.links.entries()) titled(b, `metadata.links[${i}]`);
    if (!Array.isArray(m.audience) || !m.audience.every(isText))
      err('metadata.audience', '대상 목록이어야 합니다', 'must be a list of audiences');
    if (!isText(m.helpType))
      err('metadata.helpType', '지원 종류가 필요합니다 (예: rent-support)', 'helpType is required (e.g. rent-support)');
    if (typeof m.verified !== 'boolean')
      err('metadata.verified', '원문 확인 여부(true/false)를 적어야 합니다', 'verified must be true or false');
    const start = m.startedOn;
    if (start !== undefined) {
      if (!isObj(start))
        err(
          'metadata.startedOn',
          '{ "date", "citation", "verified" } 형식이어야 합니다',
          'must be { "date", "citation", "verified" }',
        );
      else {
        if (!isIsoDate(start.date))
          err(
            'metadata.startedOn.date',
            '시작일은 2026-03-01 형식의 날짜입니다',
            'the start date looks like 2026-03-01',
          );
        titled(start.citation, 'metadata.startedOn.citation');
        if (typeof start.verified !== 'boolean')
          err(
            'metadata.startedOn.verified',
            '원문 확인 여부(true/false)를 적어야 합니다',
            'verified must be true or false',
          );
      }
    }
  }

  const c = json.criteria;
  if (!isObj(c) || !Object.keys(c).length)
    err('criteria', '조건을 하나 이상 적어야 합니다', 'needs at least one criterion');
  else {
    for (const k of Object.keys(c))
      if (!CRITERIA_KEYS.includes(k))
        err(
          `criteria.${k}`,
          `알 수 없는 조건입니다. 쓸 수 있는 것: ${CRITERIA_KEYS.join(', ')}`,
          `unknown criterion; allowed: ${CRITERIA_KEYS.join(', ')}`,
        );
    for (const [k, field] of Object.entries(ENUM_CRITERIA)) {
      const list = c[k];
      if (list === undefined) continue;
      const allowed = enumValues(field);
      if (!Array.isArray(list) || !list.length)
        err(`criteria.${k}`, '값 목록이어야 합니다', 'must be a non-empty list');
      else
        for (const [i, x] of list.entries())
          if (!allowed.includes(String(x)))
            err(
              `criteria.${k}[${i}]`,
              `"${x}"는 쓸 수 없습니다. 가능한 값: ${allowed.join(', ')}`,
              `"${x}" is not allowed; use one of: ${allowed.join(', ')}`,
            );
    }
    if (c.noHomeOwned !== undefined && c.noHomeOwned !== true)
      err('criteria.noHomeOwned', '쓰려면 true로 적습니다 (아니면 빼세요)', 'use true, or leave it out');
    const age = c.applicantAge;
    if (age !== undefined) {
      if (!isObj(age) || (age.min === undefined && age.max === undefined))
        err('criteria.applicantAge', 'min 또는 max가 필요합니다', 'needs min or max');
      else {
        const what = { ko: '나이', en: 'age' };
        if (age.min !== undefined)
          figure(age.min, 'criteria.applicantAge.min', { min: 0, max: 130, integer: true, what });
        if (age.max !== undefined)
          figure(age.max, 'criteria.applicantAge.max', { min: 0, max: 130, integer: true, what });
      }
    }
    const income = c.income;
    if (income !== undefined) {
      if (!isObj(income))
        err('criteria.income', 'basis와 maxShareOfMedian이 필요합니다', 'needs basis and maxShareOfMedian');
      else {
        if (income.basis !== 'recognized' && income.basis !== 'gross')
          err(
            'criteria.income.basis',
            '"recognized"(소득인정액) 또는 "gross"(소득 합계)여야 합니다',
            'must be "recognized" or "gross"',
          );
        figure(income.maxShareOfMedian, 'criteria.income.maxShareOfMedian', {
          min: 0.01,
          max: 5,
          what: { ko: '기준 중위소득 대비 비율 (0.6 = 60%)', en: 'share of median income (0.6 = 60 %)' },
        });
      }
    }
  }

  const a = json.amount;
  if (a !== undefined) {
    if (!isObj(a)) err('amount', '객체여야 합니다', 'must be an object');
    else {
      if (a.label !== undefined) label(a.label, 'amount.label');
      figure(a.monthly, 'amount.monthly', {
        min: 0,
        max: 100_000_000,
        what: { ko: '월 금액(원)', en: 'monthly amount (KRW)' },
      });
      if (a.upToMonthlyRent !== undefined && typeof a.upToMonthlyRent !== 'boolean')
        err('amount.upToMonthlyRent', 'true 또는 false 여야 합니다', 'must be true or false');
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, value: json as unknown as LocalProgramFile };
}
