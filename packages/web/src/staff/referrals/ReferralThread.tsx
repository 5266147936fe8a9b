import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerTime } from '../../shared/ui/center-time.ts';
import { Button, Notice, TextField } from '../../shared/ui/index.ts';
import {
  outcomeWords,
  type ReferralMessage,
  type ReferralStep,
  referralStrings,
  stepWords,
} from './referral-strings.ts';

/** A referral's steps (who, when) and its message thread with a box to write: the same on both sides. */
export function ReferralThread({
  idPrefix,
  steps,
  messages,
  onSend,
  closedNote,
  hint,
}: {
  idPrefix: string;
  steps: ReferralStep[];
  messages: ReferralMessage[];
  /** Absent: the thread is closed (the referral has ended), read only. */
  onSend?: ((body: string) => Promise<boolean>) | undefined;
  /** Said in place of the message box when there is none: why, and what to do instead. */
  closedNote?: string | undefined;
  /** Said under the box's label: e.g. that the agency may ask before it answers. */
  hint?: string | undefined;
}) {
  const r = useStrings(referralStrings);
  const { lang, k } = useI18n();
  const [text, setText] = useState('');
  const when = (at: string) => centerTime(at, lang);
  return (
    <div className="referral-thread">
      <h4>{r.steps}</h4>
      <ol className="referral-steps">
        {steps.map((s) => (
          <li key={`${s.at}-${s.to}`}>
            <time dateTime={s.at}>{when(s.at)}</time> · {stepWords(s.from, s.to, lang)}
            {s.reason && (
              <>
                {' '}
                ({r.reason}: {k(s.reason)})
              </>
            )}
            {s.outcome ? ` (${r.outcome}: ${outcomeWords(s.outcome, null, lang)})` : ''}
            {/* What the agency said with a step, e.g. "신청 접수, 조사 중" with 진행 중. A closing step's
                note is the outcome note, shown once with the outcome above the thread. */}
            {s.note && s.to !== 'completed' && <> · {k(s.note)}</>}
            {s.actorName && <> · {k(s.actorName)}</>}
          </li>
        ))}
      </ol>
      <h4>{r.thread}</h4>
      {messages.length === 0 ? (
        <p>{r.noMessages}</p>
      ) : (
        <ul className="referral-messages">
          {messages.map((m) => (
            <li key={m.id} className={`from-${m.side}`}>
              <strong>{k(m.authorName ?? '')}</strong> · <time dateTime={m.createdAt}>{when(m.createdAt)}</time>
              <p className="message-body">{k(m.body)}</p>
            </li>
          ))}
        </ul>
      )}
      {/* Names in it (the sender, their center) stay Korean on the English page: marked so. */}
      {!onSend && closedNote && <Notice>{k(closedNote)}</Notice>}
      {onSend && (
        <>
          <TextField
            id={`${idPrefix}-message`}
            label={r.writeMessage}
            hint={hint}
            value={text}
            onChange={setText}
            multiline
            maxLength={2000}
          />
          <Button
            onClick={async () => {
              if (text.trim() && (await onSend(text.trim()))) setText('');
            }}
          >
            {r.sendMessage}
          </Button>
        </>
      )}
    </div>
  );
}
