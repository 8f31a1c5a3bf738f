import { Mutation, Resolver } from '@nestjs/graphql';
import { CurrentActor, type MemberActor } from '#auth';
import { DataDeletionService } from '../services/data-deletion.service.js';
import { DataExportService } from '../services/data-export.service.js';
import { DeletionReportModel } from './models/deletion-report.model.js';

/** The caller's rights over their own data; nobody can export or erase someone else's. */
@Resolver()
export class MyDataResolver {
  constructor(
    private readonly exporter: DataExportService,
    private readonly eraser: DataDeletionService,
  ) {}

  @Mutation(() => String, {
    description:
      'A JSON document of everything the caller owns in this organisation: profile, sessions with turns, summaries, action plans, questions, shares, access log, assignments',
  })
  async exportMyData(@CurrentActor() actor: MemberActor): Promise<string> {
    return JSON.stringify(await this.exporter.export(actor));
  }

  @Mutation(() => DeletionReportModel, {
    description:
      "Erases the caller's reflections in this organisation (sessions, turns, summaries, action plans, questions, access log, shares) and their part in HR aggregates; idempotent",
  })
  async deleteMyData(@CurrentActor() actor: MemberActor): Promise<DeletionReportModel> {
    return DeletionReportModel.from(await this.eraser.eraseMine(actor));
  }
}
