import { useStrings } from '../../i18n/index.tsx';
import { FileField } from '../../shared/ui/index.ts';
import { boardStaffStrings } from './board-strings.ts';

/** What the attachment pickers offer: the kinds the server accepts (server board/files.ts). */
const ATTACHMENT_TYPES = '.pdf,.hwp,.hwpx,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.txt,.csv';

/** The picker for a post's attachments, in the board editor and the notice form. */
export function AttachmentField(p: { id: string; resetKey?: number; onFiles: (files: File[]) => void }) {
  const s = useStrings(boardStaffStrings);
  return (
    <FileField
      id={p.id}
      label={s.files}
      hint={s.filesHint}
      multiple
      resetKey={p.resetKey}
      accept={ATTACHMENT_TYPES}
      onFiles={p.onFiles}
    />
  );
}
