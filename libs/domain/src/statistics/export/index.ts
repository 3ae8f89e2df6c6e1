export * from './export-table.js';
export * from './csv-writer.js';
export * from './xlsx-writer.js';
export * from './export.errors.js';
export * from './case-list-export.js';
export * from './case-list-export.service.js';
export * from './statistics-export.module.js';
export * from './statistics-table.adapter.js';
