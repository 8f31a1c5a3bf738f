import { Injectable } from '@nestjs/common';
import type { MemberActor } from '#auth';
import { NotFoundException } from '#common';
import { RequestLoaders } from '#database';
import { ReflectionAccessPolicy, type ReflectionPart } from '#sharing';
import type { SessionTurnEntity } from '../entities/session-turn.entity.js';
import { SessionStore } from '../sessions/session-store.service.js';
import { type PinnedTemplate, SessionTemplateReader } from '../sessions/session-template.reader.js';
import type { ReflectionSessionModel } from './models/reflection-session.model.js';

/**
 * Per-request batching behind the session field resolvers: one query for the turns of every
 * session in a list, one for their pinned templates, and one access decision per part.
 */
@Injectable()
export class InterviewsLoaders {
  constructor(
    private readonly loaders: RequestLoaders,
    private readonly store: SessionStore,
    private readonly templates: SessionTemplateReader,
    private readonly policy: ReflectionAccessPolicy,
  ) {}

  /** Throws NOT_FOUND unless the policy lets the actor read this part of the session. */
  async authorize(actor: MemberActor, session: ReflectionSessionModel, part: ReflectionPart): Promise<void> {
    const readable = await this.loaders
      .get<ReflectionSessionModel, boolean>(`interviews.readable.${part}`, async (sessions) => {
        const allowed = new Set((await this.policy.filterReadable(actor, [...sessions], part)).map((s) => s.id));
        return sessions.map((s) => allowed.has(s.id));
      })
      .load(session);
    if (!readable) throw new NotFoundException('Reflection session');
  }

  turns(session: ReflectionSessionModel): Promise<SessionTurnEntity[]> {
    return this.loaders
      .get<string, SessionTurnEntity[]>(`interviews.turns.${session.organisationId}`, async (ids) => {
        const bySession = new Map<string, SessionTurnEntity[]>(ids.map((id) => [id, []]));
        for (const turn of await this.store.turnsOf(session.organisationId, ids)) bySession.get(turn.sessionId)?.push(turn);
        return ids.map((id) => bySession.get(id)!);
      })
      .load(session.id);
  }

  pinnedTemplate(session: ReflectionSessionModel): Promise<PinnedTemplate> {
    return this.loaders
      .get<string, PinnedTemplate>(`interviews.pinned-template.${session.organisationId}`, async (keys) => {
        const found = await this.templates.pinned(session.organisationId, keys);
        return keys.map((key) => found.get(key) ?? new NotFoundException('Template'));
      })
      .load(`${session.templateId}:${session.templateVersion}`);
  }
}
