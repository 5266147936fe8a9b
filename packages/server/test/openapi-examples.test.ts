import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { appPerBlock, makeTestApp } from './support/app.ts';
import { loginAs } from './support/staff.ts';

type Json = Record<string, unknown>;
interface Example {
  where: string;
  schema: Json;
  value: unknown;
}

/** Every example the document shows: media-type examples of bodies and responses, schema `examples`, parameter examples. */
function examplesIn(doc: Json): Example[] {
  const out: Example[] = [];
  const fromSchema = (where: string, schema: Json | undefined) => {
    if (!schema || typeof schema !== 'object') return;
    for (const v of (schema.examples as unknown[] | undefined) ?? [])
      out.push({ where: `${where} (schema)`, schema, value: v });
    if ('example' in schema) out.push({ where: `${where} (schema)`, schema, value: schema.example });
  };
  const fromMedia = (where: string, content: Record<string, Json> | undefined) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      const schema = media.schema as Json;
      if ('example' in media) out.push({ where: `${where} ${type}`, schema, value: media.example });
      for (const [name, ex] of Object.entries((media.examples as Record<string, Json>) ?? {}))
        out.push({ where: `${where} ${type} ${name}`, schema, value: ex.value });
      fromSchema(`${where} ${type}`, schema);
    }
  };
  for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
    for (const [method, op] of Object.entries(ops)) {
      const where = `${method.toUpperCase()} ${path}`;
      fromMedia(`${where} body`, (op.requestBody as Json | undefined)?.content as Record<string, Json>);
      for (const [code, r] of Object.entries((op.responses as Record<string, Json>) ?? {}))
        fromMedia(`${where} ${code}`, r.content as Record<string, Json>);
      for (const p of (op.parameters as Json[]) ?? []) {
        if ('example' in p) out.push({ where: `${where} ${p.name}`, schema: p.schema as Json, value: p.example });
        fromSchema(`${where} ${p.name}`, p.schema as Json);
      }
    }
  }
  const components = (doc.components as Json).schemas as Record<string, Json>;
  for (const [name, schema] of Object.entries(components)) fromSchema(`#/components/schemas/${name}`, schema);
  return out;
}

describe('OpenAPI examples', () => {
  const t = appPerBlock(makeTestApp);
  let doc: Json;
  beforeAll(async () => {
    doc = (await t.app.inject('/api/openapi.json')).json();
  });

  it('gives every JSON request body an example, so Swagger UI never starts from one it made up', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
      for (const [method, op] of Object.entries(ops)) {
        const media = ((op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.[
          'application/json'
        ];
        if (media && !('example' in media) && !media.examples) missing.push(`${method.toUpperCase()} ${path}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every example passes its own schema, as the document states it', () => {
    const examples = examplesIn(doc);
    expect(examples.length).toBeGreaterThanOrEqual(15);
    // OpenAPI 3.1 schemas are JSON Schema 2020-12; `#/components/...` refs resolve against the document.
    const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
    addFormats.default(ajv, { keywords: true });
    const failures: string[] = [];
    for (const ex of examples) {
      const validate = ajv.compile({ ...ex.schema, components: doc.components });
      if (!validate(ex.value)) failures.push(`${ex.where}: ${ajv.errorsText(validate.errors)}`);
    }
    expect(failures).toEqual([]);
  });

  it('every body example is accepted by its route, sent as Swagger UI would send it', async () => {
    const admin = await loginAs(t.app, 'admin');
    const as = { cookies: admin.cookies, headers: admin.csrf };
    const bodyExample = (method: string, path: string) => {
      const op = (doc.paths as Record<string, Record<string, Json>>)[path]?.[method];
      return ((op?.requestBody as Json | undefined)?.content ?? {}) as Record<string, Json>;
    };
    const send = async (method: string, path: string, ids: Record<string, string> = {}) => {
      const payload = bodyExample(method, path)['application/json']?.example as Json;
      const url = path.replace(/\{(\w+)\}/g, (_, k: string) => ids[k] ?? '');
      const res = await t.app.inject({ method: method.toUpperCase() as 'POST', url, payload, ...as });
      return { res, where: `${method.toUpperCase()} ${path}: ${res.statusCode} ${res.body.slice(0, 300)}` };
    };
    const ok = (r: { res: { statusCode: number }; where: string }) =>
      expect(r.res.statusCode, r.where).toBeLessThan(300);

    ok(await send('post', '/api/screen'));
    ok(await send('post', '/api/consultations'));
    const created = await send('post', '/api/cases');
    ok(created);
    const caseId = String(created.res.json().id);
    for (const p of ['/api/cases/{caseId}/screenings', '/api/cases/{caseId}/what-if', '/api/cases/{caseId}/notes'])
      ok(await send('post', p, { caseId }));
    ok(await send('post', '/api/cases/{caseId}/documents', { caseId }));
    const task = await send('post', '/api/cases/{caseId}/tasks', { caseId });
    ok(task);
    ok(await send('patch', '/api/cases/{caseId}/tasks/{taskId}', { caseId, taskId: String(task.res.json().id) }));
    // Version 1 is the version of a case just made: the examples edit it, then move it on.
    ok(await send('patch', '/api/cases/{caseId}', { caseId }));
    const status = await send('post', '/api/cases/{caseId}/status', { caseId });
    // The PATCH above moved the case to version 2: a stale version is a 409, never a 400.
    expect(status.res.statusCode, status.where).toBe(409);
    // People on a case of their own: the added member makes version 2, which the correction names.
    const family = await send('post', '/api/cases');
    const familyId = String(family.res.json().id);
    const added = await send('post', '/api/cases/{caseId}/people', { caseId: familyId });
    ok(added);
    const personId = String(added.res.json().people[1].id);
    ok(await send('patch', '/api/cases/{caseId}/people/{personId}', { caseId: familyId, personId }));
    const post = await send('post', '/api/board/posts');
    ok(post);
    ok(await send('put', '/api/board/posts/{number}', { number: String(post.res.json().number) }));
    ok(await send('post', '/api/auth/login'));
    // Last: it changes the signed-in account's password.
    ok(await send('post', '/api/auth/password'));
  });
});
