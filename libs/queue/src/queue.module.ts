import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '@app/config';
import { NotificationProducer } from './notification.producer.js';
import { type AnyQueue, QueueBackend } from './queue-backend.js';
import { QueueName } from './queue-names.js';
import { NOTIFICATION_QUEUE, QUEUE_BACKEND } from './queue.tokens.js';

@Global()
@Module({
  providers: [
    { provide: QUEUE_BACKEND, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new QueueBackend(config) },
    {
      provide: NOTIFICATION_QUEUE,
      inject: [QUEUE_BACKEND],
      useFactory: (backend: QueueBackend) => backend.createQueue(QueueName.Notifications),
    },
    NotificationProducer,
  ],
  exports: [QUEUE_BACKEND, NOTIFICATION_QUEUE, NotificationProducer],
})
export class QueueModule implements OnApplicationShutdown {
  constructor(@Inject(NOTIFICATION_QUEUE) private readonly queue: AnyQueue) {}

  async onApplicationShutdown(): Promise<void> {
    await this.queue.close();
  }
}
