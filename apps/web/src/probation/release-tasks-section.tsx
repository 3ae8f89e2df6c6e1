import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { api, call } from '../api';
import { useI18n } from '../i18n';
import { useMe } from '../session/session-context';
import { ErrorMessage, Loading, Status, TableScroll } from '../ui/components';
import { formatDate, todayInCopenhagen } from '../ui/format';
import type { Episode } from './episode-rules';
import { isOverdue, mayComplete, type ReleaseTask, type TaskState, type UnitReleaseTask } from './planning-rules';

/** A task's state in words (the catalogue's, plus "closed"), marked as overdue when it is. */
export function TaskStateTag({ state }: { state: TaskState }) {
  const { m } = useI18n();
  const text = state === 'closed' ? m.webProbation.tasks.closedState : m.probationRules.taskStates[state];
  const tone = isOverdue(state)
    ? 'tag overdue'
    : state === 'done'
      ? 'tag ok'
      : state === 'due_soon'
        ? 'tag warn'
        : 'tag';
  return (
    <span className={tone} data-testid="task-state" data-state={state}>
      {text}
    </span>
  );
}

/**
 * The release plan of an episode (GET /custody-episodes/{id}/release-tasks): the Køreplan's dated
 * tasks in its order with the party responsible, the day from which and by which, the state today
 * (overdue in words), or why the Køreplan does not apply. The officer marks any task done, the
 * municipality its own (POST …/release-tasks/{taskId}/complete, a date, today by default).
 */
export function ReleaseTasksSection({ episode }: { episode: Episode }) {
  const { m } = useI18n();
  const t = m.webProbation.tasks;
  const tasks = useQuery({
    queryKey: ['custody-episode', episode.id, 'release-tasks'],
    queryFn: () =>
      call(api.GET('/api/v1/custody-episodes/{id}/release-tasks', { params: { path: { id: episode.id } } })),
  });
  return (
    <section aria-labelledby="episode-tasks" className="case-section" data-testid="release-tasks">
      <h2 id="episode-tasks">{t.title}</h2>
      {tasks.isPending ? (
        <Loading />
      ) : tasks.isError ? (
        <ErrorMessage error={tasks.error} />
      ) : !tasks.data.applies ? (
        <p data-testid="release-tasks-not-applicable">
          {tasks.data.notApplicableReason ? m.probationRules.notApplicable[tasks.data.notApplicableReason] : ''}
        </p>
      ) : (
        <TasksTable episode={episode} tasks={tasks.data.items} />
      )}
    </section>
  );
}

function TasksTable({ episode, tasks }: { episode: Episode; tasks: readonly ReleaseTask[] }) {
  const { m, language } = useI18n();
  const me = useMe();
  const t = m.webProbation.tasks;
  const client = useQueryClient();
  const [completing, setCompleting] = useState<string>();
  const [doneText, setDoneText] = useState<string>();
  const complete = useMutation({
    mutationFn: (input: { task: ReleaseTask; on: string }) =>
      call(
        api.POST('/api/v1/custody-episodes/{id}/release-tasks/{taskId}/complete', {
          params: { path: { id: episode.id, taskId: input.task.id } },
          body: { completedOn: input.on },
        }),
      ),
    onSuccess: async (_, input) => {
      setCompleting(undefined);
      setDoneText(t.done({ task: m.probationRules.releaseTasks[input.task.kind] }));
      await Promise.all([
        client.invalidateQueries({ queryKey: ['custody-episode', episode.id, 'release-tasks'] }),
        client.invalidateQueries({ queryKey: ['release-tasks'] }),
      ]);
    },
  });
  const date = (value: string | null) => formatDate(value, language);
  return (
    <>
      {doneText && <Status>{doneText}</Status>}
      <ErrorMessage error={complete.error} />
      <TableScroll label={t.caption}>
        <table data-testid="release-tasks-table">
          <caption className="visually-hidden">{t.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.columns.task}</th>
              <th scope="col">{t.columns.responsible}</th>
              <th scope="col">{t.columns.opensOn}</th>
              <th scope="col">{t.columns.dueOn}</th>
              <th scope="col">{t.columns.state}</th>
              <th scope="col">{t.columns.actions}</th>
            </tr>
          </thead>
          <tbody>
            {tasks.map((task) => {
              const name = m.probationRules.releaseTasks[task.kind];
              return (
                <tr key={task.id} data-testid="release-task" data-kind={task.kind} data-state={task.state}>
                  <th scope="row">{name}</th>
                  <td>{m.probationRules.parties[task.responsible]}</td>
                  <td className="date">{date(task.opensOn)}</td>
                  <td className="date">{date(task.dueOn)}</td>
                  <td>
                    <TaskStateTag state={task.state} />
                    {task.completedOn && <div>{t.doneOn({ date: date(task.completedOn) })}</div>}
                  </td>
                  <td className="row-actions">
                    {!mayComplete(task, me.role, episode.open) ? null : completing === task.id ? (
                      <CompleteForm
                        task={name}
                        busy={complete.isPending}
                        onSave={(on) => complete.mutate({ task, on })}
                        onCancel={() => {
                          setCompleting(undefined);
                          complete.reset();
                          requestAnimationFrame(() => document.getElementById(`complete-${task.id}`)?.focus());
                        }}
                      />
                    ) : (
                      <button
                        id={`complete-${task.id}`}
                        type="button"
                        aria-label={t.completeNamed({ task: name })}
                        onClick={() => {
                          setDoneText(undefined);
                          complete.reset();
                          setCompleting(task.id);
                        }}
                      >
                        {t.complete}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableScroll>
    </>
  );
}

/** The day a task was done (today by default); the date field takes the focus, Enter saves. */
function CompleteForm({
  task,
  busy,
  onSave,
  onCancel,
}: {
  task: string;
  busy: boolean;
  onSave: (on: string) => void;
  onCancel: () => void;
}) {
  const { m } = useI18n();
  const t = m.webProbation.tasks;
  const [on, setOn] = useState(() => todayInCopenhagen());
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (on) onSave(on);
  };
  return (
    <form onSubmit={submit} noValidate className="inline-form" data-testid="complete-task">
      <label>
        {t.completedOn({ task })}{' '}
        <input ref={input} type="date" value={on} required onChange={(e) => setOn(e.target.value)} />
      </label>{' '}
      <button type="submit" disabled={busy || !on}>
        {t.save}
      </button>{' '}
      <button type="button" onClick={onCancel}>
        {t.cancel}
      </button>
    </form>
  );
}

/**
 * The officer's overdue tasks across the unit's open episodes (GET /release-tasks?overdue=true, the
 * API's order: longest overdue first), each linking to its episode.
 */
export function OverdueTasks({ tasks }: { tasks: readonly UnitReleaseTask[] }) {
  const { m, language } = useI18n();
  const t = m.webProbation.tasks;
  return (
    <section aria-labelledby="overdue-tasks" className="case-section" data-testid="overdue-tasks">
      <h2 id="overdue-tasks">{t.overdueTitle}</h2>
      <p>{t.overdueIntro}</p>
      {tasks.length === 0 ? (
        <p>{t.overdueEmpty}</p>
      ) : (
        <TableScroll label={t.overdueCaption}>
          <table>
            <caption className="visually-hidden">{t.overdueCaption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.overdueColumns.person}</th>
                <th scope="col">{t.overdueColumns.task}</th>
                <th scope="col">{t.overdueColumns.responsible}</th>
                <th scope="col">{t.overdueColumns.dueOn}</th>
                <th scope="col">{t.overdueColumns.state}</th>
              </tr>
            </thead>
            <tbody>
              {tasks.map((task) => (
                <tr key={task.id} data-testid="overdue-task" data-kind={task.kind}>
                  <th scope="row">
                    <Link to={`/custody-episodes/${task.episodeId}`}>{task.personName}</Link>
                  </th>
                  <td>{m.probationRules.releaseTasks[task.kind]}</td>
                  <td>{m.probationRules.parties[task.responsible]}</td>
                  <td className="date">{formatDate(task.dueOn, language)}</td>
                  <td>
                    <TaskStateTag state={task.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
