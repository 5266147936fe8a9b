import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import {
  type CatalogEntry,
  catalog,
  entryPartialYears,
  entryYears,
  evidenceOn,
  findProgram,
  todayIso,
} from '@jibsa/programs';
import { aboutOf, catalogTexts } from '@jibsa/programs/catalog-texts';
import { listParameters } from '@jibsa/rules';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { fail } from '../http/error-codes.ts';
import { problemResponses } from '../http/responses.ts';
import { ProgramIdSchema } from '../http/shared-schemas.ts';
import { ProgramDetailSchema, ProgramSummarySchema } from './schemas.ts';

function summary(entry: CatalogEntry) {
  const m = entry.metadata;
  const thisYear = new Date().getUTCFullYear();
  return {
    id: entry.id,
    name: m.name,
    // Texts name their figures ({w:id}); filled with today's, as the evidence grade below is.
    summary: catalogTexts(entry, todayIso()).summary,
    audience: [...m.audience],
    helpType: m.helpType,
    agency: m.apply.agency,
    screenable: Boolean(entry.program),
    years: entryYears(entry, thisYear),
    partialYears: entryPartialYears(entry, thisYear),
    ...(m.startedOn ? { startedOn: m.startedOn.date } : {}),
    verified: m.verified,
    // The weakest grade among this year's figures; information-only entries have none.
    ...(entry.program ? { evidence: evidenceOn(entry.program, todayIso()) } : {}),
  };
}

export async function programRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();

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
        params: Type.Object({ id: ProgramIdSchema('The answer carries the current id') }),
        response: { 200: ProgramDetailSchema, ...problemResponses(404) },
      },
    },
    async (request) => {
      const { id } = request.params;
      const entry = findProgram(id);
      if (!entry)
        throw fail('JIBSA_PROGRAM_NOT_FOUND', { ko: `"${id}" 제도를 찾을 수 없습니다.`, en: `No program "${id}".` });
      const m = entry.metadata;
      const texts = catalogTexts(entry, todayIso());
      const about = aboutOf(entry);
      return {
        ...summary(entry),
        whoQualifies: texts.whoQualifies,
        whatYouGet: texts.whatYouGet,
        documents: m.documents,
        apply: m.apply,
        legalBasis: about.legalBasis,
        links: about.links,
        ...(m.notes ? { notes: m.notes } : {}),
        parameters: entry.program ? listParameters(entry.program) : [],
      };
    },
  );
}
