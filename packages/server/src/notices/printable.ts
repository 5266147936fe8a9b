import { GWANGJU_DISTRICTS } from '@jibsa/programs';
import { formatNumber } from '@jibsa/rules';
import type { toNotice } from './store.ts';

type NoticeOut = ReturnType<typeof toNotice>;

const dot = (iso: string) => iso.replaceAll('-', '.');
const won = (n: number) => `${formatNumber(n)}원`;
const guKo = (id: string) => GWANGJU_DISTRICTS.find((d) => d.id === id)?.ko ?? id;
const STATE_KO = { upcoming: '접수 전', open: '접수 중', closing: '마감 임박', closed: '마감' } as const;

/**
 * A 모집공고's facts for the post's own page (/board/<번호>): the words a person needs on paper,
 * with the deadline in words. `esc` is the page's HTML escaper: every value passes through it.
 */
export function noticeFactsHtml(n: NoticeOut, esc: (s: string) => string): string {
  const gu = n.district ? guKo(n.district) : '광주 전역';
  const { minAge, maxAge, assetCap, residence } = n.limits;
  const who = [
    ...(minAge !== undefined || maxAge !== undefined ? [`신청인 나이 만 ${minAge ?? ''}~${maxAge ?? ''}세`] : []),
    ...(assetCap !== undefined ? [`총자산 ${won(assetCap)} 이하`] : []),
    ...(residence?.length ? [`${residence.map(guKo).join('·')} 거주자`] : []),
  ];
  const units = n.units.map((u) =>
    [
      u.area,
      u.count != null ? `${u.count}세대` : '',
      u.deposit != null ? `보증금 ${won(u.deposit)}` : '',
      u.rent != null ? `월 ${won(u.rent)}` : '',
    ]
      .filter(Boolean)
      .join(' · '),
  );
  const period = `${n.applicationStart ? `${dot(n.applicationStart)} ~ ` : ''}${dot(n.applicationEnd)}까지`;
  const left = n.state === 'closed' ? '' : n.daysLeft === 0 ? ' · 오늘 마감' : ` · ${n.daysLeft}일 남음`;
  const rows: [string, string][] = [
    ['접수 기간', `${period} (${STATE_KO[n.state]}${left})`],
    ['공급 기관', n.provider],
    ['주택 유형', n.housingTypeLabel.ko],
    ['위치', [gu, n.complex ?? ''].filter(Boolean).join(' · ')],
    ...(units.length ? ([['공급 세대', units.join(' / ')]] as [string, string][]) : []),
    ...(who.length ? ([['공고의 신청 조건', who.join(', ')]] as [string, string][]) : []),
    ...(n.priorityGroups.length ? ([['우선 공급 대상', n.priorityGroups.join(', ')]] as [string, string][]) : []),
    ...(n.documents.length ? ([['준비할 서류', n.documents.join(', ')]] as [string, string][]) : []),
  ];
  const link = n.url
    ? `<p><a href="${esc(n.url)}">공식 공고문</a> · 자격과 서류는 공식 공고문에서 꼭 확인해 주세요.</p>`
    : '';
  return `<section><h2>공고 요약</h2><dl>${rows
    .map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`)
    .join('')}</dl>${link}</section>`;
}

/** "마감 2026.12.20 (접수 중)": the first words of a notice's link preview. */
export function noticePreview(n: NoticeOut): string {
  return `${n.housingTypeLabel.ko} · 마감 ${dot(n.applicationEnd)} (${STATE_KO[n.state]})`;
}
