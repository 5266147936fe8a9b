import {
  type CatalogEntry,
  catalog,
  entryPartialYears,
  entryYears,
  FIRST_DATE,
  findProgram,
  isScreeningDate,
  screenHousehold,
} from '@jibsa/programs';
import { listParameters } from '@jibsa/rules';
import type { FastifyPluginAsync } from 'fastify';
import { Type } from 'typebox';
import type { AppContext } from '../app.ts';
import { invalid, ProblemError } from '../http/problem.ts';
import { problemResponses } from '../http/responses.ts';
import { ProgramDetailSchema, ProgramSummarySchema, ScreenRequest, ScreenResponse } from '../screening/schemas.ts';

function summary(entry: CatalogEntry) {
  const m = entry.metadata;
  const thisYear = new Date().getUTCFullYear();
  return {
    id: entry.id,
    name: m.name,
    summary: m.summary,
    audience: [...m.audience],
    helpType: m.helpType,
    agency: m.apply.agency,
    screenable: Boolean(entry.program),
    years: entryYears(entry, thisYear),
    partialYears: entryPartialYears(entry, thisYear),
    ...(m.startedOn ? { startedOn: m.startedOn.date } : {}),
    verified: m.verified,
  };
}

export const screeningRoutes: FastifyPluginAsync<AppContext> = async (app) => {
  app.post(
    '/api/screen',
    {
      schema: {
        tags: ['screening'],
        summary: 'Screen a household against every program (자가진단·상담 선별)',
        description:
          'Nothing is stored. Every field of the household may be absent (unknown): the result then says which missing inputs could still change it.',
        body: ScreenRequest,
        response: { 200: ScreenResponse, ...problemResponses(400) },
      },
      // The engine validates households with Korean and English messages per field; Ajv only documents.
      validatorCompiler: () => (value) => ({ value }),
    },
    async (request) => {
      const body = request.body as { household?: unknown; date?: unknown } | null;
      if (!body || typeof body !== 'object' || Array.isArray(body)) {
        throw invalid([
          {
            path: '(body)',
            ko: '{ "household": {...} } 형식의 객체를 보내 주세요.',
            en: 'Send an object { "household": {...} }.',
          },
        ]);
      }
      const extra = Object.keys(body).filter((k) => k !== 'household' && k !== 'date');
      if (extra.length)
        throw invalid(extra.map((path) => ({ path, ko: '알 수 없는 항목입니다.', en: 'is not a known field.' })));
      const date = body.date;
      if (date !== undefined && !isScreeningDate(date)) {
        throw invalid([
          {
            path: 'date',
            ko: `${FIRST_DATE} 이후의 실제 날짜를 YYYY-MM-DD 형식으로 적어 주세요.`,
            en: `must be a real date from ${FIRST_DATE} on, as YYYY-MM-DD.`,
          },
        ]);
      }
      if (body.household === undefined)
        throw invalid([{ path: 'household', ko: '꼭 입력해야 하는 항목입니다.', en: 'is required.' }]);
      const outcome = screenHousehold(body.household, date ? { date } : {});
      if (!outcome.ok) {
        throw invalid(outcome.errors.map((e) => ({ path: `household.${e.path}`, ko: e.message.ko, en: e.message.en })));
      }
      return {
        date: outcome.date,
        rulesVersion: outcome.rulesVersion,
        programs: outcome.programs,
        nextQuestions: outcome.nextQuestions,
      };
    },
  );

  app.get(
    '/api/programs',
    {
      schema: {
        tags: ['programs'],
        summary: 'Every program with the years its figures cover (지원 제도 목록)',
        response: { 200: Type.Object({ programs: Type.Array(ProgramSummarySchema) }) },
      },
    },
    async () => ({ programs: catalog.map(summary) }),
  );

  app.get(
    '/api/programs/:id',
    {
      schema: {
        tags: ['programs'],
        summary: 'One program: plain-language metadata, parameters with value history and citations',
        params: Type.Object({ id: Type.String({ maxLength: 100 }) }),
        response: { 200: ProgramDetailSchema, ...problemResponses(404) },
      },
    },
    async (request) => {
      const { id } = request.params as { id: string };
      const entry = findProgram(id);
      if (!entry) {
        throw new ProblemError(
          404,
          'JIBSA_PROGRAM_NOT_FOUND',
          `"${id}" 제도를 찾을 수 없습니다.`,
          `No program "${id}".`,
        );
      }
      const m = entry.metadata;
      return {
        ...summary(entry),
        whoQualifies: m.whoQualifies,
        whatYouGet: m.whatYouGet,
        documents: m.documents,
        apply: m.apply,
        legalBasis: m.legalBasis,
        links: m.links,
        ...(m.notes ? { notes: m.notes } : {}),
        parameters: entry.program ? listParameters(entry.program) : [],
      };
    },
  );
};
