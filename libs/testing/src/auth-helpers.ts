import { type INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import request from 'supertest';
import { UserService, type CreateUser, type Role, type User } from '@app/domain';

export const TEST_PASSWORD = 'correct-horse-battery';

export interface SignedInUser {
  user: User;
  accessToken: string;
  refreshToken: string;
  /** `Authorization` header value. */
  bearer: string;
}

/** Creates a user through the real service and signs in through the real HTTP endpoint. */
export async function signIn(
  api: INestApplication,
  role: Role,
  scope: Partial<CreateUser> = {},
): Promise<SignedInUser> {
  const email = `${role.replace(/_/g, '-')}-${randomBytes(4).toString('hex')}@test.dk`;
  const user = await api.get(UserService).create(null, {
    email,
    name: `Test ${role}`,
    role,
    password: TEST_PASSWORD,
    ...scope,
  });
  const response = await request(api.getHttpServer())
    .post('/api/v1/auth/login')
    .send({ email, password: TEST_PASSWORD })
    .expect(200);
  return {
    user,
    accessToken: response.body.accessToken,
    refreshToken: response.body.refreshToken,
    bearer: `Bearer ${response.body.accessToken}`,
  };
}
