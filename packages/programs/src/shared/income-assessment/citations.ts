import type { Citation } from '@jibsa/rules';

/** A 보건복지부 고시 whose number for the year was not read. */
export const notice = (what: string, year?: number): Citation => ({
  title: `보건복지부 고시 「${what}」${year ? ` (${year}년 적용분, 고시번호 미확인)` : ' (고시번호 미확인)'}`,
  url: 'https://www.law.go.kr/LSW/admRulSc.do?query=%EA%B8%B0%EB%B3%B8%EC%9E%AC%EC%82%B0%EC%95%A1',
});
