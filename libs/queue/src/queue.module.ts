import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { ImportProducer } from './import.producer.js';
import { NotificationProducer } from './notification.producer.js';
import { type AnyQueue, QueueBackend } from './queue-backend.js';
import { QueueName } from './queue-names.js';
import { IMPORT_QUEUE, MAINTENANCE_QUEUE, NOTIFICATION_QUEUE, QUEUE_BACKEND } from './queue.tokens.js';

@Global()
@Module({
  providers: [
    { provide: QUEUE_BACKEND, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new QueueBackend(config) },
    {
      provide: NOTIFICATION_QUEUE,
      inject: [QUEUE_BACKEND],
      useFactory: (backend: QueueBackend) => backend.createQueue(QueueName.Notifications),
    },
    {
      provide: MAINTENANCE_QUEUE,
      inject: [QUEUE_BACKEND],
      useFactory: (backend: QueueBackend) => backend.createQueue(QueueName.Maintenance),
    },
    {
      provide: IMPORT_QUEUE,
      inject: [QUEUE_BACKEND],
      useFactory: (backend: QueueBackend) => backend.createQueue(QueueName.Imports),
    },
    NotificationProducer,
    ImportProducer,
  ],
  exports: [QUEUE_BACKEND, NOTIFICATION_QUEUE, MAINTENANCE_QUEUE, IMPORT_QUEUE, NotificationProducer, ImportProducer],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(
    @Inject(NOTIFICATION_QUEUE) private readonly notifications: AnyQueue,
    @Inject(MAINTENANCE_QUEUE) private readonly maintenance: AnyQueue,
    @Inject(IMPORT_QUEUE) private readonly imports: AnyQueue,
  ) {}

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.notifications.close(), this.maintenance.close(), this.imports.close()]);
  }
}
