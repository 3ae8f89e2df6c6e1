import { type MunicipalityRegisteredData, renderMunicipalityRegistered } from './municipality-registered.template.js';
import {
  type MunicipalityEvictionNoticeData,
  renderMunicipalityEvictionNotice,
} from './municipality-eviction-notice.template.js';
import { type RenderedEmail } from './rendered-email.js';
import { renderWarning, type WarningEmailData } from './warning.template.js';
import { renderWarningDigest, type WarningDigestEmailData } from './warning-digest.template.js';
import { renderWarningEscalation, type WarningEscalationEmailData } from './warning-escalation.template.js';

/** Every email the system can send, by template name, with the data each one needs. */
export interface EmailTemplateData {
  'municipality-registered': MunicipalityRegisteredData;
  'municipality-eviction-notice': MunicipalityEvictionNoticeData;
  warning: WarningEmailData;
  'warning-escalation': WarningEscalationEmailData;
  'warning-digest': WarningDigestEmailData;
}

export type EmailTemplateName = keyof EmailTemplateData;

const RENDERERS: { [K in EmailTemplateName]: (data: EmailTemplateData[K], locale: 'da' | 'en') => RenderedEmail } = {
  'municipality-registered': renderMunicipalityRegistered,
  'municipality-eviction-notice': renderMunicipalityEvictionNotice,
  warning: renderWarning,
  'warning-escalation': renderWarningEscalation,
  'warning-digest': renderWarningDigest,
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
export type { WarningEmailData } from './warning.template.js';
export type { WarningEscalationEmailData } from './warning-escalation.template.js';
export type { WarningDigestEmailData, WarningDigestItem } from './warning-digest.template.js';
export type { WarningDetails, WarningKind } from './warning-format.js';
