import { useI18n } from '../i18n';
import { useMe } from '../session/session-context';
import { PageTitle } from '../ui/components';

/** "Who am I": what the system knows of the signed-in user and the scope the role gives. */
export function MePage() {
  const { m } = useI18n();
  const me = useMe();
  const t = m.web.me;
  return (
    <section>
      <PageTitle>{t.title}</PageTitle>
      <dl className="facts">
        <dt>{t.name}</dt>
        <dd>{me.name}</dd>
        <dt>{t.email}</dt>
        <dd>{me.email}</dd>
        <dt>{t.role}</dt>
        <dd>{m.roles[me.role]}</dd>
        <dt>{t.language}</dt>
        <dd>{me.language === 'da' ? 'Dansk' : 'English'}</dd>
        <dt>{t.departments}</dt>
        <dd>{me.departmentIds.length === 0 ? t.allDepartments : me.departmentIds.length}</dd>
        <dt>{t.teamLead}</dt>
        <dd>{me.teamLead ? t.yes : t.no}</dd>
      </dl>
    </section>
  );
}
