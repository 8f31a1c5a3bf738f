import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { type MailConfig, mailConfig } from '#config';

export interface EmailMessage {
  to: string;
  subject: string;
  /** The plain-text part: always sent. */
  text: string;
  /** The HTML part: sent with the text as multipart/alternative. */
  html?: string;
  /** Set by EmailSender: the same for every send of one email. */
  messageId?: string;
}

/**
 * SMTP timeouts: connecting, the greeting, and any silence of the server. Together well under
 * SEND_LEASE_SECONDS, the time after which a claimed, unrecorded delivery is taken again.
 */
const SMTP_TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };
export const SEND_LEASE_SECONDS = 120;

/**
 * nodemailer over SMTP when SMTP_URL is set; otherwise each message is rendered to an .eml file
 * under MAIL_OUTBOX_DIR, so the product works offline and a developer can open what was sent.
 */
@Injectable()
export class MailTransport {
  private readonly logger = new Logger(MailTransport.name);
  private readonly transporter: Transporter;

  constructor(@Inject(mailConfig.KEY) private readonly config: MailConfig) {
    this.transporter = config.smtpUrl
      ? nodemailer.createTransport({ url: config.smtpUrl, ...SMTP_TIMEOUTS })
      : nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  }

  get publicAppUrl(): string {
    return this.config.publicAppUrl;
  }

  async send(message: EmailMessage): Promise<string> {
    const info = await this.transporter.sendMail({ from: this.config.from, ...message });
    if (!this.config.smtpUrl) {
      const dir = resolve(this.config.outboxDir);
      await mkdir(dir, { recursive: true });
      const file = join(dir, `${Date.now()}-${info.messageId.replace(/[^a-zA-Z0-9.-]/g, '')}.eml`);
      await writeFile(file, info.message as Buffer);
      // Subjects can carry a personal template's title: only the file is logged.
      this.logger.log({ file }, 'email written to outbox directory');
    }
    return info.messageId;
  }
}
