import { useState } from 'react';
import { useI18n } from '../../i18n/index.tsx';
import { Button, focusSoon, Notice, Page, TextField } from '../../shared/ui/index.ts';

/**
 * A case this counselor's 구 does not hold: the reason form that opens it read-only ("break the
 * glass", audited on the server). Reached from a link to the case (it then reads as not found, as
 * the server answers) or from the case list's offer after a case-number search (`fromSearch`: the
 * list has just said the case is in another 구, so the page says what to do, not "not found").
 */
export function BreakGlassGate(props: {
  fromSearch: boolean;
  /** The server's refusal of the last try (a reason it does not take, a role that may not). */
  error: string | undefined;
  /** Opens the case with the reason; the reason is what was typed here, never read from the address. */
  open: (reason: string) => Promise<void>;
}) {
  const { lang } = useI18n();
  const ko = lang === 'ko';
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  return (
    <Page
      title={
        props.fromSearch
          ? ko
            ? '다른 구의 사례 열기'
            : 'Open a case of another district'
          : ko
            ? '사례를 찾을 수 없습니다'
            : 'Case not found'
      }
    >
      <Notice tone="warn">
        {props.fromSearch
          ? ko
            ? '맡은 구의 사례가 아닙니다. 급히 봐야 한다면 사유를 밝히고 읽기 전용으로 열 수 있습니다. 이 조회는 관리자에게 보고됩니다.'
            : 'This case is not in your district. If you must see it now, state a reason to open it read-only. The read is reported to administrators.'
          : ko
            ? '그런 사례를 찾을 수 없습니다.'
            : 'No such case.'}
      </Notice>
      <TextField
        id="glass-reason"
        label={
          props.fromSearch
            ? ko
              ? '여는 사유 (10자 이상, 기록됨)'
              : 'Reason (10+ characters, logged)'
            : ko
              ? '다른 구의 사례라면: 여는 사유 (10자 이상, 기록됨)'
              : 'If it belongs to another district: reason (10+ characters, logged)'
        }
        value={reason}
        onChange={(v) => {
          setReason(v);
          setTooShort(false);
        }}
        error={
          tooShort ? (ko ? '사유를 10자 이상 적어 주세요.' : 'Write a reason of at least 10 characters.') : props.error
        }
        maxLength={200}
      />
      <Button
        onClick={async () => {
          // Said beside the field (the server's refusal of a short reason used to show nowhere).
          if (reason.trim().length < 10) {
            setTooShort(true);
            focusSoon('glass-reason');
            return;
          }
          await props.open(reason);
        }}
      >
        {ko ? '사유를 밝히고 열기' : 'Open with this reason'}
      </Button>
    </Page>
  );
}
