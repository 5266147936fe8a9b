/**
 * 재산 범위에서 제외하는 자동차 (issue 16 item 2, policy-fields pass 2026-12-05): a car used for a living (생업용), a
 * car a severely disabled member uses (장애인 사용) and a 국가유공자·보훈보상대상자 (상이 1~3급) car are left out of
 * the property, or (생업용 before 2024) counted at half its value at the 일반재산 rate. Keyed by the household's
 * `carUse`: 'livelihood' · 'disabled_member' · 'veteran', and 'none' (no exemption: engine limit 0, all of it counted,
 * so the rules need not test the use before looking it up).
 *
 * Sources (pages and code corpora, searched 2026-12-05):
 *  - gov.jjyu.co.kr/guide/financial-car-property (2026-08-15, citing 보건복지부고시 제2025-204호 별표1 and 찾기쉬운
 *    생활법령): "장애의 정도가 심한 장애인 본인의 이동수단인 2,000cc 미만 자동차 1대, 국가유공자·보훈보상대상자 중
 *    상이등급 1~3급 본인의 2,000cc 미만 자동차 1대, 생계유지를 위한 직접적 수단인 생업용 자동차 1대" (file id
 *    59435586344; the same three in an FAQ copy, id 59587048458);
 *  - bliss30.com (2025): 장애 정도가 심한 장애인 본인이 직접 사용하는 2,000cc 미만 승용자동차 1대 "재산가액 산정에서
 *    완전히 제외 (차량 가액, 차령 무관)"; eunzzing.blogspot.com (2026-02) the same, and the 상이 1~3급 car;
 *  - angelsitter.co.kr board no=1431 (copy of the 보건복지부 release on the 2024 고시 개정): "생업용 자동차 1대는
 *    재산가액 산정에서 제외 (현행 50%만 산정) … '24년부터 2,000cc 미만의 생업용 자동차 1대는 재산 산정에서 100%
 *    제외"; tree-post.com ("2023년까지는 가격에서 50%를 감면하고 월 4.17% … 2024년부터는 재산에 아예 반영조차 되지
 *    않는다", but 승용 1,600cc 미만 — CONFLICT with the release's 2,000cc);
 *  - a public calculator with the 2022 기준 중위소득 (Django views, file id 47326461232): 생업용 "car × 0.5 × 0.0417",
 *    장애인·국가유공자 0.
 */
import type { ParameterDef } from '@jibsa/rules';
import { notice } from './citations.ts';

const CAR_NOTICE = '자동차의 재산가액 산정기준과 재산가액에서 차감하는 기본재산액 및 부채';
const NOTICE_2025_204 = {
  title: '보건복지부고시 제2025-204호 「자동차의 재산가액 산정기준과 재산가액에서 차감하는 기본재산액 및 부채」 별표1',
  url: 'https://www.law.go.kr/LSW/admRulSc.do?query=%EC%9E%90%EB%8F%99%EC%B0%A8%EC%9D%98%20%EC%9E%AC%EC%82%B0%EA%B0%80%EC%95%A1',
};

/** No engine limit: larger than any band (bands stop at 2,500cc 이상). */
export const NO_ENGINE_LIMIT = 1_000_000;

export const carExemptEngineLimit: ParameterDef = {
  id: 'income-assessment.car-exempt.engine-limit',
  label: {
    ko: '재산에서 빼는 자동차의 배기량 한도 (미만, 쓰는 까닭별)',
    en: 'Engine size below which an exempt car is left out (by use)',
  },
  unit: 'count',
  dimensions: ['carUse'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      to: '2021-12-31',
      value: { livelihood: NO_ENGINE_LIMIT, disabled_member: 2000, veteran: 2000, none: 0 },
      citation: notice(CAR_NOTICE, 2019),
      evidence: 'recall',
      note: 'cc. RECALL: the 2,000cc limit of the 장애인·국가유공자 car carried back from the 2025–2026 copies; no copy dated 2019–2021. 생업용: no engine limit seen before 2024 (the 2022 calculator has none; the 2024 release names 2,000cc as part of the 2024 change) — taken as none, so a 생업용 car is never wrongly counted in full.',
    },
    {
      from: '2022-01-01',
      to: '2023-12-31',
      value: { livelihood: NO_ENGINE_LIMIT, disabled_member: 2000, veteran: 2000, none: 0 },
      citation: notice(CAR_NOTICE, 2022),
      evidence: 'single',
      note: 'cc. The 2022 calculator (file id 47326461232) leaves 장애인·국가유공자 cars out and halves 생업용, but names no engine size; the 2,000cc is carried back from the 2025–2026 copies (recall).',
    },
    {
      from: '2024-01-01',
      to: '2024-12-31',
      value: { livelihood: 2000, disabled_member: 2000, veteran: 2000, none: 0 },
      citation: notice(CAR_NOTICE, 2024),
      evidence: 'single',
      note: 'cc. 생업용 2,000cc 미만 from 2024: the release copy (angelsitter.co.kr no=1431) alone; CONFLICT: tree-post.com says 승용 1,600cc 미만. 장애인·국가유공자: carried back from 2025 (recall).',
    },
    {
      from: '2025-01-01',
      value: { livelihood: 2000, disabled_member: 2000, veteran: 2000, none: 0 },
      citation: NOTICE_2025_204,
      evidence: 'secondary',
      note: 'cc. 장애인 and 상이 1~3급 cars 2,000cc 미만: gov.jjyu.co.kr (고시 제2025-204호 별표1), bliss30.com (2025), eunzzing.blogspot.com (2026-02). 생업용: those copies name no engine size ("생업용 자동차 1대"); the 2,000cc of the 2024 release is kept (single).',
    },
  ],
};

export const carExemptCountedShare: ParameterDef = {
  id: 'income-assessment.car-exempt.counted-share',
  label: {
    ko: '재산에서 빼는 자동차 중 일반재산으로 셈하는 몫 (쓰는 까닭별)',
    en: 'Share of an exempt car still counted, at the ordinary-property rate (by use)',
  },
  unit: 'ratio',
  dimensions: ['carUse'],
  beyondMax: 'error',
  periods: [
    {
      from: '2019-01-01',
      to: '2021-12-31',
      value: { livelihood: 0.5, disabled_member: 0, veteran: 0, none: 1 },
      citation: notice(CAR_NOTICE, 2019),
      evidence: 'recall',
      note: 'RECALL for 2019–2021: the 2022–2023 treatment (생업용 50 % at 월 4.17 %, 장애인·국가유공자 left out) carried back; no copy dated those years.',
    },
    {
      from: '2022-01-01',
      to: '2023-12-31',
      value: { livelihood: 0.5, disabled_member: 0, veteran: 0, none: 1 },
      citation: notice(CAR_NOTICE, 2022),
      evidence: 'secondary',
      note: '생업용 "현행 50%만 산정" (2024 release copy, angelsitter.co.kr no=1431), "2023년까지는 가격에서 50%를 감면하고 월 4.17%" (tree-post.com), "car × 0.5 × 0.0417" (2022 calculator, file id 47326461232). 장애인·국가유공자 0: the 2022 calculator (single for those two).',
    },
    {
      from: '2024-01-01',
      value: { livelihood: 0, disabled_member: 0, veteran: 0, none: 1 },
      citation: NOTICE_2025_204,
      evidence: 'secondary',
      note: '"\u201924년부터 … 생업용 자동차 1대는 재산 산정에서 100% 제외" (release copy) and tree-post.com ("2024년부터는 재산에 아예 반영조차 되지 않는다"); 장애인·국가유공자 "재산 범위에서 제외" (gov.jjyu.co.kr citing 고시 제2025-204호 별표1; bliss30.com 2025; eunzzing 2026). 2024 for 장애인·국가유공자 carried from 2025 (recall). Not encoded: a car of a mildly disabled member at the 일반재산 rate (bliss30.com only).',
    },
  ],
};

export const carExemptionParameters: readonly ParameterDef[] = [carExemptEngineLimit, carExemptCountedShare];
