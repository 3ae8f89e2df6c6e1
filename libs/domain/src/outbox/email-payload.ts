import { type EmailTemplateData, type EmailTemplateName } from '@app/mail';

/** What an outbox row asks the worker to send. Rendering happens at send time, in the worker. */
export interface EmailPayload<T extends EmailTemplateName = EmailTemplateName> {
  channel: 'email';
  template: T;
  to: string;
  locale: 'da' | 'en';
  data: EmailTemplateData[T];
}

/** Any email the system sends, as one union discriminated by `template`. */
export type AnyEmailPayload = { [K in EmailTemplateName]: EmailPayload<K> }[EmailTemplateName];
