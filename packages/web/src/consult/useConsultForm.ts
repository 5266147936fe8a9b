import { findProgram, type GwangjuDistrictId, isGwangjuDistrict, type Screening } from '@jibsa/programs';
import { type FormEvent, useState } from 'react';
import { useI18n, useStrings } from '../i18n/index.tsx';
import { knownFieldsOnly } from '../self-check/questionnaire/fields.ts';
import { type Answers, toHousehold } from '../self-check/questionnaire/state.ts';
import { type ConsultRequest, type FieldKey, sendConsultation } from './consult-api.ts';
import { type KeptReceipt, keepReceipt, readKeptReceipt } from './kept-receipt.ts';
import { consultStrings } from './strings.ts';
import { type Consents, type ConsultForm, checkForm, type Errors, recheckField } from './validate.ts';

/**
 * The consultation request's state: fields prefilled from the self-check, consents, errors from
 * the browser and the server, sending, and the receipt. Only what the person agreed to is sent.
 */
export function useConsultForm({
  answers,
  screening,
  program,
}: {
  answers: Answers;
  screening: Screening | null;
  program: string | null;
}) {
  const { lang } = useI18n();
  const s = useStrings(consultStrings);
  const district0 = String(answers.household.gwangjuDistrict ?? '');
  const topic = program ? findProgram(program)?.metadata.name : undefined;
  const [form, setForm] = useState<ConsultForm>({
    name: '',
    phone: '',
    district: isGwangjuDistrict(district0) ? district0 : '',
    preferredTime: '',
    message: topic
      ? lang === 'ko'
        ? `${topic.ko} 상담을 받고 싶어요.`
        : `I would like advice about ${topic.en}.`
      : '',
  });
  const [consent, setConsent] = useState<Consents>({ contact: false, household: false, result: false });
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [receipt, setReceiptNow] = useState<KeptReceipt | null>(readKeptReceipt);
  const setReceipt = (r: KeptReceipt | null) => {
    keepReceipt(r);
    setReceiptNow(r);
  };
  const hasCheck = answers.asked.length > 0 && screening !== null;

  const setField = (key: keyof ConsultForm, value: string) => {
    const next = { ...form, [key]: value };
    setForm(next);
    setErrors((e) => recheckField(e, key, next, consent, s, attempt > 0));
  };
  const setConsentOf = (key: keyof Consents, value: boolean) => {
    const next = { ...consent, [key]: value };
    setConsent(next);
    setErrors((e) => recheckField(e, key, form, next, s, attempt > 0));
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setAttempt((n) => n + 1);
    const errs = checkForm(form, consent, s);
    setErrors(errs);
    setGeneral(null);
    if (Object.keys(errs).length) return;
    const body: ConsultRequest = {
      name: form.name.trim(),
      phone: form.phone.trim(),
      consent: { contact: true, household: hasCheck && consent.household, result: hasCheck && consent.result },
      // checkForm has required a 구 and the select offers only Gwangju's five (a type, no code: bundle budget).
      district: form.district as GwangjuDistrictId,
      ...(form.preferredTime.trim() ? { preferredTime: form.preferredTime.trim() } : {}),
      ...(form.message.trim() ? { message: form.message.trim() } : {}),
      // The page's language tells the counselor which to call in (the English form says so).
      language: lang,
    };
    if (body.consent.household) body.household = knownFieldsOnly(toHousehold(answers));
    if (body.consent.result && screening) {
      body.screening = {
        date: screening.date,
        rulesVersion: screening.rulesVersion,
        programs: screening.programs.map((p) => ({ id: p.id, name: p.name.ko, status: p.status, amount: p.amount })),
      };
    }
    setSending(true);
    try {
      const out = await sendConsultation(body);
      if (out.ok) return setReceipt({ reference: out.reference, center: out.center });
      const fieldErrs: Errors = {};
      for (const [k, v] of Object.entries(out.fields)) fieldErrs[k as FieldKey] = v[lang];
      setErrors(fieldErrs);
      setGeneral(out.detail ? out.detail[lang] : s.networkError);
    } catch {
      setGeneral(s.networkError);
    } finally {
      setSending(false);
      setAttempt((n) => n + 1);
    }
  };

  /** Back to the form for another request (the kept receipt is forgotten). */
  const another = () => setReceipt(null);
  return {
    form,
    setField,
    consent,
    setConsentOf,
    errors,
    general,
    attempt,
    sending,
    receipt,
    another,
    hasCheck,
    submit,
  };
}

export type ConsultFormState = ReturnType<typeof useConsultForm>;
