/**
 * Request-body examples for the API docs. Without one, Swagger UI makes its own from the schema
 * ("string", the first enum value, 0), which the routes rightly refuse; these are fictional and
 * must pass their own schema and route (test/openapi.test.ts sends every one of them).
 * Kept in one table, keyed by "METHOD /url", so route modules stay about their routes.
 */

/** A fictional 72-year-old living alone in 광산구, renting: the self-check's first test household. */
export const HOUSEHOLD_EXAMPLE = {
  gwangjuDistrict: 'gwangsan',
  region: 'metro',
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 5_000_000,
  monthlyRent: 300_000,
  financialAssets: 3_000_000,
  carValue: 0,
  debts: 0,
  members: [{ relation: 'head', age: 72, earnedIncome: 0, businessIncome: 0, pensionIncome: 350_000, otherIncome: 0 }],
} as const;

const person = { name: '홍길동', relation: 'head', birthDate: '1953-04-02', phone: '010-1234-5678' } as const;
const housing = {
  dong: '첨단1동',
  tenure: 'monthly_rent',
  housingType: 'multi_family',
  deposit: 5_000_000,
  monthlyRent: 300_000,
};

/** A 동's housing survey as it comes: its column names mapped to household fields (GET /api/outreach/fields). */
const OUTREACH_MAPPING = {
  성명: 'reference',
  생년월일: 'head.birthDate',
  주소: 'address',
  점유형태: 'tenure',
  주거유형: 'housingType',
  보증금: 'deposit',
  월세: 'monthlyRent',
  월소득: 'head.earnedIncome',
  가구원수: 'householdSize',
};

export const REQUEST_EXAMPLES: Readonly<Record<string, unknown>> = {
  'POST /api/auth/login': { username: 'counselor.gwangsan', password: 'jibsa-demo' },
  'POST /api/auth/password': { currentPassword: 'jibsa-demo', newPassword: '새 비밀번호는 열두 자 이상' },
  'POST /api/screen': { household: HOUSEHOLD_EXAMPLE },
  'POST /api/consultations': {
    name: '홍길동',
    phone: '010-1234-5678',
    district: 'gwangsan',
    preferredTime: '평일 오전',
    message: '월세 지원을 받을 수 있는지 알고 싶어요.',
    consent: { contact: true, household: true, result: false },
    household: HOUSEHOLD_EXAMPLE,
  },
  'POST /api/cases': {
    district: 'gwangsan',
    people: [person],
    housing,
    household: HOUSEHOLD_EXAMPLE,
    needs: ['월세 부담'],
    consent: { collection: true, sharing: true },
  },
  'PATCH /api/cases/{caseId}': {
    version: 1,
    needs: ['월세 부담', '집수리'],
    plan: [{ goal: '주거급여 신청', done: false }],
  },
  'POST /api/cases/{caseId}/status': { version: 1, status: 'counseling' },
  // On a case just made (version 1): the added member moves it to version 2, the correction to 3.
  'POST /api/cases/{caseId}/people': { version: 1, name: '홍길순', relation: 'spouse', birthDate: '1956-08-15' },
  'PATCH /api/cases/{caseId}/people/{personId}': { version: 2, phone: '010-2345-6789' },
  'POST /api/cases/{caseId}/links': { from: 'phone', needs: ['집수리'] },
  'POST /api/cases/{caseId}/screenings': {},
  'POST /api/cases/{caseId}/what-if': {
    household: { ...HOUSEHOLD_EXAMPLE, monthlyRent: 400_000 },
    label: '보증부월세 40만원으로 이사',
  },
  'POST /api/cases/{caseId}/tasks': { title: '임대차계약서 사본 받기', dueOn: '2026-12-31' },
  'PATCH /api/cases/{caseId}/tasks/{taskId}': { done: true },
  'POST /api/cases/{caseId}/notes': { body: '전화 상담: 주거급여 신청 서류를 안내함.' },
  // A 1×1 PNG: only PDF, PNG and JPEG are kept, checked by their bytes.
  'POST /api/cases/{caseId}/documents': {
    kind: 'photo',
    filename: 'photo.png',
    contentBase64: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  },
  'POST /api/board/posts': {
    category: 'notice',
    title: '상담 시간 안내',
    body: '평일 **오전 9시~오후 6시**에 상담합니다.',
  },
  'PUT /api/board/posts/{number}': {
    category: 'notice',
    title: '상담 시간 안내',
    body: '평일 **오전 9시~오후 6시**에 상담합니다.',
    version: 1,
  },
  // Referrals (issue 10): the service id comes from GET /api/directory/services.
  'POST /api/cases/{caseId}/referrals': {
    serviceId: '3f0c2a56-8d1e-4c3b-9a57-2f4b6c8d1e90',
    message: '쪽방에서 공공임대로 옮기기를 원하십니다. 서류 안내 부탁드립니다.',
    sharedFields: ['name', 'contact', 'housing'],
    businessDays: 7,
  },
  'POST /api/referrals/{referralId}/status': { to: 'cancelled', version: 1, note: '본인이 다른 곳에 직접 신청함' },
  'POST /api/referrals/{referralId}/messages': { body: '임대차계약서 사본은 내일 보내 드리겠습니다.' },
  'POST /api/partner/referrals/{referralId}/status': { to: 'received', version: 1 },
  'POST /api/partner/referrals/{referralId}/messages': { body: '소득 확인 서류를 보내 주세요.' },
  'POST /api/admin/agencies': {
    slug: 'seo-welfare-center',
    name: '서구 종합사회복지관 (가상)',
    kind: 'welfare_center',
    description: '서구 주민의 생활·주거 상담과 사례관리.',
    phone: '062-000-2000',
    fictionalContacts: true,
  },
  'PATCH /api/admin/agencies/{agencyId}': { phone: '062-000-2001', active: true },
  'POST /api/admin/agencies/{agencyId}/services': {
    slug: 'seo-welfare-center-repair',
    name: '어르신 집 안전 점검',
    description: '문턱 없애기와 안전손잡이 설치를 돕습니다.',
    programIds: ['home-repair.low-income-repair'],
    districts: ['seo'],
    hours: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opens: '09:00', closes: '18:00' }],
    documents: ['신분증'],
  },
  'PATCH /api/admin/services/{serviceId}': { responseBusinessDays: 5 },
  'PUT /api/admin/agencies/{agencyId}/members': { usernames: ['partner.lh'] },
  'POST /api/outreach/lists/{listId}/preview': { mapping: OUTREACH_MAPPING, rows: 10 },
  'POST /api/outreach/lists/{listId}/jobs': { mapping: OUTREACH_MAPPING, saveMappingAs: '동 주거실태조사' },
  'PUT /api/outreach/mappings/{name}': { columns: OUTREACH_MAPPING },
  'POST /api/outreach/jobs/{jobId}/cases': { rows: [2, 17] },
  // 주거급여 선정기준 48 % → 50 %, and 1인 기준 중위소득 raised for every size.
  'POST /api/outreach/jobs/{jobId}/what-if': {
    overrides: [
      { parameter: 'housing-benefit.selection-rate', value: 0.5 },
      {
        parameter: 'basic-livelihood.median-income',
        value: { 1: 2_600_000, 2: 4_250_000, 3: 5_420_000, 4: 6_570_000, 5: 7_640_000, 6: 8_650_000, 7: 9_620_000 },
      },
    ],
  },
  'PUT /api/admin/outreach/retention': { days: 90 },
};

/** The OpenAPI path of a Fastify route URL: `/api/cases/:caseId` → `/api/cases/{caseId}`. */
export const openApiPath = (url: string) => url.replace(/:(\w+)/g, '{$1}');

/** Adds the table's example to a route's body schema for the docs only (validation keeps the original). */
export function withExample(method: string | readonly string[], url: string, schema: Record<string, unknown>) {
  const m = Array.isArray(method) ? method[0] : method;
  const example = REQUEST_EXAMPLES[`${String(m).toUpperCase()} ${openApiPath(url)}`];
  const body = schema.body as Record<string, unknown> | undefined;
  if (example === undefined || !body) return schema;
  return { ...schema, body: { ...body, examples: [example] } };
}
