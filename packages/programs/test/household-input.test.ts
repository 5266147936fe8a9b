import { describe, expect, it } from 'vitest';
import { addressToRegion } from '../src/shared/household/address.ts';
import { checkHousehold } from '../src/shared/household/prepare.ts';
import { screenHousehold } from '../src/shared/screen/screen.ts';

describe('address → region and Gwangju district', () => {
  it.each([
    [
      { sido: '광주광역시', sigungu: '광산구' },
      { region: 'metro', gwangjuDistrict: 'gwangsan' },
    ],
    [
      { sido: '광주', sigungu: '북구' },
      { region: 'metro', gwangjuDistrict: 'buk' },
    ],
    [{ code: '29155' }, { region: 'metro', gwangjuDistrict: 'nam' }],
    [{ code: '2920010100' }, { region: 'metro', gwangjuDistrict: 'gwangsan' }],
    [{ sido: '광주광역시' }, { region: 'metro' }],
    // 경기도 광주시 is 2급지, not 광주광역시.
    [
      { sido: '경기도', sigungu: '광주시' },
      { region: 'gyeonggi', gwangjuDistrict: 'outside' },
    ],
    [
      { sido: '서울특별시', sigungu: '노원구' },
      { region: 'seoul', gwangjuDistrict: 'outside' },
    ],
    [{ sido: '인천' }, { region: 'incheon', gwangjuDistrict: 'outside' }],
    [{ sido: '세종특별자치시' }, { region: 'sejong', gwangjuDistrict: 'outside' }],
    [
      { sido: '경상남도', sigungu: '창원시 성산구' },
      { region: 'changwon', gwangjuDistrict: 'outside' },
    ],
    [{ code: '48123' }, { region: 'changwon', gwangjuDistrict: 'outside' }],
    [
      { sido: '경상남도', sigungu: '김해시' },
      { region: 'other', gwangjuDistrict: 'outside' },
    ],
    [{ sido: '전라북도' }, { region: 'other', gwangjuDistrict: 'outside' }],
    [{ code: '52' }, { region: 'other', gwangjuDistrict: 'outside' }],
    [
      { sido: '부산광역시', sigungu: '해운대구' },
      { region: 'metro', gwangjuDistrict: 'outside' },
    ],
  ])('%j', (address, expected) => {
    expect(addressToRegion(address, '2026-03-01')).toEqual({ ok: true, value: expected });
  });

  it.each([
    [{ sido: '화성' }, 'address.sido'],
    [{ sido: '광주광역시', sigungu: '수완구' }, 'address.sigungu'],
    [{ code: '2911' }, 'address.code'],
    [{ code: '99' }, 'address.code'],
    [{ sido: '서울', code: '29200' }, 'address.code'],
    [{ sido: '광주', sigungu: '동구', code: '29200' }, 'address.code'],
    [{ sigungu: '광산구' }, 'address'],
    [{ sido: '경상남도', sigungu: '창원시', code: '48250' }, 'address.code'],
    [{ sido: '경상남도', sigungu: '김해시', code: '48123' }, 'address.code'],
  ])('refuses %j at %s', (address, path) => {
    const out = addressToRegion(address, '2026-03-01');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.path).toBe(path);
      expect(out.message.ko).not.toBe('');
      expect(out.message.en).not.toBe('');
    }
  });
});

describe('checkHousehold: address and birth dates become what the rules read', () => {
  it('turns an address into region fields and drops the address', () => {
    const out = checkHousehold({ address: { sido: '광주광역시', sigungu: '서구' }, tenure: 'jeonse' }, '2026-03-01');
    expect(out).toEqual({ ok: true, value: { region: 'metro', gwangjuDistrict: 'seo', tenure: 'jeonse' } });
  });

  it('counts 만 나이 and 연 나이 (this year − birth year) on the screening date and drops the birth date', () => {
    const h = { members: [{ birthDate: '1960-03-02' }, { birthDate: '1960-03-01', age: 66 }] };
    expect(checkHousehold(h, '2026-03-01')).toEqual({
      ok: true,
      value: {
        members: [
          { age: 65, yearAge: 66 },
          { age: 66, yearAge: 66 },
        ],
      },
    });
  });

  it('reports every bad field at once: address, birth date, and the rules’ own fields', () => {
    const out = checkHousehold(
      {
        address: { sido: '광주', sigungu: '동구' },
        region: 'seoul',
        members: [{ birthDate: '2030-01-01' }, { birthDate: '1990-02-30' }, { birthDate: '1990-01-01', age: 20 }],
        monthlyRent: -5,
      },
      '2026-03-01',
    );
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors.map((e) => e.path).sort()).toEqual([
        'members[0].birthDate',
        'members[1].birthDate',
        'members[2].birthDate',
        'monthlyRent',
        'region',
      ]);
    }
  });

  it('refuses an address that is not an object of strings', () => {
    const out = checkHousehold({ address: { sido: 29 } }, '2026-03-01');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors[0]?.path).toBe('address');
  });

  it('screens the same as the equivalent region and age', () => {
    const base = { tenure: 'monthly_rent', deposit: 3_000_000, monthlyRent: 250_000, financialAssets: 0, carValue: 0 };
    const income = { earnedIncome: 0, businessIncome: 0, pensionIncome: 400_000, otherIncome: 0 };
    const byAddress = screenHousehold(
      { ...base, address: { code: '29200' }, members: [{ birthDate: '1948-05-01', ...income }] },
      { date: '2026-03-01' },
    );
    const byFields = screenHousehold(
      { ...base, region: 'metro', gwangjuDistrict: 'gwangsan', members: [{ age: 77, ...income }] },
      { date: '2026-03-01' },
    );
    expect(byAddress).toEqual(byFields);
  });
});

describe('review fixes', () => {
  it('refuses a birth date less than a year after the screening date', () => {
    const out = checkHousehold({ members: [{ birthDate: '2025-03-01' }] }, '2025-02-01');
    expect(out.ok).toBe(false);
    if (!out.ok) expect(out.errors.map((e) => e.path)).toEqual(['members[0].birthDate']);
    expect(checkHousehold({ members: [{ birthDate: '2025-02-01' }] }, '2025-02-01')).toEqual({
      ok: true,
      value: { members: [{ age: 0, yearAge: 0 }] },
    });
  });

  it('refuses "outside Gwangju" next to a Gwangju address without its 구, and names the clash in words', () => {
    const out = checkHousehold({ address: { sido: '광주광역시' }, gwangjuDistrict: 'outside' }, '2026-03-01');
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.errors.map((e) => e.path)).toEqual(['gwangjuDistrict']);
      expect(out.errors[0]?.message.ko).toContain('광주광역시');
    }
    const region = checkHousehold({ address: { sido: '경기도' }, region: 'metro' }, '2026-03-01');
    expect(!region.ok && region.errors[0]?.message.ko).toContain('경기도');
    expect(!region.ok && region.errors[0]?.message.ko).not.toContain('gyeonggi');
  });

  it("counts today in Korea's time zone", async () => {
    const { todayIso } = await import('../src/shared/screen/screen.ts');
    // 2026-03-01 08:30 in Seoul is still 28 February in UTC.
    expect(todayIso(new Date('2026-02-28T23:30:00Z'))).toBe('2026-03-01');
    expect(todayIso(new Date('2026-02-28T14:59:00Z'))).toBe('2026-02-28');
  });
});

describe('a place that changed 시·도', () => {
  it('군위군 is 대구 (광역시) from 2023-07-01 and 경상북도 before, however it is written', () => {
    for (const address of [
      { sido: '경상북도', sigungu: '군위군' },
      { sido: '대구광역시', sigungu: '군위군' },
      { code: '47720' },
      { sido: '대구광역시', code: '47720' },
      { sido: '경상북도', code: '27720' },
      { sigungu: '대구광역시 군위군' },
    ]) {
      expect(addressToRegion(address, '2023-07-01')).toEqual({
        ok: true,
        value: { region: 'metro', gwangjuDistrict: 'outside' },
      });
      expect(addressToRegion(address, '2023-06-30')).toEqual({
        ok: true,
        value: { region: 'other', gwangjuDistrict: 'outside' },
      });
    }
  });

  it('refuses a 군위군 code with another 군 name, or 군위군 under an unrelated 시·도', () => {
    expect(addressToRegion({ sigungu: '칠곡군', code: '47720' }, '2024-01-01')).toMatchObject({
      ok: false,
      path: 'address.code',
    });
    expect(addressToRegion({ sido: '경기도', sigungu: '군위군' }, '2024-01-01')).toMatchObject({
      ok: false,
      path: 'address.sido',
    });
  });

  it('accepts a 창원 구 written without "창원시", with or without its code', () => {
    expect(addressToRegion({ sido: '경상남도', sigungu: '진해구', code: '48129' }, '2026-01-01')).toEqual({
      ok: true,
      value: { region: 'changwon', gwangjuDistrict: 'outside' },
    });
    expect(addressToRegion({ sido: '경남', sigungu: '마산합포구' }, '2026-01-01')).toEqual({
      ok: true,
      value: { region: 'changwon', gwangjuDistrict: 'outside' },
    });
  });

  it('infers the region from a Gwangju 구 alone, so 주거급여 is decided as with both', () => {
    const date = '2026-03-01';
    const members = [{ age: 77, earnedIncome: 0, businessIncome: 0, pensionIncome: 400_000, otherIncome: 0 }];
    const assets = { financialAssets: 0, carValue: 0, otherProperty: 0, debts: 0 };
    const base = { tenure: 'monthly_rent', deposit: 3_000_000, monthlyRent: 250_000, ...assets, members };
    const checked = checkHousehold({ ...base, gwangjuDistrict: 'seo' }, date);
    expect(checked.ok && checked.value.region).toBe('metro');
    const alone = screenHousehold({ ...base, gwangjuDistrict: 'seo' }, { date });
    const both = screenHousehold({ ...base, gwangjuDistrict: 'seo', region: 'metro' }, { date });
    if (!alone.ok || !both.ok) throw new Error('screening failed');
    const rent = (s: typeof alone) => s.programs.find((p) => p.id === 'housing-benefit.rent');
    expect(rent(both)?.status).toBe('eligible');
    expect(rent(alone)?.status).toBe(rent(both)?.status);
    expect(rent(alone)?.amount).toBe(rent(both)?.amount);
    expect(rent(alone)?.missing.map((m) => m.path)).not.toContain('region');
    // "Outside Gwangju" says nothing about the region; a given region is never overridden.
    const outside = checkHousehold({ ...base, gwangjuDistrict: 'outside' }, date);
    expect(outside.ok && outside.value.region).toBeUndefined();
  });

  it('takes from the list of people what it says: a 배우자 means married, a child under 15 has no income', () => {
    const checked = checkHousehold(
      {
        members: [
          { relation: 'head', age: 43 },
          { relation: 'spouse', age: 41 },
          { relation: 'child', age: 12 },
          { relation: 'child', age: 16 },
        ],
      },
      '2026-03-01',
    );
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    expect(checked.value.married).toBe(true);
    expect(checked.value.members?.[2]).toMatchObject({
      earnedIncome: 0,
      businessIncome: 0,
      pensionIncome: 0,
      otherIncome: 0,
    });
    expect(checked.value.members?.[3]?.earnedIncome).toBeUndefined();
    expect(checked.value.members?.[1]?.earnedIncome).toBeUndefined();
    // What was answered is never overridden.
    const given = checkHousehold(
      {
        married: false,
        members: [
          { relation: 'head', age: 30 },
          { relation: 'spouse', age: 30 },
          { relation: 'child', age: 8, otherIncome: 100_000 },
        ],
      },
      '2026-03-01',
    );
    if (!given.ok) throw new Error(JSON.stringify(given.errors));
    expect(given.value.married).toBe(false);
    expect(given.value.members?.[2]?.otherIncome).toBe(100_000);
  });
});
