import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { Button, ButtonRow, DataTable, focusSoon, labelFor, Notice, Page } from '../../shared/ui/index.ts';
import { DISTRICT_LABEL } from '../shell/strings.ts';
import type { Account } from '../shell/types.ts';
import { useItems } from '../shell/use-items.ts';
import { AccountEditor, NewAccountForm } from './AccountForms.tsx';
import { adminStrings, ROLE_LABEL } from './admin-strings.ts';

/** 계정 관리 (admins): the list, a form for a new account, and the chosen account's editor. */
export function Accounts() {
  const a = useStrings(adminStrings);
  const { l, lang, k } = useI18n();
  const { items, error, reload: load } = useItems<Account>('/api/admin/accounts');
  const [editing, setEditing] = useState<string | null>(null);
  const chosen = items?.find((x) => x.id === editing);
  const state = (x: Account) =>
    [x.disabled ? a.disabled : a.active, x.locked ? a.locked : '', x.mustChangePassword ? a.mustChange : '']
      .filter(Boolean)
      .join(' · ');
  return (
    <Page title={a.accountsTitle} lead={a.accountsLead}>
      {error && <Notice tone="warn">{error}</Notice>}
      {items && (
        <DataTable
          caption={a.accountsTitle}
          rows={items}
          rowKey={(x) => x.id}
          columns={[
            { key: 'username', header: a.username, rowHeader: true, cell: (x) => x.username },
            { key: 'name', header: a.displayName, cell: (x) => k(x.displayName) },
            { key: 'role', header: a.role, cell: (x) => ROLE_LABEL[lang][x.role] },
            {
              key: 'district',
              header: a.district,
              cell: (x) => (x.district ? labelFor(DISTRICT_LABEL, x.district, l) : a.cityWide),
            },
            { key: 'state', header: a.state, cell: state },
            {
              key: 'edit',
              header: a.edit,
              cell: (x) => (
                <ButtonRow>
                  <Button
                    small
                    onClick={() => {
                      setEditing(x.id);
                      // The editor opens below a long list, out of sight: focus (and the view) go to it.
                      focusSoon('edit-account-title');
                    }}
                    aria-label={`${a.edit}: ${x.username}`}
                  >
                    {a.edit}
                  </Button>
                </ButtonRow>
              ),
            },
          ]}
        />
      )}
      {chosen && <AccountEditor key={chosen.id} account={chosen} onSaved={load} />}
      <NewAccountForm onCreated={load} />
    </Page>
  );
}
