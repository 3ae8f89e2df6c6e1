import { escapeHtml, htmlDocument } from './html.js';
import { type RenderedEmail } from './rendered-email.js';

export interface MunicipalityRegisteredData {
  code: string;
  name: string;
  alertEmail: string;
}

/** Tells a kommune's alert mailbox that it now receives early warnings from the system. */
export function renderMunicipalityRegistered(data: MunicipalityRegisteredData, locale: 'da' | 'en'): RenderedEmail {
  const name = escapeHtml(data.name);
  const mailbox = escapeHtml(data.alertEmail);
  if (locale === 'en') {
    const subject = `${data.name} Municipality (${data.code}) is registered for eviction warnings`;
    const lines = [
      `${data.name} Municipality (municipality code ${data.code}) is now registered in the eviction-prevention system.`,
      `This mailbox (${data.alertEmail}) will receive early warnings about tenants at risk of eviction, including the notice the landlord must give under section 92(2) of the Social Housing Rent Act (almenlejeloven).`,
      'If this mailbox is wrong, ask your administrator to correct it.',
    ];
    return {
      subject,
      text: lines.join('\n\n') + '\n',
      html: htmlDocument('en', subject, [
        `<strong>${name} Municipality</strong> (municipality code ${escapeHtml(data.code)}) is now registered in the eviction-prevention system.`,
        `This mailbox (${mailbox}) will receive early warnings about tenants at risk of eviction, including the notice the landlord must give under section 92(2) of the Social Housing Rent Act (almenlejeloven).`,
        'If this mailbox is wrong, ask your administrator to correct it.',
      ]),
    };
  }
  const subject = `${data.name} Kommune (${data.code}) er tilmeldt varsler om udsættelser`;
  const lines = [
    `${data.name} Kommune (kommunekode ${data.code}) er nu tilmeldt systemet til forebyggelse af udsættelser.`,
    `Denne postkasse (${data.alertEmail}) modtager fremover tidlige varsler om lejere, der risikerer udsættelse, herunder den underretning, udlejer skal give efter almenlejelovens § 92, stk. 2.`,
    'Hvis postkassen er forkert, så bed jeres administrator om at rette den.',
  ];
  return {
    subject,
    text: lines.join('\n\n') + '\n',
    html: htmlDocument('da', subject, [
      `<strong>${name} Kommune</strong> (kommunekode ${escapeHtml(data.code)}) er nu tilmeldt systemet til forebyggelse af udsættelser.`,
      `Denne postkasse (${mailbox}) modtager fremover tidlige varsler om lejere, der risikerer udsættelse, herunder den underretning, udlejer skal give efter almenlejelovens § 92, stk. 2.`,
      'Hvis postkassen er forkert, så bed jeres administrator om at rette den.',
    ]),
  };
}
