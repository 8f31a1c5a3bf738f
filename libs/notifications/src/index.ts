export * from './notifications.module.js';
export * from './email-sender.service.js';
export * from './mail-transport.service.js';
export * from './entities/email-delivery.entity.js';
