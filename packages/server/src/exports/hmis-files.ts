import { WAITLISTED } from '../referrals/vocabulary.ts';
import {
  eventCode,
  exitDestination,
  livingSituation,
  NOT_COLLECTED,
  referralOutcome,
  referralResult,
  relationshipToHoH,
  SERVICES_RECORD_TYPE,
  typeProvided,
} from './hmis-codes.ts';
import type { ExportData, ExportPerson, ExportReferral, Period } from './queries.ts';

/**
 * The five HMIS CSV (FY2024) files Jibsa writes, column by column: HMIS names first, in HMIS
 * order (a subset: elements Jibsa has no data for are left out), then Jibsa's own extension
 * columns at the end. docs/hmis-csv-mapping.md documents each; the tests pin these headers.
 */
export const HMIS_COLUMNS = {
  'Client.csv': [
    'PersonalID',
    'FirstName',
    'MiddleName',
    'LastName',
    'NameSuffix',
    'NameDataQuality',
    'SSN',
    'SSNDataQuality',
    'DOB',
    'DOBDataQuality',
    'RaceNone',
    'GenderNone',
    'VeteranStatus',
    'DateCreated',
    'DateUpdated',
    'UserID',
    'DateDeleted',
    'ExportID',
    'BirthYear',
    'District',
    'CaseNumber',
  ],
  'Enrollment.csv': [
    'EnrollmentID',
    'PersonalID',
    'ProjectID',
    'EntryDate',
    'HouseholdID',
    'RelationshipToHoH',
    'EnrollmentCoC',
    'LivingSituation',
    'DisablingCondition',
    'MoveInDate',
    'DateCreated',
    'DateUpdated',
    'UserID',
    'DateDeleted',
    'ExportID',
    'CaseNumber',
    'District',
    'CaseStatus',
    'HousingType',
    'Tenure',
  ],
  'Exit.csv': [
    'ExitID',
    'EnrollmentID',
    'PersonalID',
    'ExitDate',
    'Destination',
    'DestinationSubsidyType',
    'OtherDestination',
    'DateCreated',
    'DateUpdated',
    'UserID',
    'DateDeleted',
    'ExportID',
    'CaseNumber',
    'DestinationSource',
    'Outcome',
  ],
  'Services.csv': [
    'ServicesID',
    'EnrollmentID',
    'PersonalID',
    'DateProvided',
    'RecordType',
    'TypeProvided',
    'OtherTypeProvided',
    'SubTypeProvided',
    'FAAmount',
    'ReferralOutcome',
    'DateCreated',
    'DateUpdated',
    'UserID',
    'DateDeleted',
    'ExportID',
    'ReferralNumber',
    'CaseNumber',
    'AgencySlug',
    'ServiceSlug',
    'ReferralStatus',
    'Outcome',
    'DueDate',
    'PreviousServicesID',
    'WaitlistRank',
  ],
  'Event.csv': [
    'EventID',
    'EnrollmentID',
    'PersonalID',
    'EventDate',
    'Event',
    'ProbSolDivRRResult',
    'ReferralCaseManageAfter',
    'LocationCrisisOrPHHousing',
    'ReferralResult',
    'ResultDate',
    'DateCreated',
    'DateUpdated',
    'UserID',
    'DateDeleted',
    'ExportID',
    'ServicesID',
    'CaseNumber',
    'AgencySlug',
    'FromStatus',
    'ReferralStatus',
    'Outcome',
    'WaitlistRank',
  ],
} as const;

export type HmisFile = keyof typeof HMIS_COLUMNS;
export const HMIS_FILES = Object.keys(HMIS_COLUMNS) as HmisFile[];
export type Cell = string | number | null;
export type HmisRow = Record<string, Cell>;

const PROJECT_ID = 'jibsa';
const seoul = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Seoul',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});
/** HMIS datetimes are local "YYYY-MM-DD HH:MM:SS"; local is Korea. */
export const dateTime = (d: Date) => seoul.format(d);
/** HMIS dates: "YYYY-MM-DD" in Korea. */
export const dateOnly = (d: Date) => dateTime(d).slice(0, 10);

/** One id per period, the same in all five files of it (HMIS ExportID, at most 32 characters). */
export const exportId = (p: Period) => `${p.from.replaceAll('-', '')}-${p.to.replaceAll('-', '')}`;

/** The person a household-level record (a referral, its steps) is written against: the head. */
function heads(people: ExportPerson[]): Map<string, ExportPerson> {
  const byCase = new Map<string, ExportPerson>();
  for (const p of people) {
    const seen = byCase.get(p.caseId);
    const better = !seen || (p.relation === 'head' && seen.relation !== 'head');
    if (better) byCase.set(p.caseId, p);
  }
  return byCase;
}

/**
 * The place on the agency's waiting list, on a row that says the referral ended with 예비입주자 선정
 * (ReferralOutcome 3): "unknown" alone does not tell a household 2nd in line from one 300th.
 */
function waitlistRank(r: ExportReferral, status: string, outcome: string | null): number | null {
  return status === 'completed' && outcome === WAITLISTED ? r.waitlistRank : null;
}

/** Every file's rows for one period, built together so the ids in one file match the others. */
export function buildHmisRows(data: ExportData, period: Period): Record<HmisFile, HmisRow[]> {
  const ExportID = exportId(period);
  const caseById = new Map(data.cases.map((c) => [c.id, c]));
  const headOf = heads(data.people);
  const deleted = { DateDeleted: null, ExportID };

  // The first 입주 확정 that completed in time: the household's move-in, and its exit destination.
  const movedIn = new Map<string, { at: Date; agencyKind: string; outcome: string }>();
  for (const r of data.referrals) {
    if (r.status !== 'completed' || r.outcome !== '입주 확정' || movedIn.has(r.caseId)) continue;
    movedIn.set(r.caseId, { at: r.statusAt, agencyKind: r.agencyKind, outcome: r.outcome });
  }

  const client: HmisRow[] = [];
  const enrollment: HmisRow[] = [];
  const exit: HmisRow[] = [];
  for (const p of data.people) {
    const c = caseById.get(p.caseId);
    if (!c) continue;
    const stamps = { DateCreated: dateTime(c.createdAt), DateUpdated: dateTime(c.updatedAt), UserID: c.assigneeId };
    client.push({
      PersonalID: p.id,
      FirstName: null,
      MiddleName: null,
      LastName: null,
      NameSuffix: null,
      NameDataQuality: NOT_COLLECTED,
      SSN: null,
      SSNDataQuality: NOT_COLLECTED,
      DOB: null,
      DOBDataQuality: NOT_COLLECTED,
      RaceNone: NOT_COLLECTED,
      GenderNone: NOT_COLLECTED,
      VeteranStatus: NOT_COLLECTED,
      ...stamps,
      ...deleted,
      BirthYear: p.birthYear,
      District: c.district,
      CaseNumber: c.number,
    });
    const moved = movedIn.get(c.id);
    enrollment.push({
      EnrollmentID: p.id,
      PersonalID: p.id,
      ProjectID: PROJECT_ID,
      EntryDate: dateOnly(c.createdAt),
      HouseholdID: c.id,
      RelationshipToHoH: relationshipToHoH(p.relation),
      EnrollmentCoC: null,
      LivingSituation: livingSituation(c.housing),
      DisablingCondition: NOT_COLLECTED,
      MoveInDate: moved ? dateOnly(moved.at) : null,
      ...stamps,
      ...deleted,
      CaseNumber: c.number,
      District: c.district,
      CaseStatus: c.status,
      HousingType: c.housing.housingType ?? null,
      Tenure: c.housing.tenure ?? null,
    });
    if (c.closedAt) {
      const d = exitDestination(moved?.agencyKind ?? null, c.closingReason);
      exit.push({
        ExitID: p.id,
        EnrollmentID: p.id,
        PersonalID: p.id,
        ExitDate: dateOnly(c.closedAt),
        Destination: d.destination,
        DestinationSubsidyType: d.subsidyType,
        OtherDestination: null,
        DateCreated: dateTime(c.closedAt),
        DateUpdated: dateTime(c.closedAt),
        UserID: c.assigneeId,
        ...deleted,
        CaseNumber: c.number,
        DestinationSource: d.source,
        Outcome: d.source === 'referral' ? (moved?.outcome ?? null) : null,
      });
    }
  }

  const services: HmisRow[] = [];
  const referralById = new Map(data.referrals.map((r) => [r.id, r]));
  for (const r of data.referrals) {
    const c = caseById.get(r.caseId);
    const head = headOf.get(r.caseId);
    if (!c || !head) continue;
    services.push({
      ServicesID: r.id,
      EnrollmentID: head.id,
      PersonalID: head.id,
      DateProvided: dateOnly(r.createdAt),
      RecordType: SERVICES_RECORD_TYPE,
      TypeProvided: typeProvided(r.agencyKind),
      OtherTypeProvided: null,
      SubTypeProvided: null,
      FAAmount: null,
      ReferralOutcome: referralOutcome(r.status, r.outcome),
      DateCreated: dateTime(r.createdAt),
      DateUpdated: dateTime(r.statusAt),
      UserID: r.createdBy,
      ...deleted,
      ReferralNumber: r.number,
      CaseNumber: c.number,
      AgencySlug: r.agencySlug,
      ServiceSlug: r.serviceSlug,
      ReferralStatus: r.status,
      Outcome: r.status === 'completed' ? r.outcome : null,
      DueDate: r.dueOn,
      PreviousServicesID: r.previousReferralId && referralById.has(r.previousReferralId) ? r.previousReferralId : null,
      WaitlistRank: waitlistRank(r, r.status, r.outcome),
    });
  }

  const event: HmisRow[] = [];
  for (const s of data.steps) {
    const r = referralById.get(s.referralId);
    const c = r && caseById.get(r.caseId);
    const head = r && headOf.get(r.caseId);
    if (!r || !c || !head) continue;
    const result = referralResult(s.to, s.outcome);
    event.push({
      EventID: s.id,
      EnrollmentID: head.id,
      PersonalID: head.id,
      EventDate: dateOnly(s.at),
      Event: eventCode(r.agencyKind),
      ProbSolDivRRResult: null,
      ReferralCaseManageAfter: null,
      LocationCrisisOrPHHousing: null,
      ReferralResult: result,
      ResultDate: result === null ? null : dateOnly(s.at),
      DateCreated: dateTime(s.at),
      DateUpdated: dateTime(s.at),
      UserID: s.actorId,
      ...deleted,
      ServicesID: r.id,
      CaseNumber: c.number,
      AgencySlug: r.agencySlug,
      FromStatus: s.from,
      ReferralStatus: s.to,
      Outcome: s.to === 'completed' ? s.outcome : null,
      WaitlistRank: waitlistRank(r, s.to, s.outcome),
    });
  }

  return {
    'Client.csv': client,
    'Enrollment.csv': enrollment,
    'Exit.csv': exit,
    'Services.csv': services,
    'Event.csv': event,
  };
}
