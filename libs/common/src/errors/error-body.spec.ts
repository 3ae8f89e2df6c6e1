import { pickLanguage } from './error-body.js';

describe('pickLanguage', () => {
  it.each([
    [undefined, 'da'],
    ['', 'da'],
    ['en', 'en'],
    ['en-GB,en;q=0.9,da;q=0.8', 'en'],
    ['da-DK,da;q=0.9,en;q=0.8', 'da'],
    ['de-DE,en;q=0.5,da;q=0.7', 'da'],
    ['fr', 'da'],
    [['en-US', 'da'], 'en'],
  ])('answers %j in %s', (header, expected) => {
    expect(pickLanguage(header as string | string[] | undefined)).toBe(expected);
  });
});
