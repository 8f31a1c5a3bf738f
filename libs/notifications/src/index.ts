export * from './email-sender.service.js';
export * from './entities/email-delivery.entity.js';
export * from './mail-transport.service.js';
export * from './notifications.module.js';
