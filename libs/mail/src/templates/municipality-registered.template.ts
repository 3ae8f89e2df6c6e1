import { type RenderedEmail } from './rendered-email.js';
import { mailTexts, paragraph, renderParagraphs, strongParagraph, type Locale } from './warning-format.js';

export interface MunicipalityRegisteredData {
  code: string;
  name: string;
  alertEmail: string;
}

/** Tells a kommune's alert mailbox that it now receives early warnings from the system. */
export function renderMunicipalityRegistered(data: MunicipalityRegisteredData, locale: Locale): RenderedEmail {
  const texts = mailTexts(locale).municipalityRegistered;
  return renderParagraphs(locale, texts.subject({ name: data.name, code: data.code }), [
    strongParagraph(texts.registered({ name: data.name, code: data.code })),
    paragraph(texts.mailbox({ mailbox: data.alertEmail })),
    paragraph(texts.wrongMailbox),
  ]);
}
