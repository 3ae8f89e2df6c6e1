import { localized, message, messagesFor, type Messages } from './catalogue.js';

type Leaf = string | ((params: Record<string, string>) => string);

function leaves(node: unknown, path = ''): [string, Leaf][] {
  if (typeof node === 'string' || typeof node === 'function') return [[path, node as Leaf]];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    leaves(value, path ? `${path}.${key}` : key),
  );
}

/** Calls a message with a parameter object that records which parameters it reads. */
function render(leaf: Leaf): { text: string; params: string[] } {
  if (typeof leaf === 'string') return { text: leaf, params: [] };
  const read = new Set<string>();
  const params = new Proxy({} as Record<string, string>, {
    get: (_target, key) => {
      if (typeof key === 'string') read.add(key);
      return `«${String(key)}»`;
    },
  });
  return { text: leaf(params), params: [...read].sort() };
}

/** Texts that are the same in both languages on purpose. */
const SAME_IN_BOTH = new Set<string>([
  'roles.administrator',
  'cases.deliveryMethods.digital_post',
  // A dash for a figure not shown (a hidden ratio's interval): no words to translate.
  'webStatistics.comparison.hidden',
]);

describe('the message catalogue', () => {
  const da = new Map(leaves(messagesFor('da')));
  const en = new Map(leaves(messagesFor('en')));

  it('has every message in both languages', () => {
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
  });

  it.each([...da.keys()])('%s: is translated, not empty, and uses the same values in both', (key) => {
    const [danish, english] = [render(da.get(key)!), render(en.get(key)!)];
    for (const { text } of [danish, english]) {
      expect(text.trim()).not.toBe('');
      expect(text).not.toMatch(/undefined|null|\[object Object\]/);
    }
    expect(english.params).toEqual(danish.params);
    if (!SAME_IN_BOTH.has(key)) expect(english.text).not.toBe(danish.text);
  });

  it('picks one message in both languages, or in one', () => {
    expect(localized((m: Messages) => m.validation.maxLength({ max: '40' }))).toEqual({
      da: 'Må højst være 40 tegn.',
      en: 'Must be at most 40 characters.',
    });
    expect(message('en', (m) => m.http.NOT_FOUND)).toBe('The resource does not exist.');
  });
});
