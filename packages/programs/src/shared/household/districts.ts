/** Gwangju Metropolitan City's five autonomous districts (자치구): the one list the server, web and CLI share. */
export const GWANGJU_DISTRICTS = [
  { id: 'dong', ko: '동구', en: 'Dong-gu', code: '29110' },
  { id: 'seo', ko: '서구', en: 'Seo-gu', code: '29140' },
  { id: 'nam', ko: '남구', en: 'Nam-gu', code: '29155' },
  { id: 'buk', ko: '북구', en: 'Buk-gu', code: '29170' },
  { id: 'gwangsan', ko: '광산구', en: 'Gwangsan-gu', code: '29200' },
] as const;

export type GwangjuDistrictId = (typeof GWANGJU_DISTRICTS)[number]['id'];
export const GWANGJU_DISTRICT_IDS: readonly GwangjuDistrictId[] = GWANGJU_DISTRICTS.map((d) => d.id);

export function isGwangjuDistrict(value: unknown): value is GwangjuDistrictId {
  return (GWANGJU_DISTRICT_IDS as readonly unknown[]).includes(value);
}
