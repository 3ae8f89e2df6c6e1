import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { AppError } from '@app/common';
import { ConfigError, loadConfig } from '@app/config';
import { migrateDatabase } from '@app/database';
import { Role, UserService } from '@app/domain';
import { CliModule } from './cli.module.js';

// `npm run create-admin -- --email admin@kommune.dk --name "Ada Admin"`: creates the first
// administrator. The password comes from ADMIN_PASSWORD, or is generated and printed once.
try {
  const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } } });
  if (!values.email || !values.name) {
    throw new ConfigError('Usage: npm run create-admin -- --email <email> --name "<full name>"');
  }
  const config = loadConfig();
  await migrateDatabase(config);
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(config), { logger: false });
  const generated = !process.env.ADMIN_PASSWORD;
  const password = process.env.ADMIN_PASSWORD ?? randomBytes(12).toString('base64url');
  const user = await app.get(UserService).create(null, {
    email: values.email,
    name: values.name,
    role: Role.Administrator,
    password,
  });
  await app.close();
  console.log(`Created administrator ${user.email}.`);
  if (generated) console.log(`Password (shown once, change it after signing in): ${password}`);
} catch (error) {
  if (error instanceof ConfigError) console.error(error.message);
  else if (error instanceof AppError) console.error(`${error.code}: ${error.text.en}`);
  else console.error(error);
  process.exit(1);
}
