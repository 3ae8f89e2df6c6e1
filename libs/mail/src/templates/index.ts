import { appLinks, type AppLinks } from '../app-links.js';
import { type MunicipalityRegisteredData, renderMunicipalityRegistered } from './municipality-registered.template.js';
import {
  type MunicipalityEvictionNoticeData,
  renderMunicipalityEvictionNotice,
} from './municipality-eviction-notice.template.js';
import { type CustodyNoticeEmailData, renderCustodyNotice } from './custody-notice.template.js';
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
  'custody-notice': CustodyNoticeEmailData;
}

export type EmailTemplateName = keyof EmailTemplateData;

/** How an email is rendered besides its data and language. */
export interface RenderOptions {
  /**
   * The web application's public address (config `warnings.publicUrl`): with it, warning emails
   * link to the warning's page; without it (a template test), they carry no link.
   */
  publicUrl?: string;
}

type Renderer<K extends EmailTemplateName> = (
  data: EmailTemplateData[K],
  locale: 'da' | 'en',
  links?: AppLinks,
) => RenderedEmail;

const RENDERERS: { [K in EmailTemplateName]: Renderer<K> } = {
  'municipality-registered': renderMunicipalityRegistered,
  'municipality-eviction-notice': renderMunicipalityEvictionNotice,
  warning: renderWarning,
  'warning-escalation': renderWarningEscalation,
  'warning-digest': renderWarningDigest,
  'custody-notice': renderCustodyNotice,
};

export function renderEmail<T extends EmailTemplateName>(
  template: T,
  data: EmailTemplateData[T],
  locale: 'da' | 'en',
  options: RenderOptions = {},
): RenderedEmail {
  const render = RENDERERS[template];
  if (!render) throw new Error(`Unknown email template ${String(template)}`);
  return render(data, locale, options.publicUrl ? appLinks(options.publicUrl) : undefined);
}

export type { RenderedEmail } from './rendered-email.js';
export type { MunicipalityRegisteredData } from './municipality-registered.template.js';
export type { MunicipalityEvictionNoticeData } from './municipality-eviction-notice.template.js';
export type { WarningEmailData } from './warning.template.js';
export type { WarningEscalationEmailData } from './warning-escalation.template.js';
export type { WarningDigestEmailData, WarningDigestItem } from './warning-digest.template.js';
export type { CustodyNoticeEmailData } from './custody-notice.template.js';
export type { CustodyNoticeKind, WarningDetails, WarningKind } from './warning-format.js';
