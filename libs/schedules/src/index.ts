export * from './entities/session-reminder.entity.js';
export * from './schedules.exception.js';
export * from './schedules.module.js';
export * from './services/assignment-sessions.service.js';
export * from './services/due-session-materialiser.service.js';
export * from './services/reminder-dispatcher.service.js';
export * from './services/reminder-snooze.service.js';
export * from './services/session-expirer.service.js';
