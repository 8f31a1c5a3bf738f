import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganisation, eventually, gqlOk, ownerQuery } from '#testing';
import { type CompletionRequest, embeddedResponder, OpenAiCompatibleServer } from '#testing/openai';
import { createTemplate, PERSONA_ANSWERS, runInterview, waitForPlan, waitForSummary } from './insights.helpers.js';

// Summaries and action plans with a real provider client, against a local OpenAI-compatible server.

const SET_LLM = `mutation($provider: String!, $model: String, $baseUrl: String) { setOrganisationLlm(provider: $provider, model: $model, baseUrl: $baseUrl) { provider } }`;
const STATE = `query($id: ID!) { reflectionSession(id: $id) { summaryState summaryError summary { overview } } }`;
const taskOf = (request: CompletionRequest) =>
  /task: ([\w-]+@\d+)/.exec(request.messages.find((m) => m.role === 'system')?.content ?? '')?.[1];

describe('insights with a real provider', () => {
  const server = new OpenAiCompatibleServer(embeddedResponder());
  beforeAll(() => server.start());
  afterAll(() => server.stop());

  async function organisationOnServer() {
    const org = await createOrganisation();
    const participant = await org.addMember(['PARTICIPANT']);
    await gqlOk(SET_LLM, { provider: 'openai', model: 'local-test', baseUrl: server.baseUrl }, org.admin.token);
    return { org, participant };
  }

  it('asks for the summary and the plan as native structured output, and stores what it returns', async () => {
    server.respondWith(embeddedResponder());
    const { participant } = await organisationOnServer();
    const sessionId = await runInterview(participant, await createTemplate(participant.token, { personal: true }), PERSONA_ANSWERS);
    const session = await waitForSummary(participant, sessionId);
    expect(session.summary).toMatchObject({ satisfactionScore: 5, satisfactionSource: 'PARTICIPANT', model: 'openai:local-test' });
    await gqlOk(`mutation($id: ID!) { generateActionPlan(sessionId: $id) { id } }`, { id: sessionId }, participant.token);
    expect((await waitForPlan(participant, sessionId)).state).toBe('READY');

    for (const task of ['summary@2', 'action-plan@2']) {
      const request = server.requests.find((r) => taskOf(r) === task);
      // Native structured output: the schema travels as a tool the model must call (or a JSON-schema response format).
      expect([task, Boolean(request?.tools?.length || request?.response_format?.json_schema)]).toEqual([task, true]);
    }
  });

  it('ends FAILED with nothing half-written when the model keeps replying with malformed output', async () => {
    const { org, participant } = await organisationOnServer();
    const templateId = await createTemplate(participant.token, { personal: true, sendSummaryEmail: true });
    // The interview itself is served properly; only the summary comes back malformed, on every attempt.
    const embedded = embeddedResponder();
    server.respondWith((request) =>
      taskOf(request) === 'summary@2' ? { status: 200, content: '{"overview": "You said", "strengths": [' } : embedded(request),
    );
    const sessionId = await runInterview(participant, templateId, PERSONA_ANSWERS);
    const failed = await eventually(async () => {
      const session = (await gqlOk(STATE, { id: sessionId }, participant.token)).reflectionSession;
      if (session.summaryState !== 'FAILED') throw new Error(`summary ${session.summaryState}`);
      return session;
    }, 30_000);
    expect(failed.summary).toBeNull();
    expect(failed.summaryError).toMatch(/could not be written/);
    expect(server.requests.filter((r) => taskOf(r) === 'summary@2').length).toBeGreaterThan(1);
    const written = await ownerQuery(
      `SELECT (SELECT count(*) FROM reflection_summaries WHERE session_id = $1)::int AS summaries,
              (SELECT count(*) FROM strain_notes WHERE session_id = $1)::int AS notes,
              (SELECT count(*) FROM outbox_jobs WHERE organisation_id = $2 AND job_name = 'send-summary-email')::int AS emails`,
      [sessionId, org.id],
    );
    expect(written[0]).toEqual({ summaries: 0, notes: 0, emails: 0 });
  });
});
