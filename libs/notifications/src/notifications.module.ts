import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EmailSender } from './email-sender.service.js';
import { EmailDeliveryEntity } from './entities/email-delivery.entity.js';
import { MailTransport } from './mail-transport.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([EmailDeliveryEntity])],
  providers: [MailTransport, EmailSender],
  exports: [EmailSender, MailTransport],
})
export class NotificationsModule {}
