import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from './support/app.ts';

describe('OpenAPI document', () => {
  const t = appPerBlock(makeTestApp, { seed: false });

  it('is valid OpenAPI 3.1 and documents every public route', async () => {
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    // Every route the app registered (not a list kept here) is in the document, method by method.
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([p, ops]) =>
      Object.keys(ops).map((m) => `${m.toUpperCase()} ${p}`),
    );
    const publicRoutes = t.app.routeList
      .filter((r) => !r.hidden && !r.url.startsWith('/api/docs'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    expect(publicRoutes.length).toBeGreaterThanOrEqual(9);
    expect(documented.sort()).toEqual(expect.arrayContaining(publicRoutes.sort()));
    expect(doc.components.schemas.Problem).toBeDefined();
    // The household format is documented from the same engine schema the rules use.
    expect(doc.components.schemas.Household.properties.members.items.properties.age).toBeDefined();
  });

  it('serves a browsable docs page', async () => {
    const res = await t.app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
