export * from './access.errors.js';
export * from './access.module.js';
export * from './auth.service.js';
export * from './password.service.js';
export * from './roles.js';
export * from './user-scope.js';
export * from './user.entity.js';
export * from './user.service.js';
export { UserRepository, type NewUser, type UserCredentials, type UserPatch } from './user.repository.js';
