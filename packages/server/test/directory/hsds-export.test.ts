import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, expect, it } from 'vitest';
import { appPerBlock } from '../support/app.ts';
import { describeOnEachDatabase } from '../support/backends.ts';

const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/hsds-3.0');

/** The HSDS 3.0 object schemas with their file names as ids, so their `$ref: "phone.json"` resolve. */
function hsdsValidator() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of fs.readdirSync(FIXTURES).filter((f) => f.endsWith('.json'))) {
    const schema = JSON.parse(fs.readFileSync(path.join(FIXTURES, file), 'utf8'));
    ajv.addSchema({ ...schema, $id: `https://hsds.example/${file}` });
  }
  return (kind: string, value: unknown) => {
    const validate = ajv.getSchema(`https://hsds.example/${kind}.json`);
    if (!validate) throw new Error(`no schema ${kind}`);
    return validate(value) ? [] : (validate.errors ?? []).map((e) => `${kind} ${e.instancePath} ${e.message}`);
  };
}

describeOnEachDatabase('the directory as Open Referral HSDS 3.0', (make) => {
  const t = appPerBlock(make);
  type Obj = Record<string, unknown>;
  let doc: {
    hsds_version: string;
    organizations: Obj[];
    services: Obj[];
    locations: Obj[];
    service_at_locations: Obj[];
  };
  const check = hsdsValidator();
  beforeAll(async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/directory/hsds' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    doc = res.json();
  });

  it('validates every object against its HSDS 3.0 schema', () => {
    expect(doc.hsds_version).toBe('3.0');
    const failures = [
      ...doc.organizations.flatMap((o) => check('organization', o)),
      ...doc.services.flatMap((s) => check('service', s)),
      ...doc.locations.flatMap((l) => check('location', l)),
      ...doc.service_at_locations.flatMap((s) => check('service_at_location', s)),
    ];
    expect(failures).toEqual([]);
    // The validator is not toothless: a service without its required status fails.
    const { status: _s, ...broken } = doc.services[0] as Record<string, unknown>;
    expect(check('service', broken).join()).toMatch(/status/);
    expect(check('phone', { id: 'not-a-uuid', number: '1' }).join()).toMatch(/format/);
  });

  it('carries the whole directory: every agency and active service, linked by ids', async () => {
    const api = (await t.app.inject({ method: 'GET', url: '/api/directory/agencies' })).json().items as {
      id: string;
      services: { id: string; programIds: string[]; documents: string[]; hours: unknown[] }[];
    }[];
    expect(doc.organizations.map((o) => o.id).sort()).toEqual(api.map((a) => a.id).sort());
    const services = api.flatMap((a) => a.services);
    expect(doc.services.map((s) => s.id).sort()).toEqual(services.map((s) => s.id).sort());
    const orgIds = new Set(doc.organizations.map((o) => o.id));
    const locIds = new Set(doc.locations.map((l) => l.id));
    for (const s of doc.services) {
      expect(orgIds.has(s.organization_id as string)).toBe(true);
      const source = services.find((x) => x.id === s.id);
      const attrs = s.attributes as { value: string; taxonomy_term: { taxonomy: string } }[];
      expect(attrs.map((a) => a.value)).toEqual(source?.programIds);
      expect(attrs.every((a) => a.taxonomy_term.taxonomy === 'jibsa-programs')).toBe(true);
      expect((s.required_documents as { document: string }[]).map((d) => d.document)).toEqual(source?.documents);
      expect((s.schedules as unknown[]).length).toBe(source?.hours.length);
    }
    for (const sal of doc.service_at_locations) expect(locIds.has(sal.location_id as string)).toBe(true);
    const lh = doc.services.find((s) =>
      (s.attributes as { value: string }[]).some((a) => a.value === 'vulnerable-housing'),
    );
    expect(lh).toBeDefined();
  });

  it('exports the same ids twice and marks demo contacts fictional', async () => {
    const again = (await t.app.inject({ method: 'GET', url: '/api/directory/hsds' })).json();
    const ids = (d: typeof doc) =>
      JSON.stringify(d.services.map((s) => [s.id, (s.phones as { id: string }[]).map((p) => p.id)]));
    expect(ids(again)).toBe(ids(doc));
    const phones = doc.services.flatMap((s) => s.phones as { number: string; description?: string }[]);
    expect(phones.length).toBeGreaterThan(0);
    for (const p of phones) {
      expect(p.number).toMatch(/^062-000-/);
      expect(p.description).toMatch(/가상/);
    }
  });
});
