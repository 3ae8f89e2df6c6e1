import { cleanFileName } from './import-upload.js';

describe('the stored name of an uploaded file', () => {
  it.each([
    ['restancer-østerbro.csv', 'restancer-østerbro.csv'],
    ['C:\\Users\\sb\\Desktop\\liste.csv', 'liste.csv'],
    ['../../etc/liste.csv', 'liste.csv'],
    ['a\u0000b\u001f\u007f.csv', 'ab.csv'],
    ['lone\ud800surrogate.csv', 'lonesurrogate.csv'],
    ['pair\ud83d\ude00.csv', 'pair\ud83d\ude00.csv'],
    ['   ', null],
    [undefined, null],
  ])('%j is kept as %j', (name, stored) => {
    expect(cleanFileName(name)).toBe(stored);
  });

  it('is cut to the 255 characters the column holds, counting characters, not UTF-16 units', () => {
    const long = '😀'.repeat(300);
    const stored = cleanFileName(long)!;
    expect([...stored]).toHaveLength(255);
    expect(stored).toBe('😀'.repeat(255));
  });
});
