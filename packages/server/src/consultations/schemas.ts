import { Type } from 'typebox';

export const DistrictSchema = Type.Union(
  ['dong', 'seo', 'nam', 'buk', 'gwangsan'].map((d) => Type.Literal(d)),
  { description: '광주 자치구: dong 동구, seo 서구, nam 남구, buk 북구, gwangsan 광산구' },
);

export const ConsultationRequestBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 50, description: '이름 또는 부를 호칭' }),
    phone: Type.String({ pattern: '^0\\d{1,2}-?\\d{3,4}-?\\d{4}$', description: '연락처, 예: 010-1234-5678' }),
    district: Type.Optional(DistrictSchema),
    preferredTime: Type.Optional(Type.String({ maxLength: 100, description: '연락받기 좋은 때' })),
    message: Type.Optional(Type.String({ maxLength: 2000 })),
    consent: Type.Object(
      {
        contact: Type.Literal(true, { description: '연락처를 센터에 보내는 데 동의 (필수)' }),
        household: Type.Boolean({ description: '자가진단에 입력한 가구 정보를 보내는 데 동의' }),
        result: Type.Boolean({ description: '자가진단 결과를 보내는 데 동의' }),
      },
      { additionalProperties: false },
    ),
    household: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { description: '가구 정보 (동의한 경우만)' })),
    screening: Type.Optional(Type.Unknown({ description: '자가진단 결과 요약 (동의한 경우만)' })),
  },
  { additionalProperties: false },
);

export const ConsultationReceipt = Type.Object({
  reference: Type.String({ description: '접수 번호, 상담사에게 불러 주세요' }),
  createdAt: Type.String({ format: 'date-time' }),
});

export const ConsultationSummary = Type.Object({
  id: Type.String(),
  reference: Type.String(),
  district: Type.Union([Type.String(), Type.Null()]),
  name: Type.String(),
  phone: Type.String(),
  preferredTime: Type.Union([Type.String(), Type.Null()]),
  message: Type.Union([Type.String(), Type.Null()]),
  status: Type.String(),
  consent: Type.Object({
    contact: Type.Boolean(),
    household: Type.Boolean(),
    result: Type.Boolean(),
    at: Type.String(),
  }),
  household: Type.Union([Type.Record(Type.String(), Type.Unknown()), Type.Null()]),
  screening: Type.Unknown(),
  createdAt: Type.String({ format: 'date-time' }),
});
