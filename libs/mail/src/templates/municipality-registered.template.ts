import { type RenderedEmail } from './rendered-email.js';
import { escapeHtml } from './html.js';
import { mailTexts, paragraph, renderParagraphs, type Locale, type Paragraph } from './warning-format.js';

export interface MunicipalityRegisteredData {
  code: string;
  name: string;
  alertEmail: string;
}

/** Tells a kommune's alert mailbox that it now receives early warnings from the system. */
export function renderMunicipalityRegistered(data: MunicipalityRegisteredData, locale: Locale): RenderedEmail {
  const texts = mailTexts(locale).municipalityRegistered;
  return renderParagraphs(locale, texts.subject({ name: data.name, code: data.code }), [
    withNameInBold(texts.registered({ name: data.name, code: data.code }), texts.municipality({ name: data.name })),
    paragraph(texts.mailbox({ mailbox: data.alertEmail })),
    paragraph(texts.wrongMailbox),
  ]);
}

/** The sentence with the municipality's name in bold in HTML: the first thing the mailbox's reader sees. */
function withNameInBold(text: string, name: string): Paragraph {
  const [html, bold] = [escapeHtml(text), escapeHtml(name)];
  return { text, html: html.replace(bold, `<strong>${bold}</strong>`) };
}
