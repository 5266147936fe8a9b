import type { Label } from '@jibsa/rules';
import { blank, clip, type Parsed, squash } from './values.ts';

/* A cell naming one of an enum field's values: by id, label or the words lists use for it. */

/**
 * Everyday words for each value of an enum field, matched after spaces and dots are removed.
 * The field's own ids and Korean and English labels are accepted too (see `parseChoice`).
 */
export const EVERYDAY_WORDS: Record<string, Record<string, readonly string[]>> = {
  tenure: {
    monthly_rent: [
      '월세',
      '보증부월세',
      '반전세',
      '사글세',
      '삭월세',
      '일세',
      '달세',
      '임대',
      '공공임대',
      '영구임대',
      '국민임대',
      '매입임대',
    ],
    jeonse: ['전세', '전세임대', '전세자금'],
    owner: ['자가', '자기집', '내집', '본인소유', '소유', '자가소유', '자가주택'],
    free: ['무상', '무상거주', '무상임대', '무료', '관사', '사택', '친척집', '지인집'],
    homeless: ['노숙', '거리노숙', '거처없음', '주거없음', '홈리스'],
  },
  housingType: {
    apartment: ['아파트', '아파트먼트', 'apt'],
    multi_family: ['다세대', '다세대주택', '연립', '연립주택', '다가구', '다가구주택', '빌라', '원룸', '투룸'],
    detached: ['단독', '단독주택', '주택', '일반주택'],
    officetel: ['오피스텔'],
    semi_basement: ['반지하', '지하', '지하층', '반지층', '지층'],
    rooftop: ['옥탑', '옥탑방'],
    goshiwon: ['고시원', '고시텔', '원룸텔', '리빙텔'],
    jjokbang: ['쪽방', '쪽방촌'],
    inn: ['여관', '여인숙', '모텔', '여관여인숙', '숙박업소'],
    vinyl_house: ['비닐하우스', '움막', '판잣집', '판자집', '비닐하우스움막'],
    shelter: ['노숙인시설', '노숙인쉼터', '쉼터', '보호시설'],
    other_non_housing: ['기타', '컨테이너', '창고', '공장', '상가', 'pc방', '사무실', '기타비주택'],
  },
  gwangjuDistrict: {
    dong: ['동구', '광주동구'],
    seo: ['서구', '광주서구'],
    nam: ['남구', '광주남구'],
    buk: ['북구', '광주북구'],
    gwangsan: ['광산구', '광주광산구'],
    outside: ['광주밖', '타지역', '관외'],
  },
  region: {
    seoul: ['서울', '서울시', '서울특별시'],
    gyeonggi: ['경기', '경기도'],
    incheon: ['인천', '인천시', '인천광역시'],
    metro: [
      '광역시',
      '광주',
      '광주광역시',
      '부산',
      '대구',
      '대전',
      '울산',
      '부산광역시',
      '대구광역시',
      '대전광역시',
      '울산광역시',
    ],
    sejong: ['세종', '세종시', '세종특별자치시'],
    changwon: ['창원', '창원시'],
    other: ['기타', '그밖', '시군'],
  },
  carUse: {
    livelihood: ['생업용', '생계용', '영업용', '생업', '생계형'],
    disabled_member: ['장애인용', '장애인차량', '장애인사용', '장애인사용차량'],
    veteran: ['국가유공자', '유공자', '보훈대상자', '상이자'],
    none: ['일반', '일반용', '자가용', '비영업용', '해당없음', '없음'],
  },
  carKind: {
    passenger: ['승용', '승용차'],
    small_van: ['승합', '승합차', '소형승합', '소형승합차'],
    small_truck: ['화물', '화물차', '소형화물', '소형화물차', '트럭', '1톤'],
    other: ['기타', '오토바이', '이륜차', '특수', '특수차', '대형'],
  },
  earnerGroup: {
    school_student: ['초중고학생', '만학도', '25세이상학생'],
    defector: ['북한이탈주민', '새터민', '탈북민', '탈북주민'],
    care_leaver: ['자립준비청년', '보호종료아동', '보호종료청년', '시설퇴소', '시설퇴소아동'],
    vocational_rehab: ['직업재활', '직업재활참여', '직업재활사업'],
    none: ['일반', '해당없음', '없음'],
  },
  relation: {
    head: ['본인', '가구주', '세대주'],
    spouse: ['배우자', '처', '남편', '아내'],
    child: ['자녀', '아들', '딸', '자'],
    parent: ['부모', '부', '모', '아버지', '어머니'],
    grandchild: ['손자녀', '손자', '손녀'],
    sibling: ['형제자매', '형제', '자매'],
    other: ['기타', '그밖', '친척'],
  },
};

/** Lists give an engine's size in cc ("1,998cc", "998"); the household format asks for its band. */
function engineBucket(squashed: string): string | undefined {
  const m = /^(\d{2,5})(cc|씨씨)?$/.exec(squashed.replaceAll(',', ''));
  if (!m) return undefined;
  const cc = Number(m[1]);
  if (cc < 1000) return 'under_1000';
  if (cc < 1600) return 'under_1600';
  if (cc < 2000) return 'under_2000';
  if (cc < 2500) return 'under_2500';
  return 'from_2500';
}

/**
 * A field's names for its values, squashed once: each value's id, everyday words and labels (the
 * first value a name belongs to keeps it), and the everyday words of two or more letters a cell may
 * start with, in the values' order. Squashing every name of every value again for each cell was
 * most of the time of reading a list's row.
 */
interface ChoiceIndex {
  readonly labels: Readonly<Record<string, Label>>;
  readonly exact: ReadonlyMap<string, string>;
  readonly prefixes: readonly (readonly [string, string])[];
}

/** One object for "no labels", so a field without them finds its kept index. */
const NO_LABELS: Readonly<Record<string, Label>> = Object.freeze({});

const choiceIndexes = new WeakMap<readonly string[], Map<string, ChoiceIndex>>();

function choiceIndex(field: string, values: readonly string[], labels: Readonly<Record<string, Label>>): ChoiceIndex {
  let byField = choiceIndexes.get(values);
  if (byField === undefined) {
    byField = new Map();
    choiceIndexes.set(values, byField);
  }
  const kept = byField.get(field);
  if (kept !== undefined && kept.labels === labels) return kept;
  const words = EVERYDAY_WORDS[field] ?? {};
  const exact = new Map<string, string>();
  const prefixes: [string, string][] = [];
  for (const v of values) {
    const label = labels[v];
    for (const name of [v, ...(words[v] ?? []), ...(label ? [label.ko, label.en] : [])]) {
      const key = squash(name);
      if (!exact.has(key)) exact.set(key, v);
    }
  }
  for (const v of values) for (const w of words[v] ?? []) if (w.length >= 2) prefixes.push([squash(w), v]);
  const index = { labels, exact, prefixes };
  byField.set(field, index);
  return index;
}

/** One of a field's values, from its id, its labels or an everyday word (EVERYDAY_WORDS). */
export function parseChoice(
  raw: string,
  field: string,
  values: readonly string[],
  labels: Readonly<Record<string, Label>> = NO_LABELS,
): Parsed<string> {
  const text = raw.trim();
  if (blank(text)) return { ok: true, value: null };
  const s = squash(text);
  if (field === 'carEngine') {
    const bucket = engineBucket(s);
    if (bucket && values.includes(bucket)) return { ok: true, value: bucket };
  }
  const index = choiceIndex(field, values, labels);
  const exact = index.exact.get(s);
  if (exact !== undefined) return { ok: true, value: exact };
  // "광산구 신창동", "보증부 월세(월 25만)": the first value whose everyday word the cell starts with.
  for (const [word, v] of index.prefixes) if (s.startsWith(word)) return { ok: true, value: v };
  // Each language names the values by its own labels: the English column of the problem-row file
  // showed the codes ("monthly_rent, jeonse …"), words no official types in a list.
  const shown = (lang: 'ko' | 'en', separator: string) =>
    values
      .slice(0, 6)
      .map((v) => labels[v]?.[lang] ?? v)
      .join(separator);
  return {
    ok: false,
    message: {
      ko: `알 수 없는 값입니다: "${clip(text)}" (예: ${shown('ko', ', ')})`,
      // English labels hold commas of their own ("villa, one-room building").
      en: `unknown value: "${clip(text)}" (one of: ${shown('en', '; ')})`,
    },
  };
}
