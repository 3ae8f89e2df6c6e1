export const QUEUE_BACKEND = Symbol('QUEUE_BACKEND');
export const NOTIFICATION_QUEUE = Symbol('NOTIFICATION_QUEUE');
export const MAINTENANCE_QUEUE = Symbol('MAINTENANCE_QUEUE');
export const IMPORT_QUEUE = Symbol('IMPORT_QUEUE');
