import { ObjectType } from '@nestjs/graphql';
import { Connection } from '#common';
import { AccessLogEntryModel } from './access-log-entry.model.js';

@ObjectType('AccessLogEntryConnection')
export class AccessLogEntryConnection extends Connection(AccessLogEntryModel, 'AccessLogEntry') {}
