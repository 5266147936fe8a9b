import { findProgram, type Screening } from '@jibsa/programs';
import { type FormEvent, useRef, useState } from 'react';
import { useI18n } from '../i18n/index.tsx';
import { fieldFor, knownFieldsOnly } from '../self-check/questionnaire/fields.ts';
import { type Answers, GWANGJU_DISTRICTS, toHousehold } from '../self-check/questionnaire/state.ts';
import { PageHeading } from '../shared/ui/PageHeading.tsx';
import { TextField } from '../shared/ui/TextField.tsx';
import { type ConsultRequest, type FieldKey, sendConsultation } from './consult-api.ts';

type Errors = Partial<Record<FieldKey, string>>;

interface Props {
  answers: Answers;
  screening: Screening | null;
  program: string | null;
}

/** 상담 신청: contact details, and answers or result only with their own consent. */
export function Consult({ answers, screening, program }: Props) {
  const { t, l, lang } = useI18n();
  const district0 = String(answers.household.gwangjuDistrict ?? '');
  const topic = program ? findProgram(program)?.metadata.name : undefined;
  const [form, setForm] = useState({
    name: '',
    phone: '',
    district: (GWANGJU_DISTRICTS as readonly string[]).includes(district0) ? district0 : '',
    preferredTime: '',
    message: topic
      ? lang === 'ko'
        ? `${topic.ko} 상담을 받고 싶어요.`
        : `I would like advice about ${topic.en}.`
      : '',
  });
  const [consent, setConsent] = useState({ contact: false, household: false, result: false });
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [receipt, setReceipt] = useState<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const hasCheck = answers.asked.length > 0 && screening !== null;
  const districtField = fieldFor('gwangjuDistrict');
  const districtLabels = districtField?.type === 'enum' ? districtField.valueLabels : undefined;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const errs: Errors = {};
    if (!form.name.trim()) errs.name = t.required;
    if (!form.phone.trim()) errs.phone = t.required;
    if (!consent.contact) errs.contact = t.consentRequired;
    setErrors(errs);
    setGeneral(null);
    if (Object.keys(errs).length) return requestAnimationFrame(() => summaryRef.current?.focus());
    const body: ConsultRequest = {
      name: form.name.trim(),
      phone: form.phone.trim(),
      consent: { contact: true, household: hasCheck && consent.household, result: hasCheck && consent.result },
      ...(form.district ? { district: form.district } : {}),
      ...(form.preferredTime.trim() ? { preferredTime: form.preferredTime.trim() } : {}),
      ...(form.message.trim() ? { message: form.message.trim() } : {}),
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
      if (out.ok) return setReceipt(out.reference);
      const fieldErrs: Errors = {};
      for (const [k, v] of Object.entries(out.fields)) fieldErrs[k as FieldKey] = v[lang];
      setErrors(fieldErrs);
      setGeneral(out.detail ? out.detail[lang] : t.networkError);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } catch {
      setGeneral(t.networkError);
      requestAnimationFrame(() => summaryRef.current?.focus());
    } finally {
      setSending(false);
    }
  };

  if (receipt) {
    return (
      <div className="receipt">
        <PageHeading title={t.doneTitle} />
        <p className="reference-label">{t.reference}</p>
        <p className="reference" data-reference={receipt}>
          {receipt}
        </p>
        <p className="advice">
          <span aria-hidden="true">✎ </span>
          {t.referenceAdvice}
        </p>
        <p>{t.doneNext}</p>
        <p className="button-row no-print">
          <button type="button" className="secondary" onClick={() => window.print()}>
            {t.print}
          </button>
          <a className="button secondary" href="#/">
            {t.backHome}
          </a>
        </p>
      </div>
    );
  }

  const errorList = Object.entries(errors) as [FieldKey, string][];
  const set = (k: keyof typeof form) => (v: string) => setForm({ ...form, [k]: v });
  return (
    <div className="consult">
      <PageHeading title={t.consultTitle} />
      <p className="lead">{t.consultLead}</p>
      {(general || errorList.length > 0) && (
        <div className="error-summary" role="alert" tabIndex={-1} ref={summaryRef}>
          <h2>
            <span aria-hidden="true">⚠ </span>
            {t.errorSummary}
          </h2>
          {general && <p>{general}</p>}
          <ul>
            {errorList.map(([k, msg]) => (
              <li key={k}>
                <a href={`#field-${k}`} onClick={(ev) => focusField(ev, `field-${k}`)}>
                  {msg}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={submit} noValidate>
        <TextField
          id="field-name"
          label={t.name}
          value={form.name}
          onChange={set('name')}
          error={errors.name}
          autoComplete="name"
          required
        />
        <TextField
          id="field-phone"
          label={t.phone}
          hint={t.phoneHint}
          value={form.phone}
          onChange={set('phone')}
          error={errors.phone}
          type="tel"
          autoComplete="tel"
          required
        />
        <div className="field">
          <label htmlFor="field-district">{t.district}</label>
          <select id="field-district" value={form.district} onChange={(e) => set('district')(e.target.value)}>
            <option value="">{t.districtNone}</option>
            {GWANGJU_DISTRICTS.map((d) => (
              <option key={d} value={d}>
                {districtLabels?.[d] ? l(districtLabels[d]) : d}
              </option>
            ))}
          </select>
          {errors.district && <FieldError id="field-district-error" text={errors.district} />}
        </div>
        <TextField
          id="field-preferredTime"
          label={t.preferredTime}
          hint={t.preferredTimeHint}
          value={form.preferredTime}
          onChange={set('preferredTime')}
          error={errors.preferredTime}
        />
        <TextField
          id="field-message"
          label={t.message}
          value={form.message}
          onChange={set('message')}
          error={errors.message}
          multiline
        />
        <fieldset className="consents">
          <legend>{t.consentTitle}</legend>
          <p>{t.consentLead}</p>
          <Consent
            id="field-contact"
            label={t.consentContact}
            help={t.consentContactHelp}
            checked={consent.contact}
            error={errors.contact}
            onChange={(v) => setConsent({ ...consent, contact: v })}
          />
          {hasCheck ? (
            <>
              <Consent
                id="field-household"
                label={t.consentHousehold}
                help={t.consentHouseholdHelp}
                checked={consent.household}
                error={errors.household}
                onChange={(v) => setConsent({ ...consent, household: v })}
              />
              <Consent
                id="field-result"
                label={t.consentResult}
                help={t.consentResultHelp}
                checked={consent.result}
                error={errors.result}
                onChange={(v) => setConsent({ ...consent, result: v })}
              />
            </>
          ) : (
            <p className="hint">{t.noCheckYet}</p>
          )}
        </fieldset>
        <button type="submit" className="primary" disabled={sending}>
          {sending ? t.sending : t.submit}
        </button>
      </form>
    </div>
  );
}

function Consent(props: {
  id: string;
  label: string;
  help: string;
  checked: boolean;
  error?: string | undefined;
  onChange: (v: boolean) => void;
}) {
  const helpId = `${props.id}-help`;
  const errId = `${props.id}-error`;
  return (
    <div className="consent">
      <input
        id={props.id}
        type="checkbox"
        className="big-radio"
        checked={props.checked}
        aria-describedby={props.error ? `${helpId} ${errId}` : helpId}
        aria-invalid={props.error ? true : undefined}
        onChange={(e) => props.onChange(e.target.checked)}
      />
      <label htmlFor={props.id}>{props.label}</label>
      <p id={helpId} className="hint">
        {props.help}
      </p>
      {props.error && <FieldError id={errId} text={props.error} />}
    </div>
  );
}

export function FieldError({ id, text }: { id: string; text: string }) {
  return (
    <p id={id} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {text}
    </p>
  );
}

function focusField(e: React.MouseEvent, id: string) {
  e.preventDefault();
  document.getElementById(id)?.focus();
}
