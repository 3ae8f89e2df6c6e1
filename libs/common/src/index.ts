export * from './errors/app-error.js';
export * from './errors/error-body.js';
export * from './errors/error-codes.js';
export * from './http/all-exceptions.filter.js';
export * from './http/validation.js';
export * from './logging/logger.module.js';
export * from './logging/request-id.js';
export * from './http/pagination.js';
