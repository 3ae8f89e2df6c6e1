import { Link } from 'react-router-dom';
import { useI18n } from '../i18n';
import { PageTitle } from '../ui/components';

/**
 * What an unknown address, an unknown id and an id outside the caller's scope all show: the same
 * words, so that the page gives away nothing about what exists elsewhere.
 */
export function NotFoundPage() {
  const { m } = useI18n();
  return (
    <section className="not-found" data-testid="not-found">
      <PageTitle>{m.web.notFound.title}</PageTitle>
      <p>{m.web.notFound.body}</p>
      <Link to="/">{m.web.notFound.home}</Link>
    </section>
  );
}
