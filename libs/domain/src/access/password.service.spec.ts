import { PasswordService } from './password.service.js';

describe('PasswordService', () => {
  const passwords = new PasswordService();

  it('hashes with argon2id at the OWASP baseline (19 MiB, 2 iterations, 1 lane) and verifies', async () => {
    const hash = await passwords.hash('correct-horse-battery');
    expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await passwords.verify(hash, 'correct-horse-battery')).toBe(true);
    expect(await passwords.verify(hash, 'correct-horse-batterY')).toBe(false);
    // No account: the decoy is verified instead, and the answer is no.
    expect(await passwords.verify(undefined, 'correct-horse-battery')).toBe(false);
  });

  it('refuses a password shorter than 12 characters', async () => {
    await expect(passwords.hash('short-pass1')).rejects.toMatchObject({ code: 'PASSWORD_TOO_WEAK' });
  });
});
