/** Citations shared by the 주거급여 parameter files. */
import type { Citation } from '@jibsa/rules';

export const ACT: Citation = {
  title: '주거급여법 (법률 제19390호, 시행 2023-10-19)',
  url: 'https://www.law.go.kr/법령/주거급여법',
};

export const molitStandard = (year: number, number?: string): Citation => ({
  title: `국토교통부 고시 ${number ?? '(고시번호 미확인)'} 「${year}년 주거급여 선정기준 및 최저보장수준」`,
  url: 'https://www.molit.go.kr/USR/I0204/m_45/lst.jsp',
  article: '주거급여 선정기준 / 기준임대료(급지·가구원수별) / 수선유지급여 보수한도',
});

export const IMPL: Citation = {
  title: '국토교통부 고시 「주거급여 실시에 관한 고시」 (개정 연도별, 고시번호 미확인)',
  url: 'https://www.law.go.kr/LSW/admRulSc.do?query=%EC%A3%BC%EA%B1%B0%EA%B8%89%EC%97%AC%20%EC%8B%A4%EC%8B%9C%EC%97%90%20%EA%B4%80%ED%95%9C%20%EA%B3%A0%EC%8B%9C',
  article: '임차급여 산정 (자기부담분·실제임차료·지급액 단위·최저지급액)',
};

export const GUIDE = (year: number): Citation => ({
  title: `국토교통부 「${year}년 주거급여 사업안내」`,
  url: 'https://www.molit.go.kr/USR/policyTarget/m_24066/dtl.jsp?idx=1065',
  article: '임차급여 / 수선유지급여 / 청년 분리지급',
});
