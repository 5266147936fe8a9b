/** Citations shared by the 기초생활보장 parameter files. */
import type { Citation } from '@jibsa/rules';

export const ACT: Citation = {
  title: '국민기초생활 보장법 (법률 제21065호, 시행 2025-10-01)',
  url: 'https://www.law.go.kr/법령/국민기초생활보장법',
};

export const mohw = (year: number, number?: string): Citation => ({
  title: `보건복지부 고시 ${number ?? '(고시번호 미확인)'} 「${year}년 기준 중위소득 및 생계·의료급여 선정기준과 최저보장수준」`,
  url:
    year === 2026
      ? 'https://www.law.go.kr/admRulInfoP.do?admRulSeq=2100000262584'
      : 'https://www.mohw.go.kr/menu.es?mid=a10708010900',
  article: '기준 중위소득 표 / 급여별 선정기준 표 (가구규모 1~7인, 8인 이상 가산)',
});

export const moe = (year: number): Citation => ({
  title: `교육부 고시 「${year}년 교육급여 선정기준 및 최저보장수준」 (고시번호 미확인)`,
  url: 'https://www.moe.go.kr',
});

/**
 * 2027 figures: decided by the 제80차 중앙생활보장위원회 on 2026-07-28 and announced in the 보건복지부 press release of
 * that day. The 고시 number (제2026-157호) is named by two independent public copies; its text was not opened.
 */
export const MOHW_2027: Citation = {
  title:
    '보건복지부 보도자료 「내년 기준 중위소득 6.70% 역대 최대 인상」 (2026-07-28, 제80차 중앙생활보장위원회); 보건복지부 고시 제2026-157호 「2027년 기준 중위소득 및 생계·의료급여 선정기준과 최저보장수준」',
  url: 'https://www.korea.kr/briefing/pressReleaseView.do?newsId=156772464',
  article: '기준 중위소득 표 / 급여별 선정기준 표',
};
