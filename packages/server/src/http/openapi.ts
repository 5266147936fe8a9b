import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { householdJsonSchema } from '../screening/schemas.ts';
import { HOUSEHOLD_EXAMPLE, withExample } from './openapi-examples.ts';
import { ProblemSchema } from './problem.ts';

/** OpenAPI 3.1 generated from the route schemas; nothing is described twice. */
export async function installOpenApi(app: FastifyInstance) {
  app.addSchema(ProblemSchema);
  app.addSchema({ ...householdJsonSchema(), examples: [HOUSEHOLD_EXAMPLE] });
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Jibsa (집사) API',
        version: '0.1.0',
        description:
          '주거복지센터를 위한 오픈소스 소프트웨어의 HTTP API. Errors are application/problem+json (RFC 9457) with a stable `code`, a Korean `detail` and an English `detail_en`.',
        license: { name: 'MIT', identifier: 'MIT' },
      },
      servers: [{ url: '/' }],
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'jibsa_session' } },
      },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => String(json.$id ?? `def-${i}`) },
    // A body example that passes, so Swagger UI's "Try it out" does not start from a refused one.
    transform: ({ schema, url, route }) => ({
      schema: withExample(route.method, url, schema as Record<string, unknown>) as typeof schema,
      url,
    }),
  });
  await app.register(swaggerUi, {
    routePrefix: '/api/docs',
    uiConfig: { docExpansion: 'list', deepLinking: true },
    // The docs page brings its own CSP (hashes of its inline scripts). Swagger UI adds <style>
    // elements at run time, so this page alone allows inline styles (never inline scripts);
    // plain HTTP on localhost stays usable.
    staticCSP: true,
    transformStaticCSP: (header) =>
      header.replace('upgrade-insecure-requests;', '').replace(/style-src [^;]*;/, "style-src 'self' 'unsafe-inline';"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
}
