import { z } from 'zod';
import { defineConfig } from './define-config.util.js';

export const mailConfig = defineConfig(
  'mail',
  {
    /** e.g. smtp://user:pass@smtp.example.com:587 ; unset: messages are written as .eml files. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Waypoint <no-reply@waypoint.local>'),
    MAIL_OUTBOX_DIR: z.string().min(1).default('var/mail'),
    PUBLIC_APP_URL: z.url().default('http://localhost:3000'),
  },
  (env) => ({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM, outboxDir: env.MAIL_OUTBOX_DIR, publicAppUrl: env.PUBLIC_APP_URL }),
);
export type MailConfig = ReturnType<typeof mailConfig.load>;
