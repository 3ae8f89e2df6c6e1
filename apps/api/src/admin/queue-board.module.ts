import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Inject, type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { DomainModule } from '@app/domain';
import {
  type AnyQueue,
  IMPORT_QUEUE,
  MAINTENANCE_QUEUE,
  NOTIFICATION_QUEUE,
  QUEUE_BACKEND,
  QueueBackend,
} from '@app/queue';
import { AdminOnlyMiddleware } from './admin-only.middleware.js';
import { ADMIN_PATH } from './admin-session.cookie.js';

export const QUEUE_BOARD_PATH = `${ADMIN_PATH}/queues`;

/**
 * The board counts a queue's workers from their connections and keeps only those with an
 * address, as Redis's CLIENT LIST gives. BullMQ's PostgreSQL backend finds its workers by their
 * connection's application_name in pg_stat_activity, without an address, so the board showed
 * "No workers" on a queue whose worker was sending mail. Here each of those is a worker
 * "on PostgreSQL", as a Redis worker is one at its address.
 */
type QueueWorkers = Awaited<ReturnType<BullMQAdapter['getWorkers']>>;

class PostgresAwareBullMQAdapter extends BullMQAdapter {
  constructor(
    private readonly bullQueue: AnyQueue,
    private readonly backend: 'redis' | 'postgres',
  ) {
    super(bullQueue);
  }

  override async getWorkers(): Promise<QueueWorkers> {
    if (this.backend === 'redis') return super.getWorkers();
    const clients = (await this.bullQueue.getWorkers()) as { id?: string; name?: string; age?: string }[];
    return clients.map((client, index) => ({
      id: client.id ?? `${client.name ?? 'worker'}-${index}`,
      name: null,
      addr: 'PostgreSQL',
      age: Number(client.age) || 0,
    }));
  }
}

/**
 * Bull Board at /admin/queues, for administrators only: AdminOnlyMiddleware runs before the
 * board's Express router. BullMQ 6's adapter works on both queue backends (on PostgreSQL it
 * reads through the queue's own backend and shows database statistics instead of Redis's).
 *
 * Wired by hand rather than with @bull-board/nestjs: that package is CommonJS and require()s
 * the ESM-only NestJS 12, which Node 20 allows but Jest's module runtime does not (before Node
 * 24.9), so the app could not be loaded in our e2e tests. What it adds is these few lines.
 */
@Module({ imports: [DomainModule], providers: [AdminOnlyMiddleware] })
export class QueueBoardModule implements NestModule {
  constructor(
    @Inject(NOTIFICATION_QUEUE) private readonly notifications: AnyQueue,
    @Inject(MAINTENANCE_QUEUE) private readonly maintenance: AnyQueue,
    @Inject(IMPORT_QUEUE) private readonly imports: AnyQueue,
    @Inject(QUEUE_BACKEND) private readonly backend: QueueBackend,
  ) {}

  configure(consumer: MiddlewareConsumer): void {
    const serverAdapter = new ExpressAdapter().setBasePath(QUEUE_BOARD_PATH);
    createBullBoard({
      queues: [this.notifications, this.maintenance, this.imports].map(
        (queue) => new PostgresAwareBullMQAdapter(queue, this.backend.kind),
      ),
      serverAdapter,
      options: { uiConfig: { boardTitle: 'Udsættelsessager: køer' } },
    });
    // The board is an Express application of its own: it would announce itself again.
    const board = serverAdapter.getRouter() as { disable?: (setting: string) => void };
    board.disable?.('x-powered-by');
    consumer.apply(AdminOnlyMiddleware, serverAdapter.getRouter()).forRoutes(QUEUE_BOARD_PATH);
  }
}
