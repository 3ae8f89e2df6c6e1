import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { DirectoryModule } from '../directory/directory.module.js';
import { OutboxModule } from '../outbox/outbox.module.js';
import { WarningsModule } from '../warnings/warnings.module.js';
import { ConsentRepository } from './consent.repository.js';
import { ConsentService } from './consent.service.js';
import { ConsentWithdrawalHooks } from './consent-withdrawal.hooks.js';
import { PersonAnonymisationHooks } from './person-anonymisation.hooks.js';
import { PersonalDataCipher } from './personal-data-cipher.js';
import { personalDataCipherProvider } from './personal-data-cipher.provider.js';
import { PersonRepository } from './person.repository.js';
import { PersonService } from './person.service.js';
import { RetentionService } from './retention.service.js';

/**
 * Persons and their consents: CPR numbers encrypted with a blind index, every read and change
 * audited, retention. The directory is imported to check municipalities, organisations and
 * consent recipients.
 */
@Module({
  imports: [AuditModule, DirectoryModule, OutboxModule, WarningsModule],
  providers: [
    PersonRepository,
    ConsentRepository,
    PersonService,
    ConsentService,
    ConsentWithdrawalHooks,
    PersonAnonymisationHooks,
    RetentionService,
    personalDataCipherProvider,
  ],
  exports: [
    PersonService,
    ConsentService,
    ConsentWithdrawalHooks,
    PersonAnonymisationHooks,
    RetentionService,
    PersonalDataCipher,
    PersonRepository,
    ConsentRepository,
  ],
})
export class PersonalDataModule {}
