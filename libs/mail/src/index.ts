export * from './app-links.js';
export * from './mail-transport.js';
export * from './mail.module.js';
export * from './templates/index.js';
export { escapeHtml } from './templates/html.js';
