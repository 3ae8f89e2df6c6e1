import { useI18n } from '../i18n';
import { statusOf } from './import-status';
import type { ArrearsImport } from './import-types';

/** An import's status as a coloured tag; the colour repeats what the words say, never replaces them. */
export function ImportStatusTag({ item }: { item: Pick<ArrearsImport, 'status' | 'failedRows'> }) {
  const { m } = useI18n();
  const { text, tone } = statusOf(item, m);
  return (
    <span className={`tag${tone === 'neutral' ? '' : ` ${tone}`}`} data-status={item.status}>
      {text}
    </span>
  );
}
