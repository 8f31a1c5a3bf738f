import { z } from 'zod';
import { defineConfig } from './define-config.util.js';

const SESSION_SLOT = '{sessionId}';

/** A URL template with one `{sessionId}` slot, a valid http(s) URL once filled. */
const summaryLinkTemplate = z
  .string()
  .refine((value) => value.includes(SESSION_SLOT), `must contain ${SESSION_SLOT}`)
  .refine(
    (value) => z.url({ protocol: /^https?$/ }).safeParse(value.replaceAll(SESSION_SLOT, '00000000-0000-0000-0000-000000000000')).success,
    'must be an http(s) URL',
  );

export const mailConfig = defineConfig(
  'mail',
  {
    /** e.g. smtp://user:pass@smtp.example.com:587 ; unset: messages are written as .eml files. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    MAIL_FROM: z.string().min(3).default('Waypoint <no-reply@waypoint.local>'),
    MAIL_OUTBOX_DIR: z.string().min(1).default('var/mail'),
    PUBLIC_APP_URL: z.url().default('http://localhost:3000'),
    /** Where the summary email's link goes; default PUBLIC_APP_URL/reflections/{sessionId}. */
    SUMMARY_LINK_URL: summaryLinkTemplate.optional(),
  },
  (env) => ({
    smtpUrl: env.SMTP_URL,
    from: env.MAIL_FROM,
    outboxDir: env.MAIL_OUTBOX_DIR,
    publicAppUrl: env.PUBLIC_APP_URL,
    summaryLinkUrl: env.SUMMARY_LINK_URL ?? `${env.PUBLIC_APP_URL.replace(/\/+$/, '')}/reflections/${SESSION_SLOT}`,
  }),
);
export type MailConfig = ReturnType<typeof mailConfig.load>;

/** The summary email's link for one session: the configured template with the id filled in. */
export const summaryLinkFor = (config: Pick<MailConfig, 'summaryLinkUrl'>, sessionId: string): string =>
  config.summaryLinkUrl.replaceAll(SESSION_SLOT, encodeURIComponent(sessionId));
