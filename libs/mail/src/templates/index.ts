import { type MunicipalityRegisteredData, renderMunicipalityRegistered } from './municipality-registered.template.js';
import { type RenderedEmail } from './rendered-email.js';

/** Every email the system can send, by template name, with the data each one needs. */
export interface EmailTemplateData {
  'municipality-registered': MunicipalityRegisteredData;
}

export type EmailTemplateName = keyof EmailTemplateData;

const RENDERERS: { [K in EmailTemplateName]: (data: EmailTemplateData[K], locale: 'da' | 'en') => RenderedEmail } = {
  'municipality-registered': renderMunicipalityRegistered,
};

export function renderEmail<T extends EmailTemplateName>(
  template: T,
  data: EmailTemplateData[T],
  locale: 'da' | 'en',
): RenderedEmail {
  const render = RENDERERS[template];
  if (!render) throw new Error(`Unknown email template ${String(template)}`);
  return render(data, locale);
}

export type { RenderedEmail } from './rendered-email.js';
export type { MunicipalityRegisteredData } from './municipality-registered.template.js';
