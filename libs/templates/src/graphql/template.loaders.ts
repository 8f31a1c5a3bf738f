import { Injectable } from '@nestjs/common';
import { RequestLoaders } from '#database';
import { TemplateAccess } from '../access/template-access.service.js';
import { ReflectionTemplateModel } from './models/reflection-template.model.js';

/**
 * Per-request cache (one lookup per distinct key) of template versions for fields of OTHER objects (a session's pinned version,
 * an assignment's template). No access check: resolve such a field only after authorising its
 * parent. Keys carry the organisation, so one tenant's rows never answer another's.
 */
@Injectable()
export class TemplateLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly access: TemplateAccess,
  ) {}

  /** The given version of a template, or its current one when `version` is omitted. */
  version(organisationId: string, templateId: string, version?: number | null): Promise<ReflectionTemplateModel> {
    return this.loaders
      .get<string, ReflectionTemplateModel>('templates.version', (keys) =>
        Promise.all(
          keys.map(async (key) => {
            const [org, id, v] = key.split('|') as [string, string, string];
            try {
              const snapshot = v ? await this.access.getVersion(org, id, Number(v)) : await this.access.getCurrent(org, id);
              return ReflectionTemplateModel.from(snapshot.template, snapshot.version);
            } catch (error) {
              return error as Error;
            }
          }),
        ),
      )
      .load(`${organisationId}|${templateId}|${version ?? ''}`);
  }
}
