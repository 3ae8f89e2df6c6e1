import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { PersonalDataCipher, PersonalDataCipherError, type EncryptedValue } from './personal-data-cipher.js';

const k1 = randomBytes(32);
const k2 = randomBytes(32);
const indexKey = randomBytes(32);
const cpr = '0101701234';

function makeCipher(overrides: Partial<ConstructorParameters<typeof PersonalDataCipher>[0]> = {}): PersonalDataCipher {
  return new PersonalDataCipher({ keys: { k1, k2 }, activeKeyId: 'k1', indexKey, ...overrides });
}

function cipherErrorOf(action: () => unknown): PersonalDataCipherError {
  try {
    action();
  } catch (error) {
    if (error instanceof PersonalDataCipherError) return error;
    throw error;
  }
  throw new Error('expected a PersonalDataCipherError');
}

function flipBit(value: EncryptedValue, byte: number): EncryptedValue {
  const ciphertext = Buffer.from(value.ciphertext);
  ciphertext[byte]! ^= 0x01;
  return { ...value, ciphertext };
}

describe('PersonalDataCipher', () => {
  describe('encrypt / decrypt', () => {
    it('round-trips text, including non-ASCII and the empty string', () => {
      const cipher = makeCipher();
      for (const text of [cpr, 'Søren Ærø Ålborg', '']) {
        expect(cipher.decrypt(cipher.encrypt(text))).toBe(text);
      }
    });

    it('packs version, 12-byte IV, 16-byte tag and data, under the active key id', () => {
      const value = makeCipher().encrypt(cpr);
      expect(value.keyId).toBe('k1');
      expect(value.ciphertext[0]).toBe(0x01);
      expect(value.ciphertext).toHaveLength(1 + 12 + 16 + cpr.length);
      expect(value.ciphertext.includes(Buffer.from(cpr))).toBe(false);
    });

    it('gives two encryptions of the same value different ciphertexts', () => {
      const cipher = makeCipher();
      const a = cipher.encrypt(cpr);
      const b = cipher.encrypt(cpr);
      expect(a.ciphertext.equals(b.ciphertext)).toBe(false);
      expect(a.ciphertext.subarray(1, 13).equals(b.ciphertext.subarray(1, 13))).toBe(false);
    });

    it.each([
      ['the version byte', 0],
      ['the IV', 5],
      ['the tag', 20],
      ['the data', 30],
    ])('refuses a value with a flipped bit in %s', (_label, byte) => {
      const cipher = makeCipher();
      const error = cipherErrorOf(() => cipher.decrypt(flipBit(cipher.encrypt(cpr), byte)));
      expect(['PERSONAL_DATA_VALUE_TAMPERED', 'PERSONAL_DATA_VALUE_MALFORMED']).toContain(error.code);
      if (byte !== 0) expect(error.code).toBe('PERSONAL_DATA_VALUE_TAMPERED');
    });

    it('refuses a value whose key id claim was changed, even to a key that exists', () => {
      // Same key bytes under two ids: only the authenticated key id tells them apart.
      const cipher = makeCipher({ keys: { k1, alias: k1 } });
      const value = cipher.encrypt(cpr);
      expect(cipherErrorOf(() => cipher.decrypt({ ...value, keyId: 'alias' })).code).toBe(
        'PERSONAL_DATA_VALUE_TAMPERED',
      );
      expect(cipherErrorOf(() => makeCipher().decrypt({ ...value, keyId: 'k2' })).code).toBe(
        'PERSONAL_DATA_VALUE_TAMPERED',
      );
    });

    it('refuses a truncated value and names an unknown key id', () => {
      const cipher = makeCipher();
      const value = cipher.encrypt(cpr);
      expect(cipherErrorOf(() => cipher.decrypt({ ...value, ciphertext: value.ciphertext.subarray(0, 20) })).code).toBe(
        'PERSONAL_DATA_VALUE_MALFORMED',
      );
      expect(cipherErrorOf(() => cipher.decrypt({ ...value, ciphertext: value.ciphertext.subarray(0, 29) })).code).toBe(
        'PERSONAL_DATA_VALUE_TAMPERED',
      );
      const unknown = cipherErrorOf(() => cipher.decrypt({ ...value, keyId: 'k9' }));
      expect(unknown.code).toBe('PERSONAL_DATA_KEY_UNKNOWN');
      expect(unknown.message).toContain('k9');
    });
  });

  describe('key rotation', () => {
    it('still decrypts values under a retired key and flags them for re-encryption', () => {
      const old = makeCipher({ activeKeyId: 'k1' }).encrypt(cpr);
      const rotated = makeCipher({ activeKeyId: 'k2' });
      expect(rotated.decrypt(old)).toBe(cpr);
      expect(rotated.needsReEncryption(old)).toBe(true);

      const fresh = rotated.encrypt(rotated.decrypt(old));
      expect(fresh.keyId).toBe('k2');
      expect(rotated.needsReEncryption(fresh)).toBe(false);
      expect(rotated.activeKeyId).toBe('k2');
    });

    it('cannot decrypt once the old key is removed', () => {
      const old = makeCipher({ activeKeyId: 'k1' }).encrypt(cpr);
      const pruned = makeCipher({ keys: { k2 }, activeKeyId: 'k2' });
      expect(cipherErrorOf(() => pruned.decrypt(old)).code).toBe('PERSONAL_DATA_KEY_UNKNOWN');
    });
  });

  describe('blindIndex', () => {
    it('is deterministic hex HMAC-SHA256', () => {
      const cipher = makeCipher();
      expect(cipher.blindIndex(cpr)).toMatch(/^[0-9a-f]{64}$/);
      expect(cipher.blindIndex(cpr)).toBe(makeCipher({ activeKeyId: 'k2' }).blindIndex(cpr));
      expect(cipher.blindIndex(cpr)).not.toBe(cipher.blindIndex('0101701235'));
    });

    it('depends on the index key', () => {
      expect(makeCipher().blindIndex(cpr)).not.toBe(makeCipher({ indexKey: randomBytes(32) }).blindIndex(cpr));
    });

    it('does not normalize: callers must pass the 10-digit form', () => {
      const cipher = makeCipher();
      expect(cipher.blindIndex('010170-1234')).not.toBe(cipher.blindIndex(cpr));
    });
  });

  describe('constructor', () => {
    it.each([
      ['no keys', { keys: {} }, /At least one encryption key/],
      ['a short key', { keys: { k1: randomBytes(16) } }, /Encryption key k1 must be exactly 32 bytes/],
      ['a long key', { keys: { k1: randomBytes(33) } }, /Encryption key k1 must be exactly 32 bytes/],
      ['a bad key id', { keys: { 'k 1': k1 } }, /key id must be 1-64/],
      ['an unknown active key', { activeKeyId: 'k3' }, /active key id k3 is not among/],
      ['a short index key', { indexKey: randomBytes(31) }, /blind-index key must be at least 32 bytes/],
      ['an index key equal to an encryption key', { indexKey: Buffer.from(k2) }, /must differ from encryption key k2/],
    ])('refuses %s with a clear message', (_label, overrides, message) => {
      const error = cipherErrorOf(() => makeCipher(overrides as never));
      expect(error.code).toBe('PERSONAL_DATA_KEY_CONFIG');
      expect(error.message).toMatch(message);
    });

    it("copies the keys, so later changes to the caller's buffers do not matter", () => {
      const key = Buffer.from(k1);
      const cipher = new PersonalDataCipher({ keys: { k1: key }, activeKeyId: 'k1', indexKey });
      const value = cipher.encrypt(cpr);
      key.fill(0);
      expect(cipher.decrypt(value)).toBe(cpr);
    });
  });

  describe('parseKeyRing', () => {
    const b64 = (key: Buffer): string => key.toString('base64');

    it('parses id:base64 pairs, ignoring whitespace', () => {
      const ring = PersonalDataCipher.parseKeyRing(` k1:${b64(k1)} , k2:${b64(k2)} `);
      expect(Object.keys(ring)).toEqual(['k1', 'k2']);
      expect(ring.k1!.equals(k1)).toBe(true);
      expect(ring.k2!.equals(k2)).toBe(true);
    });

    it('accepts base64url', () => {
      expect(PersonalDataCipher.parseKeyRing(`k1:${k1.toString('base64url')}`).k1!.equals(k1)).toBe(true);
    });

    it.each([
      ['an empty setting', '', /key ring is empty/],
      ['a missing colon', `${b64(k1)}`, /entry 1 is not of the form id:base64key/],
      ['a missing id', `:${b64(k1)}`, /entry 1 is not of the form/],
      ['key and id swapped', `k1:${b64(k1)},${b64(k2)}:k2`, /entry 2 is not of the form/],
      ['a duplicate id', `k1:${b64(k1)},k1:${b64(k2)}`, /Key id k1 appears more than once/],
      ['a short key', `k1:${b64(randomBytes(16))}`, /Key k1 must be base64 that decodes to exactly 32 bytes/],
      ['a long key', `k1:${b64(randomBytes(48))}`, /Key k1 must be base64/],
      ['a non-base64 key', `k1:${'!'.repeat(44)}`, /Key k1 must be base64/],
      ['an empty key', 'k1:', /Key k1 must be base64/],
    ])('refuses %s, naming only the key id', (_label, env, message) => {
      const error = cipherErrorOf(() => PersonalDataCipher.parseKeyRing(env));
      expect(error.code).toBe('PERSONAL_DATA_KEY_CONFIG');
      expect(error.message).toMatch(message);
    });
  });

  describe('leaks nothing', () => {
    const secrets = [k1, k2, indexKey].flatMap((key) => [key.toString('base64'), key.toString('hex')]);

    function expectClean(text: string): void {
      expect(text).not.toContain(cpr);
      expect(text).not.toContain('010170');
      for (const secret of secrets) expect(text).not.toContain(secret);
    }

    it('keeps plaintext and key material out of every error message', () => {
      const cipher = makeCipher();
      const value = cipher.encrypt(cpr);
      const failures: Array<() => unknown> = [
        () => cipher.decrypt(flipBit(value, 30)),
        () => cipher.decrypt({ ...value, keyId: 'k2' }),
        () => cipher.decrypt({ ...value, keyId: 'k9' }),
        () => cipher.decrypt({ ...value, ciphertext: value.ciphertext.subarray(0, 10) }),
        () => makeCipher({ activeKeyId: k1.toString('base64') }),
        () => makeCipher({ keys: { [k1.toString('hex')]: k1 } }),
        () => makeCipher({ indexKey: Buffer.from(k1) }),
        () => makeCipher({ indexKey: indexKey.subarray(0, 31) }),
        () => PersonalDataCipher.parseKeyRing(`${k1.toString('base64')}:k1`),
        () => PersonalDataCipher.parseKeyRing(k2.toString('base64')),
        () => PersonalDataCipher.parseKeyRing(`k1:${k1.toString('base64')}x`),
        () => PersonalDataCipher.parseKeyRing(`k1:${k1.toString('base64')},k1:${k2.toString('base64')}`),
      ];
      for (const failure of failures) {
        const error = cipherErrorOf(failure);
        expectClean(`${String(error)} ${error.stack ?? ''} ${JSON.stringify(error)}`);
      }
    });

    it('does not show keys when the cipher is inspected or serialized', () => {
      const cipher = makeCipher();
      expectClean(inspect(cipher, { depth: Infinity, showHidden: true }));
      expectClean(JSON.stringify(cipher));
    });
  });
});
