import { simpleParser } from 'mailparser';
import { composeMime, encodeHeaderText } from './mime.js';

const message = {
  from: { name: 'Udsættelsesforebyggelse', address: 'no-reply@udsaettelse.local' },
  to: 'boligvarsler@hvidovre.dk',
  subject: 'Varsel: påkrav sendt — Æblevej 3, 2650 Hvidovre (SAG-1A2B3C4D), husstand med børn under 18 år',
  text: 'Lejer(e): Søren Ørsted\nBeløb: 12.345,50 kr.\n'.repeat(20),
  html: '<p>Lejer(e): Søren Ørsted</p>'.repeat(20),
  messageId: '<0b1c@udsaettelse.local>',
  headers: { 'X-Notification-Id': '0b1c', 'X-Topic': 'warning.payment-demand-sent' },
  date: new Date('2026-12-01T12:00:00Z'),
};

describe('composeMime', () => {
  it('gives a mail reader back every part, header and Danish letter', async () => {
    const parsed = await simpleParser(composeMime(message));
    expect(parsed.subject).toBe(message.subject);
    expect(parsed.from?.value).toEqual([{ name: message.from.name, address: message.from.address }]);
    expect(parsed.to && !Array.isArray(parsed.to) ? parsed.to.value.map((a) => a.address) : []).toEqual([message.to]);
    expect(parsed.messageId).toBe(message.messageId);
    expect(parsed.headers.get('x-notification-id')).toBe('0b1c');
    expect(parsed.headers.get('x-topic')).toBe('warning.payment-demand-sent');
    expect(parsed.date?.toISOString()).toBe('2026-12-01T12:00:00.000Z');
    expect(parsed.text).toBe(message.text);
    expect(parsed.html).toBe(message.html);
  });

  it('keeps every line within 78 characters and uses CRLF line ends only', () => {
    const raw = composeMime(message).toString('utf8');
    expect(raw.split('\r\n').every((line) => line.length <= 78)).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('cannot be given a header through a value with a line break', async () => {
    const parsed = await simpleParser(composeMime({ ...message, to: 'a@b.dk\r\nBcc: evil@x.dk' }));
    expect(parsed.bcc).toBeUndefined();
  });
});

describe('encodeHeaderText', () => {
  it('leaves plain ASCII as it is', () => {
    expect(encodeHeaderText('Warning: payment demand sent')).toBe('Warning: payment demand sent');
  });

  it('never splits a character across encoded words', () => {
    const words = encodeHeaderText('ø'.repeat(100)).split('\r\n ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) {
      const decoded = Buffer.from(word.replace(/^=\?UTF-8\?B\?|\?=$/g, ''), 'base64').toString('utf8');
      expect(decoded).toMatch(/^ø+$/);
    }
  });
});
