import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { formatNumber } from '@jibsa/rules';
import type { toNotice } from './store.ts';

type NoticeOut = ReturnType<typeof toNotice>;
export type PageLang = 'ko' | 'en';

const dot = (iso: string) => iso.replaceAll('-', '.');
const gu = (id: string, lang: PageLang) => GWANGJU_DISTRICTS.find((d) => d.id === id)?.[lang] ?? id;

/** The words of a notice's facts on paper, as the board's page in the app says them. */
const WORDS = {
  ko: {
    title: '공고 요약',
    period: '접수 기간',
    provider: '공급 기관',
    housingType: '주택 유형',
    place: '위치',
    units: '공급 세대',
    who: '공고의 신청 조건',
    priority: '우선 공급 대상',
    documents: '준비할 서류',
    cityWide: '광주 전역',
    dates: (start: string, end: string) => `${start ? `${start} ~ ` : ''}${end}까지`,
    age: (range: string) => `신청인 나이 만 ${range}세`,
    assets: (amount: string) => `총자산 ${amount} 이하`,
    residence: (where: string) => `${where} 거주자`,
    homes: (n: number) => `${n}세대`,
    deposit: (amount: string) => `보증금 ${amount}`,
    rent: (amount: string) => `월 ${amount}`,
    won: (n: number) => `${formatNumber(n)}원`,
    state: { upcoming: '접수 전', open: '접수 중', closing: '마감 임박', closed: '마감' },
    lastDay: '오늘 마감',
    daysLeft: (n: number) => `${n}일 남음`,
    official: '공식 공고문',
    check: '자격과 서류는 공식 공고문에서 꼭 확인해 주세요.',
  },
  en: {
    title: 'Notice at a glance',
    period: 'Application period',
    provider: 'Provider',
    housingType: 'Housing type',
    place: 'Location',
    units: 'Homes offered',
    who: 'Who may apply (per the notice)',
    priority: 'Priority groups',
    documents: 'Documents to prepare',
    cityWide: 'All of Gwangju',
    dates: (start: string, end: string) => (start ? `${start} ~ ${end}` : `until ${end}`),
    age: (range: string) => `Applicant aged ${range}`,
    assets: (amount: string) => `Total assets up to ${amount}`,
    residence: (where: string) => `People living in ${where}`,
    homes: (n: number) => `${n} homes`,
    deposit: (amount: string) => `deposit ${amount}`,
    rent: (amount: string) => `${amount} a month`,
    won: (n: number) => `${n.toLocaleString('en-GB')} won`,
    state: { upcoming: 'not open yet', open: 'open', closing: 'closing soon', closed: 'closed' },
    lastDay: 'closes today',
    daysLeft: (n: number) => `${n} days left`,
    official: 'Official notice',
    check: 'Always check eligibility and documents in the official notice.',
  },
} as const;

/**
 * A 모집공고's facts for the post's own page (/board/<번호>): the words a person needs on paper,
 * with the deadline in words. `esc` is the page's HTML escaper: every value passes through it.
 * `ko` marks what the notice itself wrote (names, places, groups, documents): Korean on an English page.
 */
export function noticeFactsHtml(
  n: NoticeOut,
  esc: (s: string) => string,
  lang: PageLang = 'ko',
  ko: (s: string) => string = esc,
): string {
  const w = WORDS[lang];
  const { minAge, maxAge, assetCap, residence } = n.limits;
  const who = [
    ...(minAge !== undefined || maxAge !== undefined ? [w.age(`${minAge ?? ''}~${maxAge ?? ''}`)] : []),
    ...(assetCap !== undefined ? [w.assets(w.won(assetCap))] : []),
    ...(residence?.length ? [w.residence(residence.map((d) => gu(d, lang)).join(lang === 'ko' ? '·' : ', '))] : []),
  ];
  const units = n.units.map((u) =>
    [
      ko(u.area),
      u.count != null ? esc(w.homes(u.count)) : '',
      u.deposit != null ? esc(w.deposit(w.won(u.deposit))) : '',
      u.rent != null ? esc(w.rent(w.won(u.rent))) : '',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  const period = w.dates(n.applicationStart ? dot(n.applicationStart) : '', dot(n.applicationEnd));
  const left = n.state === 'closed' ? '' : n.daysLeft === 0 ? ` · ${w.lastDay}` : ` · ${w.daysLeft(n.daysLeft)}`;
  // Each row's value is HTML already escaped: the notice's own words go through `ko`, ours through `esc`.
  const rows: [string, string][] = [
    [w.period, esc(`${period} (${w.state[n.state]}${left})`)],
    [w.provider, ko(n.provider)],
    [w.housingType, esc(n.housingTypeLabel[lang])],
    [
      w.place,
      [esc(n.district ? gu(n.district, lang) : w.cityWide), n.complex ? ko(n.complex) : ''].filter(Boolean).join(' · '),
    ],
    ...(units.length ? ([[w.units, units.join(' / ')]] as [string, string][]) : []),
    ...(who.length ? ([[w.who, esc(who.join(', '))]] as [string, string][]) : []),
    ...(n.priorityGroups.length ? ([[w.priority, ko(n.priorityGroups.join(', '))]] as [string, string][]) : []),
    ...(n.documents.length ? ([[w.documents, ko(n.documents.join(', '))]] as [string, string][]) : []),
  ];
  const link = n.url ? `<p><a href="${esc(n.url)}">${w.official}</a> · ${w.check}</p>` : '';
  return `<section><h2>${w.title}</h2><dl>${rows
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${v}</dd>`)
    .join('')}</dl>${link}</section>`;
}

/** "마감 2026.12.20 (접수 중)": the first words of a notice's link preview. */
export function noticePreview(n: NoticeOut): string {
  return `${n.housingTypeLabel.ko} · 마감 ${dot(n.applicationEnd)} (${WORDS.ko.state[n.state]})`;
}
