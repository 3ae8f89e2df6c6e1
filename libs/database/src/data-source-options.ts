import { type DataSourceOptions } from 'typeorm';
import { ENTITIES } from '@app/domain';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { PreparingClient } from './prepared-statements.js';

export interface DataSourceTuning {
  /** Connections in the pool. */
  poolSize?: number;
  applicationName?: string;
  /** Run the statements the process repeats as named prepared statements (`PreparingClient`). */
  preparedStatements?: boolean;
}

/** The one DataSource definition, shared by the apps, the migration command and the tests. */
export function dataSourceOptions(url: string, tuning: DataSourceTuning = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    logging: false,
    extra: {
      max: tuning.poolSize ?? 10,
      ...(tuning.preparedStatements ? { Client: PreparingClient } : {}),
      connectionTimeoutMillis: 10_000,
      application_name: tuning.applicationName ?? 'eviction-prevention',
    },
  };
}
