import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { AuthSessionRepository } from './auth-session.repository.js';
import { AuthService } from './auth.service.js';
import { LoginThrottleRepository } from './login-throttle.repository.js';
import { LoginThrottleService } from './login-throttle.service.js';
import { PasswordService } from './password.service.js';
import { SessionStateCache } from './session-state-cache.js';
import { UserRepository } from './user.repository.js';
import { UserService } from './user.service.js';

/** Users, sign-in, sessions and roles. The directory is imported to check a user's organisation. */
@Module({
  imports: [AuditModule, DirectoryModule],
  providers: [
    UserRepository,
    AuthSessionRepository,
    LoginThrottleRepository,
    PasswordService,
    LoginThrottleService,
    SessionStateCache,
    AuthService,
    UserService,
  ],
  exports: [AuthService, UserService, PasswordService, UserRepository, SessionStateCache],
})
export class AccessModule {}
