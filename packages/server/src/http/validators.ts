import AjvCompiler from '@fastify/ajv-compiler';
import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyServerOptions } from 'fastify';

// `x-unit` is the household schema's annotation of money and ages (원, 원/월, 세): documentation, not a check.
// strictNumbers: a JSON body's 1e9999 parses as Infinity, which is then refused as not a number.
const BASE = {
  allErrors: true,
  removeAdditional: false as const,
  useDefaults: true,
  strictNumbers: true,
  keywords: ['x-unit'],
};

// Made once per process, not per app, and each compiled function kept by its schema's text: routes
// build their schema objects afresh for every app, so a second app in one process (the tests build
// hundreds) would otherwise compile its ~580 serializers and ~200 validators again (~0.6 s).
const strictFactory = AjvCompiler();
const lenientFactory = AjvCompiler();
const serializerFactory = SerializerSelector();
const compiled = new Map<string, unknown>();

type Compile = (route: { schema: unknown }) => unknown;

/** `compile`, remembered by the schema's text under `scope` (the compiler and its external schemas). */
function remembered(scope: string, compile: Compile): Compile {
  return (route) => {
    const key = `${scope}\u0000${JSON.stringify(route.schema)}`;
    let fn = compiled.get(key);
    if (fn === undefined) {
      fn = compile(route);
      compiled.set(key, fn);
    }
    return fn;
  };
}

type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

/**
 * Ajv turns "1e9999" in a query string or path into Infinity and then skips minimum and maximum,
 * which it checks for finite numbers only: `?year=1e9999` passed as a year and failed in the
 * database. A value that became a number that is not finite is refused as not a number.
 */
function finiteOnly(validate: Validate): Validate {
  const checked: Validate = (data) => {
    const ok = validate(data);
    checked.errors = validate.errors;
    if (!ok || data === null || typeof data !== 'object') return ok;
    for (const [key, value] of Object.entries(data)) {
      const values: unknown[] = Array.isArray(value) ? value : [value];
      if (values.some((v) => typeof v === 'number' && !Number.isFinite(v))) {
        checked.errors = [{ instancePath: `/${key}`, keyword: 'type', params: { type: 'number' }, schemaPath: '' }];
        return false;
      }
    }
    return true;
  };
  return checked;
}

/**
 * Bodies are validated strictly: `"true"` is not true and `["admin"]` is not "admin". Query strings
 * and path parameters arrive as text, so only there may "20" become 20 (never a value into an array).
 */
export const strictBodySchemaController: NonNullable<FastifyServerOptions['schemaController']> = {
  compilersFactory: {
    buildValidator(externalSchemas, ajvServerOptions) {
      const plugins = (ajvServerOptions as { plugins?: [] } | undefined)?.plugins ?? [];
      const scope = JSON.stringify(externalSchemas);
      const strict = remembered(
        `body${scope}`,
        strictFactory(externalSchemas as never, { plugins, customOptions: { ...BASE, coerceTypes: false } }) as Compile,
      );
      const coercing = lenientFactory(externalSchemas as never, {
        plugins,
        customOptions: { ...BASE, coerceTypes: true },
      }) as Compile;
      const lenient = remembered(`text${scope}`, (route) => finiteOnly(coercing(route) as Validate));
      return ((route: { schema: unknown; httpPart?: string }) =>
        route.httpPart === 'body' ? strict(route) : lenient(route)) as never;
    },
    buildSerializer(externalSchemas, serializerOptions) {
      const scope = `response${JSON.stringify([externalSchemas, serializerOptions ?? null])}`;
      return remembered(
        scope,
        serializerFactory(externalSchemas as never, serializerOptions as never) as Compile,
      ) as never;
    },
  },
};
