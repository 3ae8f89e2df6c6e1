export * from './import.producer.js';
export * from './notification.producer.js';
export * from './queue-backend.js';
export * from './queue-names.js';
export * from './queue.module.js';
export * from './queue.tokens.js';
export * from './preflight.js';
export * from './stalled-jobs.js';
