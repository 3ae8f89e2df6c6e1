import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, type AppConfig } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DomainModule } from '@app/domain';
import { MailModule } from '@app/mail';

/** The domain services without HTTP, for one-off commands. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: CliModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(config, 'eviction-prevention-cli'),
        MailModule,
        DomainModule,
      ],
    };
  }
}
