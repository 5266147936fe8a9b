import { normalizePhone } from '@jibsa/server/phone';
import type { FieldKey } from './consult-api.ts';

export interface ConsultForm {
  readonly name: string;
  readonly phone: string;
  readonly district: string;
  readonly preferredTime: string;
  readonly message: string;
}

export interface Consents {
  readonly contact: boolean;
  readonly household: boolean;
  readonly result: boolean;
}

export type Errors = Partial<Record<FieldKey, string>>;

interface Messages {
  readonly required: string;
  readonly phoneFormat: string;
  readonly districtRequired: string;
  readonly consentRequired: string;
}

/**
 * What the browser checks before sending: a name, a phone number the center can dial (the server's
 * own normalizePhone, so "abc-123" is caught here, not after a round trip), the 구 (a request
 * without one would reach no district's counselors) and consent to send the contact details. The
 * server checks all of it again and answers with field errors of its own.
 */
export function checkForm(form: ConsultForm, consent: Consents, m: Messages): Errors {
  const errs: Errors = {};
  if (!form.name.trim()) errs.name = m.required;
  if (!form.phone.trim()) errs.phone = m.required;
  else if (!normalizePhone(form.phone)) errs.phone = m.phoneFormat;
  if (!form.district) errs.district = m.districtRequired;
  if (!consent.contact) errs.contact = m.consentRequired;
  return errs;
}

/**
 * After a field changes, its old error goes (it may have been the server's) and, once the person
 * has tried to send, the browser's own check of that field runs again: an error disappears as soon
 * as it is fixed and never appears before the first try.
 */
export function recheckField(
  errors: Errors,
  key: FieldKey,
  form: ConsultForm,
  consent: Consents,
  m: Messages,
  tried: boolean,
): Errors {
  const { [key]: _old, ...rest } = errors;
  if (!tried) return rest;
  const now = checkForm(form, consent, m)[key];
  return now ? { ...rest, [key]: now } : rest;
}
