export * from './smtp-sink.js';
export * from './test-services.js';
