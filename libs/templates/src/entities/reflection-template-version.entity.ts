import { Column, CreateDateColumn, Entity } from 'typeorm';
import type { JobState, Visibility } from '#common';
import { TenantEntity } from '#database/entities';

export interface StoredPlanStage {
  key: string;
  title: string;
  questions: string[];
}

export interface StoredResearchPlan {
  researchType: string;
  framework: string;
  objectives: string[];
  coreQuestions: string[];
  stages: StoredPlanStage[];
  approach: string;
}

/** One immutable-content version of a template (only its plan is filled in later by the worker). */
@Entity('reflection_template_versions')
export class ReflectionTemplateVersionEntity extends TenantEntity {
  @Column('uuid', { name: 'template_id' })
  templateId: string;

  @Column('int')
  version: number;

  @Column('text')
  title: string;

  @Column('text', { name: 'primary_question' })
  primaryQuestion: string;

  @Column('text', { name: 'welcome_message', nullable: true })
  welcomeMessage: string | null;

  @Column('text', { name: 'researcher_info', nullable: true })
  researcherInfo: string | null;

  @Column('text', { array: true, default: '{}' })
  goals: string[];

  @Column('text', { name: 'mandatory_questions', array: true, default: '{}' })
  mandatoryQuestions: string[];

  @Column('text', { name: 'closing_cta_text', nullable: true })
  closingCtaText: string | null;

  @Column('text', { name: 'closing_cta_url', nullable: true })
  closingCtaUrl: string | null;

  @Column('boolean', { name: 'send_summary_email', default: false })
  sendSummaryEmail: boolean;

  @Column('boolean', { name: 'require_sign_in', default: true })
  requireSignIn: boolean;

  @Column('text', { name: 'default_visibility', default: 'PRIVATE' })
  defaultVisibility: Visibility;

  @Column('int', { name: 'estimated_minutes', nullable: true })
  estimatedMinutes: number | null;

  @Column('int', { name: 'max_turns', default: 40 })
  maxTurns: number;

  @Column('int', { name: 'max_minutes', default: 120 })
  maxMinutes: number;

  @Column('jsonb', { nullable: true })
  plan: StoredResearchPlan | null;

  @Column('text', { name: 'plan_state', nullable: true })
  planState: JobState | null;

  @Column('text', { name: 'plan_error', nullable: true })
  planError: string | null;

  @Column('text', { name: 'plan_provider', nullable: true })
  planProvider: string | null;

  @Column('text', { name: 'plan_model', nullable: true })
  planModel: string | null;

  @Column('text', { name: 'plan_prompt_version', nullable: true })
  planPromptVersion: string | null;

  /** Id of the latest generation request: a stale or re-delivered job for an older one writes nothing. */
  @Column('uuid', { name: 'plan_request_id', nullable: true })
  planRequestId: string | null;

  @Column('uuid', { name: 'created_by_membership_id', nullable: true })
  createdByMembershipId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
