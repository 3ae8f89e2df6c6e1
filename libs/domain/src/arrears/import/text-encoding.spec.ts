import iconv from 'iconv-lite';
import { asUtf8, EncodingSniffer, sniffEncoding } from './text-encoding.js';

const HEADER = 'Afdeling;Lejemål;Adresse;Lejer;Forfaldsdato;Restance\r\n';
const ROW = '12;0101;Ærøvej 4, 1. th.;Søren Ågård;01-10-2026;7.030,00\r\n';

async function collect(chunks: AsyncIterable<Buffer>): Promise<string> {
  const out: Buffer[] = [];
  for await (const chunk of chunks) out.push(chunk);
  return Buffer.concat(out).toString('utf8');
}

async function* inPieces(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}

describe('sniffEncoding', () => {
  it('reads UTF-8, with or without a byte-order mark, and ASCII as UTF-8', () => {
    expect(sniffEncoding(Buffer.from(HEADER + ROW, 'utf8'))).toBe('utf-8');
    expect(sniffEncoding(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER, 'utf8')]))).toBe('utf-8');
    expect(sniffEncoding(Buffer.from('Afdeling;Lejemaal\r\n', 'ascii'))).toBe('utf-8');
  });

  it('reads Danish Excel output (Windows-1252), including the euro sign and typographic quotes', () => {
    expect(sniffEncoding(iconv.encode(HEADER + ROW, 'windows-1252'))).toBe('windows-1252');
    expect(
      sniffEncoding(iconv.encode(`${HEADER}12;0101;„Solbakken“ – 5 €;X;01-10-2026;1,00\r\n`, 'windows-1252')),
    ).toBe('windows-1252');
  });

  it('reads ISO-8859-1 as the compatible Windows-1252 unless a byte only ISO-8859-1 defines is used', () => {
    expect(sniffEncoding(iconv.encode(HEADER + ROW, 'iso-8859-1'))).toBe('windows-1252');
    expect(sniffEncoding(Buffer.concat([iconv.encode(HEADER, 'iso-8859-1'), Buffer.from([0x81])]))).toBe('iso-8859-1');
  });

  it('decides the same however the bytes are split, even inside a UTF-8 character', () => {
    const bytes = Buffer.from(HEADER + ROW, 'utf8');
    for (const size of [1, 2, 3, 7]) {
      const sniffer = new EncodingSniffer();
      for (let i = 0; i < bytes.length; i += size) sniffer.push(bytes.subarray(i, i + size));
      expect(sniffer.result()).toBe('utf-8');
    }
  });

  it('does not take a file whose last UTF-8 character is cut off for UTF-8', () => {
    const bytes = Buffer.from('Afdeling;Lejemå', 'utf8');
    expect(sniffEncoding(bytes.subarray(0, bytes.length - 1))).toBe('windows-1252');
  });

  it('finds a Windows-1252 byte late in an otherwise ASCII file', () => {
    const sniffer = new EncodingSniffer();
    for (let i = 0; i < 1000; i += 1) sniffer.push(Buffer.from('12;0101;Vej 1;Navn;01-10-2026;1,00\r\n'));
    sniffer.push(iconv.encode('12;0102;Åvej 2;Ørum;01-10-2026;1,00\r\n', 'windows-1252'));
    expect(sniffer.result()).toBe('windows-1252');
  });
});

describe('asUtf8', () => {
  it('re-encodes Windows-1252 and ISO-8859-1 chunk by chunk into the same text', async () => {
    for (const encoding of ['windows-1252', 'iso-8859-1'] as const) {
      const bytes = iconv.encode(HEADER + ROW, encoding);
      await expect(collect(asUtf8(inPieces(bytes, 5), encoding))).resolves.toBe(HEADER + ROW);
    }
  });

  it('passes UTF-8 through byte for byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HEADER, 'utf8')]);
    const out: Buffer[] = [];
    for await (const chunk of asUtf8(inPieces(bytes, 4), 'utf-8')) out.push(chunk);
    expect(Buffer.concat(out).equals(bytes)).toBe(true);
  });
});
