import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DomainModule } from '@app/domain';
import { MailModule } from '@app/mail';
import { QueueModule } from '@app/queue';
import { structuredLogging } from '@app/common';
import { ImportProcessor } from './imports/import.processor.js';
import { OutboxRelayService } from './outbox/outbox-relay.service.js';
import { EmailProcessor } from './processors/email.processor.js';
import { MaintenanceProcessor } from './processors/maintenance.processor.js';

/** The worker: no public HTTP; relays the outbox and runs the processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        structuredLogging(config.log.level),
        DatabaseModule.forRoot(config, 'eviction-prevention-worker'),
        QueueModule,
        MailModule,
        DomainModule,
      ],
      providers: [OutboxRelayService, EmailProcessor, MaintenanceProcessor, ImportProcessor],
    };
  }
}
