import type { Label } from '@jibsa/rules';
import { GWANGJU_DISTRICTS, type GwangjuDistrictId } from './districts.ts';

/**
 * An address as people and city lists write it (시·도 and 시·군·구, or a 행정구역 code) turned into
 * the two fields the rules read: `region` (which figures apply: 급지, 기본재산액 지역) and, in
 * Gwangju, `gwangjuDistrict`. Only what the rules need is kept; the address itself is dropped.
 */
export type Region = 'seoul' | 'gyeonggi' | 'incheon' | 'metro' | 'sejong' | 'changwon' | 'other';
export type GwangjuDistrict = GwangjuDistrictId | 'outside';

export interface Address {
  readonly sido?: string;
  readonly sigungu?: string;
  /** 행정표준코드 (법정동 코드) prefix: 2 digits (시·도), 5 (시·군·구) or 10 (읍·면·동). */
  readonly code?: string;
}

export type AddressFields = { region: Region; gwangjuDistrict?: GwangjuDistrict };
export type AddressOutcome = { ok: true; value: AddressFields } | { ok: false; path: string; message: Label };

interface Sido {
  readonly names: readonly string[];
  /** Both the current and the former 시·도 code (강원 42→51, 전북 45→52). */
  readonly codes: readonly string[];
  readonly region: Region;
}

// Former names are kept: 강원특별자치도 (2023-06-11) and 전북특별자치도 (2024-01-18) still appear in lists.
const SIDO: readonly Sido[] = [
  { names: ['서울특별시', '서울시', '서울'], codes: ['11'], region: 'seoul' },
  { names: ['부산광역시', '부산시', '부산'], codes: ['26'], region: 'metro' },
  { names: ['대구광역시', '대구시', '대구'], codes: ['27'], region: 'metro' },
  { names: ['인천광역시', '인천시', '인천'], codes: ['28'], region: 'incheon' },
  { names: ['광주광역시', '광주'], codes: ['29'], region: 'metro' },
  { names: ['대전광역시', '대전시', '대전'], codes: ['30'], region: 'metro' },
  { names: ['울산광역시', '울산시', '울산'], codes: ['31'], region: 'metro' },
  { names: ['세종특별자치시', '세종시', '세종'], codes: ['36'], region: 'sejong' },
  { names: ['경기도', '경기'], codes: ['41'], region: 'gyeonggi' },
  { names: ['강원특별자치도', '강원도', '강원'], codes: ['51', '42'], region: 'other' },
  { names: ['충청북도', '충북'], codes: ['43'], region: 'other' },
  { names: ['충청남도', '충남'], codes: ['44'], region: 'other' },
  { names: ['전북특별자치도', '전라북도', '전북'], codes: ['52', '45'], region: 'other' },
  { names: ['전라남도', '전남'], codes: ['46'], region: 'other' },
  { names: ['경상북도', '경북'], codes: ['47'], region: 'other' },
  { names: ['경상남도', '경남'], codes: ['48'], region: 'other' },
  { names: ['제주특별자치도', '제주도', '제주'], codes: ['50'], region: 'other' },
];

const GWANGJU_DISTRICT_NAMES: readonly { name: string; code: string; district: GwangjuDistrict }[] =
  GWANGJU_DISTRICTS.map((d) => ({ name: d.ko, code: d.code, district: d.id }));

/** 창원시 (경상남도) has its own 기본재산액 group; its five 구 share the 4812x codes. */
const CHANGWON_CODE = /^4812\d/;

const squash = (s: string) => s.replace(/\s+/g, '');

/** `date` (ISO) is the screening date: a place that changed 시·도 is placed where it was on that day. */
export function addressToRegion(address: Address, date: string): AddressOutcome {
  const sido = address.sido !== undefined ? findSidoByName(address.sido) : undefined;
  if (address.sido !== undefined && !sido) {
    return fail('address.sido', {
      ko: `시·도 이름을 알 수 없습니다: ${address.sido} (예: 광주광역시, 경기도)`,
      en: `unknown province or city: ${address.sido} (e.g. 광주광역시, 경기도)`,
    });
  }
  const code = address.code === undefined ? undefined : squash(address.code);
  if (code !== undefined && !/^(\d{2}|\d{5}|\d{10})$/.test(code)) {
    return fail('address.code', {
      ko: '행정구역 코드는 숫자 2자리(시·도), 5자리(시·군·구) 또는 10자리입니다.',
      en: 'the area code must be 2 (province), 5 (district) or 10 digits.',
    });
  }
  const gunwi = gunwiOutcome(address, code, sido, date);
  if (gunwi) return gunwi;
  const byCode = code ? SIDO.find((s) => s.codes.includes(code.slice(0, 2))) : undefined;
  if (code && !byCode) {
    return fail('address.code', { ko: `알 수 없는 행정구역 코드입니다: ${code}`, en: `unknown area code: ${code}` });
  }
  if (sido && byCode && sido !== byCode) {
    return fail('address.code', {
      ko: `행정구역 코드 ${code}는 ${sido.names[0]}의 코드가 아닙니다.`,
      en: `area code ${code} is not in ${sido.names[0]}.`,
    });
  }
  const found = sido ?? byCode;
  if (!found) {
    return fail('address', {
      ko: '주소에는 시·도 이름(sido)이나 행정구역 코드(code)가 있어야 합니다.',
      en: 'an address needs a province or city name (sido) or an area code (code).',
    });
  }
  const sigungu = address.sigungu === undefined ? undefined : squash(address.sigungu);
  const district5 = code && code.length >= 5 ? code.slice(0, 5) : undefined;
  if (found.codes.includes('29')) return gwangju(sigungu, district5);
  if (found.codes.includes('48')) {
    const byName =
      sigungu === undefined ? undefined : sigungu.startsWith('창원') || CHANGWON_DISTRICTS.includes(sigungu);
    const byCode = district5 === undefined ? undefined : CHANGWON_CODE.test(district5);
    if (byName !== undefined && byCode !== undefined && byName !== byCode) {
      return fail('address.code', {
        ko: `행정구역 코드 ${district5}와 시·군·구 이름 ${sigungu}이(가) 서로 맞지 않습니다.`,
        en: `area code ${district5} and district name ${sigungu} do not match.`,
      });
    }
    if (byName || byCode) return { ok: true, value: { region: 'changwon', gwangjuDistrict: 'outside' } };
  }
  return { ok: true, value: { region: found.region, gwangjuDistrict: 'outside' } };
}

/** 창원시's five 구, which people often write without "창원시". */
const CHANGWON_DISTRICTS = ['의창구', '성산구', '마산합포구', '마산회원구', '진해구'];

const GUNWI_MOVED = '2023-07-01';
const GUNWI_CODES = ['47720', '27720'];
const GUNWI_NAMES = ['군위군', '대구광역시군위군', '경상북도군위군'];

/**
 * 군위군 moved from 경상북도 (code 47720) to 대구광역시 (27720) on 2023-07-01. Any of its names or
 * codes, under either 시·도, is the same place: 광역시 from that day, 도 before. Undefined when
 * the address is not 군위군.
 */
function gunwiOutcome(address: Address, code: string | undefined, sido: Sido | undefined, date: string) {
  const sigungu = address.sigungu === undefined ? undefined : squash(address.sigungu);
  const byName = sigungu !== undefined && GUNWI_NAMES.includes(sigungu);
  const byCode = code !== undefined && code.length >= 5 && GUNWI_CODES.includes(code.slice(0, 5));
  if (!byName && !byCode) return undefined;
  if (sigungu !== undefined && code !== undefined && code.length >= 5 && byName !== byCode) {
    return fail('address.code', {
      ko: `행정구역 코드 ${code.slice(0, 5)}와 시·군·구 이름 ${sigungu}이(가) 서로 맞지 않습니다.`,
      en: `area code ${code.slice(0, 5)} and district name ${sigungu} do not match.`,
    });
  }
  if (sido && !sido.codes.some((c) => c === '27' || c === '47')) {
    return fail('address.sido', {
      ko: `군위군은 ${sido.names[0]}에 있지 않습니다 (대구광역시, 2023년 6월까지는 경상북도).`,
      en: `군위군 is not in ${sido.names[0]} (it is in 대구광역시; 경상북도 until June 2023).`,
    });
  }
  return { ok: true, value: { region: date >= GUNWI_MOVED ? 'metro' : 'other', gwangjuDistrict: 'outside' } } as const;
}

function gwangju(sigungu: string | undefined, district5: string | undefined): AddressOutcome {
  const byName = sigungu
    ? GWANGJU_DISTRICT_NAMES.find((d) => d.name === sigungu || `광주광역시${d.name}` === sigungu)
    : undefined;
  if (sigungu && !byName) {
    return fail('address.sigungu', {
      ko: `광주광역시의 구가 아닙니다: ${sigungu} (동구·서구·남구·북구·광산구 중 하나)`,
      en: `not a district of Gwangju: ${sigungu} (동구, 서구, 남구, 북구 or 광산구)`,
    });
  }
  const byCode = district5 ? GWANGJU_DISTRICT_NAMES.find((d) => d.code === district5) : undefined;
  if (district5 && !byCode) {
    return fail('address.code', {
      ko: `광주광역시의 구 코드가 아닙니다: ${district5}`,
      en: `not a Gwangju district code: ${district5}`,
    });
  }
  if (byName && byCode && byName !== byCode) {
    return fail('address.code', {
      ko: `행정구역 코드 ${district5}는 ${byName.name}의 코드가 아닙니다.`,
      en: `area code ${district5} is not ${byName.name}.`,
    });
  }
  const d = byName ?? byCode;
  return { ok: true, value: d ? { region: 'metro', gwangjuDistrict: d.district } : { region: 'metro' } };
}

function findSidoByName(name: string): Sido | undefined {
  const n = squash(name);
  return SIDO.find((s) => s.names.includes(n));
}

const fail = (path: string, message: Label): AddressOutcome => ({ ok: false, path, message });
