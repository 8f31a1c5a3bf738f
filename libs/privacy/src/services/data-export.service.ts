import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { TenantDatabase } from '#database';
import { EXPORT_QUERIES, type ExportPart } from './export.queries.js';
import { buildExportDocument, type ExportDocument, type ExportRow, type ExportRows } from './export-document.util.js';

/**
 * Everything a member owns in the organisation, as one JSON document: their profile, sessions with
 * turns, summaries, action plans with items and comments, questions and answers, share grants, who
 * read their reflections, their assignments and personal templates. One snapshot (the request's
 * transaction), scoped to the organisation and the member in every query.
 */
@Injectable()
export class DataExportService {
  constructor(private readonly db: TenantDatabase) {}

  async export(actor: MemberActor, now = new Date()): Promise<ExportDocument> {
    const rows = {} as ExportRows;
    // One after the other: the queries share the request's single connection.
    for (const part of Object.keys(EXPORT_QUERIES) as ExportPart[]) {
      rows[part] = await this.read(part, actor);
    }
    return buildExportDocument(rows, now);
  }

  private read(part: ExportPart, actor: MemberActor): Promise<ExportRow[]> {
    const params = part === 'organisation' ? [actor.organisationId] : [actor.organisationId, actor.membershipId];
    return this.db.manager.query(EXPORT_QUERIES[part], params);
  }
}
