import { type DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { structuredLogging } from '@app/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DomainModule } from '@app/domain';
import { MailModule } from '@app/mail';
import { QueueModule } from '@app/queue';
import { HealthController } from './health/health.controller.js';
import { MunicipalitiesController } from './municipalities/municipalities.controller.js';

@Module({})
export class ApiModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(config),
        structuredLogging(config.log.level),
        DatabaseModule.forRoot(config, 'eviction-prevention-api'),
        QueueModule,
        MailModule,
        DomainModule,
        TerminusModule.forRoot({ logger: false }),
      ],
      controllers: [MunicipalitiesController, HealthController],
    };
  }
}
