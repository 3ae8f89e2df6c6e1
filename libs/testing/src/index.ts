export * from './smtp-sink.js';
export * from './test-services.js';
export * from './child-process.js';
export * from './auth-helpers.js';
export * from './test-world.js';
export * from './http-as.js';
