// Shared by the templates e2e specs: GraphQL documents, fixtures and small helpers.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect, eventually, gqlOk, type TestOrganisation } from '#testing';

export const FIELDS = `id version currentVersion title primaryQuestion welcomeMessage researcherInfo goals mandatoryQuestions
  closingCta { text url } sendSummaryEmail requireSignIn defaultVisibility estimatedMinutes
  planState planError plan { researchType framework objectives coreQuestions stages { key title questions } approach model }
  archived warnings personal owner { id }`;
export const CREATE = `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { ${FIELDS} } }`;
export const UPDATE = `mutation($id: ID!, $input: TemplateInput!) { updateReflectionTemplate(id: $id, input: $input) { ${FIELDS} } }`;
export const GET = `query($id: ID!, $version: Int) { reflectionTemplate(id: $id, version: $version) { ${FIELDS} } }`;
export const LIST = `query($all: Boolean) { reflectionTemplates(includeArchived: $all) { id title personal archived planState owner { id } } }`;
export const GENERATE = `mutation($id: ID!) { generateResearchPlan(templateId: $id) { ${FIELDS} } }`;
export const EDIT_PLAN = `mutation($id: ID!, $plan: ResearchPlanInput!) { updateResearchPlan(templateId: $id, plan: $plan) { ${FIELDS} } }`;
export const ARCHIVE = `mutation($id: ID!) { archiveReflectionTemplate(id: $id) { id archived } }`;
export const UNARCHIVE = `mutation($id: ID!) { unarchiveReflectionTemplate(id: $id) { id archived } }`;
export const SET_LLM = `mutation($provider: String!, $model: String, $baseUrl: String) {
  setOrganisationLlm(provider: $provider, model: $model, baseUrl: $baseUrl) { provider model baseUrl overridden } }`;

export const MANAGEMENT = {
  title: 'Leadership step',
  primaryQuestion: 'Should I move into engineering management?',
  welcomeMessage: 'Take a quiet half hour for this one.',
  researcherInfo: 'Senior engineer, 6 years in platform teams',
  goals: ['Decide whether to apply for the team lead opening'],
  mandatoryQuestions: ['What draws me to leading people, and what worries me about it?'],
  closingCta: { text: 'Book a follow-up with your coach', url: 'https://coaching.example/book' },
  sendSummaryEmail: true,
  estimatedMinutes: 45,
};
export const BALANCE = { title: 'Balance check', primaryQuestion: 'How satisfied am I with my work-life balance?' };

export type Template = Record<string, any>;

export async function create(token: string, input: Record<string, unknown>): Promise<Template> {
  return (await gqlOk<{ createReflectionTemplate: Template }>(CREATE, { input }, token)).createReflectionTemplate;
}

/** Polls the template until its plan reaches `state` (the worker writes it asynchronously). */
export async function planIn(token: string, id: string, state: 'READY' | 'FAILED', version?: number): Promise<Template> {
  return eventually(async () => {
    const template = (await gqlOk<{ reflectionTemplate: Template }>(GET, { id, version }, token)).reflectionTemplate;
    if (template.planState !== state)
      throw new Error(`plan is ${template.planState} (${template.planError ?? 'no error'}), waiting for ${state}`);
    return template;
  }, 30_000);
}

export async function ownerQuery<T = any>(sql: string, params: unknown[]): Promise<T[]> {
  const db = await connect('owner');
  try {
    return (await db.query(sql, params)).rows as T[];
  } finally {
    await db.end();
  }
}

export async function written(organisationId: string): Promise<{ templates: number; versions: number; jobs: number }> {
  const [row] = await ownerQuery(
    `SELECT (SELECT count(*)::int FROM reflection_templates WHERE organisation_id = $1) AS templates,
            (SELECT count(*)::int FROM reflection_template_versions WHERE organisation_id = $1) AS versions,
            (SELECT count(*)::int FROM outbox_jobs WHERE organisation_id = $1 AND job_name = 'generate-research-plan') AS jobs`,
    [organisationId],
  );
  return row;
}

export async function assign(org: TestOrganisation, templateId: string, participantMembershipId: string): Promise<void> {
  // Test setup only: an active assignment row, as the coaching library writes it.
  await ownerQuery(
    `INSERT INTO assignments (organisation_id, template_id, participant_membership_id, assigned_by_membership_id, cadence, timezone, starts_at)
     VALUES ($1, $2, $3, $4, 'ONCE', 'UTC', now())`,
    [org.id, templateId, participantMembershipId, org.admin.membershipId],
  );
}

/** An OpenAI-compatible endpoint that always answers HTTP 500. */
export async function failingProvider(): Promise<{ server: Server; baseUrl: string; hits: () => number }> {
  let hits = 0;
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      hits += 1;
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { message: 'upstream exploded', type: 'server_error' } }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`, hits: () => hits };
}
