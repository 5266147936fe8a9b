import AjvCompiler from '@fastify/ajv-compiler';
import type { FastifyServerOptions } from 'fastify';

// `x-unit` is the household schema's annotation of money and ages (원, 원/월, 세): documentation, not a check.
const BASE = { allErrors: true, removeAdditional: false as const, useDefaults: true, keywords: ['x-unit'] };

/**
 * Bodies are validated strictly: `"true"` is not true and `["admin"]` is not "admin". Query strings
 * and path parameters arrive as text, so only there may "20" become 20 (never a value into an array).
 */
export const strictBodySchemaController: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: {
    buildValidator(externalSchemas, ajvServerOptions) {
      const factory = AjvCompiler();
      const plugins = (ajvServerOptions as { plugins?: [] } | undefined)?.plugins ?? [];
      const strict = factory(externalSchemas as never, { plugins, customOptions: { ...BASE, coerceTypes: false } });
      const lenient = factory(externalSchemas as never, { plugins, customOptions: { ...BASE, coerceTypes: true } });
      return (route) => (route.httpPart === 'body' ? strict(route as never) : lenient(route as never)) as never;
    },
  },
};
