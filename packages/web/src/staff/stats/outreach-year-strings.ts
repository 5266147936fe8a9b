import { defineStrings } from '../../i18n/index.tsx';

/** Words of the 발굴 section of 센터 현황: the year's list screenings in counts kept past the lists. */
export const outreachYearStrings = defineStrings(
  {
    title: '발굴 (명단 선별)',
    lead: '그해 올려 선별을 마친 명단에서 찾은 가구 수입니다. 명단과 선별 결과는 보관 기간이 지나면 지워지지만, 이 숫자는 가구를 알 수 있는 정보 없이 남습니다. 같은 가구가 두 명단에 있으면 두 번 셉니다.',
    lists: '선별을 마친 명단',
    screened: '선별한 가구',
    eligible: '대상일 것 같은 가구',
    unreached: '사각지대 가구 (대상인데 받지 않음)',
    cases: '사례가 된 가구',
    colScreened: '선별한 가구',
    colEligible: '대상일 것 같은 가구',
    colUnreached: '사각지대 가구',
    colCases: '사례가 된 가구',
    withoutReceipt:
      '명단 {n}개는 가구가 받는 제도를 적지 않아 사각지대를 셀 수 없었습니다 (사각지대 수에 들어가지 않음).',
    unknown: '알 수 없음',
    byDistrict: '구별 발굴',
    district: '구',
    noDistrict: '구 모름',
    byProgram: '제도별 발굴',
    program: '제도',
    none: '이 해에 선별을 마친 명단이 없습니다.',
  },
  {
    title: 'Outreach (list screening)',
    lead: 'Households found in the lists uploaded and screened that year. Lists and their results are deleted when their retention ends; these numbers stay, with nothing that identifies a household. A household on two lists is counted twice.',
    lists: 'Lists screened',
    screened: 'Households screened',
    eligible: 'Likely eligible households',
    unreached: 'Households missed (eligible, not receiving)',
    cases: 'Households made into cases',
    colScreened: 'Screened',
    colEligible: 'Likely eligible',
    colUnreached: 'Missed',
    colCases: 'Made cases',
    withoutReceipt:
      '{n} list(s) did not say what households receive, so missed households could not be counted there (not in the missed count).',
    unknown: 'Unknown',
    byDistrict: 'Outreach by district',
    district: 'District',
    noDistrict: 'District unknown',
    byProgram: 'Outreach by program',
    program: 'Program',
    none: 'No list was screened in this year.',
  },
);
