import { Injectable } from '@nestjs/common';
import { type Algorithm, hash, verify } from '@node-rs/argon2';
import { PasswordPolicyError } from './access.errors.js';

/**
 * Argon2id. The library declares its algorithms as an ambient const enum, whose members a file compiled on its own
 * (`isolatedModules`, as the tests' transform compiles) cannot read; the type still checks the value.
 */
const ARGON2ID: Algorithm.Argon2id = 2;

/** OWASP's argon2id baseline: 19 MiB memory, 2 iterations, 1 lane. */
const OPTIONS = { algorithm: ARGON2ID, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export const MIN_PASSWORD_LENGTH = 12;

@Injectable()
export class PasswordService {
  /** A hash of a random value, verified when the account does not exist so timing does not tell. */
  private readonly decoy = hash(`decoy-${Math.random()}`, OPTIONS);

  async hash(password: string): Promise<string> {
    if (password.length < MIN_PASSWORD_LENGTH) throw new PasswordPolicyError();
    return hash(password, OPTIONS);
  }

  async verify(passwordHash: string | undefined, password: string): Promise<boolean> {
    try {
      return await verify(passwordHash ?? (await this.decoy), password);
    } catch {
      return false;
    }
  }
}
