import { todayIso } from '@jibsa/programs';
import { useState } from 'react';
import { useI18n, useStrings } from '../../i18n/index.tsx';
import { centerDay } from '../../shared/ui/center-time.ts';
import { Button, Form, focusSoon, NamedAction, TextField } from '../../shared/ui/index.ts';
import { api, type Result } from '../shell/api.ts';
import { staffStrings } from '../shell/strings.ts';
import type { CaseDetail } from '../shell/types.ts';
import { taskTitle } from './task-title.ts';
import { useEmptyField } from './use-empty-field.ts';

/**
 * A case's tasks: a task past its due date says so, a task marked done by mistake can be opened
 * again, and focus stays on the task just changed (its button is replaced, and focus fell to the
 * page). Enter adds a task, as it does in any form.
 */
export function CaseTasks({
  c,
  after,
}: {
  c: CaseDetail;
  after: (r: Result<unknown>, fresh?: CaseDetail) => Promise<boolean>;
}) {
  const s = useStrings(staffStrings);
  const { k, lang } = useI18n();
  const [task, setTask] = useState('');
  const [due, setDue] = useState('');
  const empty = useEmptyField();
  const today = todayIso();

  const mark = async (id: string, done: boolean) => {
    if (await after(await api('PATCH', `/api/cases/${c.id}/tasks/${id}`, { done }))) {
      focusSoon(`task-${done ? 'undo' : 'done'}-${id}`);
    }
  };
  const add = async () => {
    if (empty.blank(task, 'new-task', s.noTask)) return;
    const r = await api('POST', `/api/cases/${c.id}/tasks`, { title: task.trim(), ...(due ? { dueOn: due } : {}) });
    if (await after(r)) {
      setTask('');
      setDue('');
      focusSoon('new-task');
    }
  };

  return (
    <section aria-labelledby="h-tasks">
      <h2 id="h-tasks">{s.tasks}</h2>
      <ul className="tasks">
        {c.tasks.map((t) => {
          const title = taskTitle(t, lang);
          const late = t.doneAt === null && t.dueOn !== null && t.dueOn < today;
          return (
            <li key={t.id}>
              {k(title)}
              {t.dueOn ? ` · ${s.dueOn} ${centerDay(t.dueOn, lang)}` : ''}
              {/* The space goes before the badge: inside it, at the start of an inline block, it is lost. */}
              {late && (
                <>
                  {' '}
                  <span className="badge warn">{s.overdue}</span>
                </>
              )}
              {t.doneAt ? ` · ${s.done} ` : ' '}
              <Button
                small
                id={`task-${t.doneAt ? 'undo' : 'done'}-${t.id}`}
                className="no-print"
                onClick={() => mark(t.id, t.doneAt === null)}
              >
                <NamedAction action={t.doneAt ? s.markNotDone : s.markDone} name={title} />
              </Button>
            </li>
          );
        })}
      </ul>
      <Form onSubmit={add} className="no-print">
        <TextField
          id="new-task"
          label={s.newTask}
          value={task}
          onChange={(v) => {
            setTask(v);
            empty.typed('new-task');
          }}
          maxLength={300}
          error={empty.error('new-task')}
        />
        <TextField id="new-task-due" label={s.dueOn} type="date" value={due} onChange={setDue} />
        <Button type="submit">{s.addTask}</Button>
      </Form>
    </section>
  );
}
