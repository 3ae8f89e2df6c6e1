import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { PersonalDataCipherError } from './personal-data-cipher.errors.js';

export { PersonalDataCipherError, type PersonalDataCipherErrorCode } from './personal-data-cipher.errors.js';

/**
 * A personal-data field encrypted at rest (docs/personal-data.md#cpr-numbers: encrypt CPR numbers).
 *
 * `ciphertext` layout, all in one buffer so it fits a single `bytea` column:
 *
 * | offset | length | content                                   |
 * |--------|--------|-------------------------------------------|
 * | 0      | 1      | format version, currently `0x01`          |
 * | 1      | 12     | IV (random per value)                     |
 * | 13     | 16     | AES-GCM authentication tag                |
 * | 29     | n      | AES-256-GCM ciphertext of the UTF-8 text  |
 *
 * The version byte and `keyId` are authenticated as additional data, so a value cannot be passed
 * off as written under another key id or format.
 */
export interface EncryptedValue {
  keyId: string;
  ciphertext: Buffer;
}

export interface PersonalDataCipherOptions {
  /** keyId → 32-byte AES-256 key. Keep retired keys here until nothing is encrypted under them. */
  keys: Record<string, Buffer>;
  /** The key new values are encrypted with. */
  activeKeyId: string;
  /** HMAC key for blind indexes, at least 32 bytes, distinct from every encryption key. */
  indexKey: Buffer;
}

const FORMAT_VERSION = 0x01;
const KEY_BYTES = 32;
const MIN_INDEX_KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + IV_BYTES + TAG_BYTES;
// Ids are stored next to every value and written as `id:base64` in settings, so keep them plain.
const KEY_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;
const BASE64_PATTERN = /^[A-Za-z0-9+/_-]+={0,2}$/;

/**
 * Encrypts personal data (CPR numbers first of all) with AES-256-GCM and computes blind indexes
 * for exact-match look-up.
 *
 * Key rotation: add the new key to `keys`, make it `activeKeyId`, then re-encrypt every value for
 * which `needsReEncryption` is true; only then remove the old key.
 *
 * Key material lives in private `#` fields so it does not show up when the instance is inspected
 * or logged.
 */
export class PersonalDataCipher {
  readonly #keys: ReadonlyMap<string, Buffer>;
  readonly #activeKeyId: string;
  readonly #activeKey: Buffer;
  readonly #indexKey: Buffer;

  constructor(options: PersonalDataCipherOptions) {
    const { keys, activeKeyId, indexKey } = options;
    if (keys === null || typeof keys !== 'object') {
      throw configError('keys must be an object mapping key ids to 32-byte keys.');
    }
    const ring = new Map<string, Buffer>();
    for (const [keyId, key] of Object.entries(keys)) {
      assertKeyId(keyId);
      if (!Buffer.isBuffer(key) || key.length !== KEY_BYTES) {
        throw configError(`Encryption key ${keyId} must be exactly ${KEY_BYTES} bytes.`);
      }
      // A copy, so a caller that later zeroes or reuses its buffer cannot change our keys.
      ring.set(keyId, Buffer.from(key));
    }
    if (ring.size === 0) {
      throw configError('At least one encryption key is required.');
    }
    const activeKey = typeof activeKeyId === 'string' ? ring.get(activeKeyId) : undefined;
    if (!activeKey) {
      throw configError(
        KEY_ID_PATTERN.test(String(activeKeyId))
          ? `The active key id ${activeKeyId} is not among the configured keys.`
          : 'The active key id is missing or not among the configured keys.',
      );
    }
    if (!Buffer.isBuffer(indexKey) || indexKey.length < MIN_INDEX_KEY_BYTES) {
      throw configError(`The blind-index key must be at least ${MIN_INDEX_KEY_BYTES} bytes.`);
    }
    // Key separation: a leaked index key must not also decrypt, and vice versa.
    for (const [keyId, key] of ring) {
      if (indexKey.length === key.length && timingSafeEqual(indexKey, key)) {
        throw configError(`The blind-index key must differ from encryption key ${keyId}.`);
      }
    }

    this.#keys = ring;
    this.#activeKeyId = activeKeyId;
    this.#activeKey = activeKey;
    this.#indexKey = Buffer.from(indexKey);
  }

  get activeKeyId(): string {
    return this.#activeKeyId;
  }

  encrypt(plaintext: string): EncryptedValue {
    const keyId = this.#activeKeyId;
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', this.#activeKey, iv, { authTagLength: TAG_BYTES });
    cipher.setAAD(additionalData(keyId));
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return { keyId, ciphertext: Buffer.concat([Buffer.of(FORMAT_VERSION), iv, cipher.getAuthTag(), data]) };
  }

  /** @throws PersonalDataCipherError for an unknown key id or a malformed or tampered value. */
  decrypt(value: EncryptedValue): string {
    const { keyId, ciphertext } = value;
    const key = typeof keyId === 'string' ? this.#keys.get(keyId) : undefined;
    if (!key) {
      throw new PersonalDataCipherError(
        'PERSONAL_DATA_KEY_UNKNOWN',
        KEY_ID_PATTERN.test(String(keyId))
          ? `No decryption key with id ${keyId} is configured.`
          : 'The value names no valid key id.',
      );
    }
    if (!(ciphertext instanceof Uint8Array) || ciphertext.length < HEADER_BYTES) {
      throw new PersonalDataCipherError(
        'PERSONAL_DATA_VALUE_MALFORMED',
        `The value under key ${keyId} is too short to be encrypted personal data.`,
      );
    }
    const bytes = Buffer.from(ciphertext.buffer, ciphertext.byteOffset, ciphertext.byteLength);
    if (bytes[0] !== FORMAT_VERSION) {
      throw new PersonalDataCipherError(
        'PERSONAL_DATA_VALUE_MALFORMED',
        `The value under key ${keyId} has unsupported format version ${bytes[0]}.`,
      );
    }
    const iv = bytes.subarray(1, 1 + IV_BYTES);
    const tag = bytes.subarray(1 + IV_BYTES, HEADER_BYTES);
    const decipher = createDecipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(additionalData(keyId));
    decipher.setAuthTag(tag);
    try {
      return Buffer.concat([decipher.update(bytes.subarray(HEADER_BYTES)), decipher.final()]).toString('utf8');
    } catch {
      // Node's own message carries no data, but it says nothing useful either; no `cause` on purpose.
      throw new PersonalDataCipherError(
        'PERSONAL_DATA_VALUE_TAMPERED',
        `The value under key ${keyId} failed authentication: it was altered or belongs to another key.`,
      );
    }
  }

  /** True for values written under a key other than the active one; re-encrypt them to rotate. */
  needsReEncryption(value: EncryptedValue): boolean {
    return value.keyId !== this.#activeKeyId;
  }

  /**
   * HMAC-SHA256 of the value under the index key, as hex: store it next to the encrypted value to
   * find a record by exact match without decrypting.
   *
   * The input MUST be normalized first (for a CPR number: `parseCpr(input).value`, the 10 digits
   * without a dash), or `010170-1234` and `0101701234` get different indexes and the look-up misses.
   *
   * CPR numbers have few possible values, so anyone holding the index key can recover them from
   * their indexes by trying them all: guard the index key like the encryption keys. Changing it
   * means recomputing every stored index.
   */
  blindIndex(normalizedValue: string): string {
    return createHmac('sha256', this.#indexKey).update(normalizedValue, 'utf8').digest('hex');
  }

  /**
   * Parses a key-ring setting such as `k1:BASE64KEY,k2:BASE64KEY` (whitespace around entries is
   * ignored). Each key must decode to exactly 32 bytes. Errors name the key id, never the key; an
   * entry whose id part is not a plain id is named by position instead, since it may be a key
   * pasted the wrong way round.
   */
  static parseKeyRing(env: string): Record<string, Buffer> {
    const entries = (typeof env === 'string' ? env : '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    if (entries.length === 0) {
      throw configError('The key ring is empty; expected id:base64key[,id:base64key...].');
    }
    const ring: Record<string, Buffer> = {};
    entries.forEach((entry, index) => {
      const colon = entry.indexOf(':');
      const keyId = colon === -1 ? '' : entry.slice(0, colon).trim();
      const encoded = colon === -1 ? '' : entry.slice(colon + 1).trim();
      if (!KEY_ID_PATTERN.test(keyId)) {
        throw configError(
          `Key ring entry ${index + 1} is not of the form id:base64key (id: 1-64 letters, digits, ".", "_" or "-").`,
        );
      }
      if (Object.hasOwn(ring, keyId)) {
        throw configError(`Key id ${keyId} appears more than once in the key ring.`);
      }
      const key = BASE64_PATTERN.test(encoded) ? Buffer.from(encoded, 'base64') : undefined;
      if (!key || key.length !== KEY_BYTES) {
        throw configError(`Key ${keyId} must be base64 that decodes to exactly ${KEY_BYTES} bytes.`);
      }
      ring[keyId] = key;
    });
    return ring;
  }
}

function additionalData(keyId: string): Buffer {
  return Buffer.concat([Buffer.of(FORMAT_VERSION), Buffer.from(keyId, 'utf8')]);
}

function assertKeyId(keyId: string): void {
  if (!KEY_ID_PATTERN.test(keyId)) {
    throw configError('Every key id must be 1-64 letters, digits, ".", "_" or "-".');
  }
}

function configError(message: string): PersonalDataCipherError {
  return new PersonalDataCipherError('PERSONAL_DATA_KEY_CONFIG', message);
}
