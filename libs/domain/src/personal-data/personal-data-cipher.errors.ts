export type PersonalDataCipherErrorCode =
  | 'PERSONAL_DATA_KEY_CONFIG'
  | 'PERSONAL_DATA_KEY_UNKNOWN'
  | 'PERSONAL_DATA_VALUE_MALFORMED'
  | 'PERSONAL_DATA_VALUE_TAMPERED';

/**
 * A key-configuration or decryption failure. Messages name a key id at most: never key material,
 * plaintext or ciphertext, because these errors are logged.
 */
export class PersonalDataCipherError extends Error {
  override readonly name = 'PersonalDataCipherError';

  constructor(
    readonly code: PersonalDataCipherErrorCode,
    message: string,
  ) {
    super(message);
  }
}
