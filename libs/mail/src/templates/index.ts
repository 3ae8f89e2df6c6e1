import { type MunicipalityRegisteredData, renderMunicipalityRegistered } from './municipality-registered.template.js';
import {
  type MunicipalityEvictionNoticeData,
  renderMunicipalityEvictionNotice,
} from './municipality-eviction-notice.template.js';
import { type RenderedEmail } from './rendered-email.js';

/** Every email the system can send, by template name, with the data each one needs. */
export interface EmailTemplateData {
  'municipality-registered': MunicipalityRegisteredData;
  'municipality-eviction-notice': MunicipalityEvictionNoticeData;
}

export type EmailTemplateName = keyof EmailTemplateData;

const RENDERERS: { [K in EmailTemplateName]: (data: EmailTemplateData[K], locale: 'da' | 'en') => RenderedEmail } = {
  'municipality-registered': renderMunicipalityRegistered,
  'municipality-eviction-notice': renderMunicipalityEvictionNotice,
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
export type { MunicipalityEvictionNoticeData } from './municipality-eviction-notice.template.js';
