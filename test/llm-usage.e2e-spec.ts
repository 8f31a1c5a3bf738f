import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it, jest } from '@jest/globals';
import { createOrganisation, errorCode, eventually, gql, gqlOk } from '#testing';

// Plans are written by the worker; on a loaded machine a test can take longer than the default 5 s.
jest.setTimeout(60_000);

const USAGE = `query($since: DateTime) { llmUsage(since: $since) { since calls inputTokens outputTokens
  lines { provider model task outcome calls attempts inputTokens outputTokens inputChars outputChars averageLatencyMs } } }`;
const CREATE = `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`;
const GENERATE = `mutation($id: ID!) { generateResearchPlan(templateId: $id) { id planState } }`;
const STATE = `query($id: ID!) { reflectionTemplate(id: $id) { planState planError } }`;
const SET_LLM = `mutation($provider: String!, $model: String, $baseUrl: String) {
  setOrganisationLlm(provider: $provider, model: $model, baseUrl: $baseUrl) { provider model baseUrl overridden } }`;
const GET_LLM = `{ organisationLlm { provider model baseUrl overridden } }`;
const RESET_LLM = `mutation { resetOrganisationLlm { provider overridden } }`;

const PRIMARY_QUESTION = 'What would make my next year at work more meaningful?';

async function planState(token: string, id: string, state: string): Promise<void> {
  await eventually(async () => {
    const { reflectionTemplate } = await gqlOk(STATE, { id }, token);
    if (reflectionTemplate.planState !== state) throw new Error(`plan is ${reflectionTemplate.planState}`);
  }, 30_000);
}

describe('LLM usage and settings per organisation', () => {
  it('reports the calls of the organisation to its admins only, with counts and no content', async () => {
    const [org, other] = await Promise.all([createOrganisation(), createOrganisation()]);
    const coach = await org.addMember(['COACH']);
    const since = new Date(Date.now() - 60_000).toISOString();
    const { createReflectionTemplate: template } = await gqlOk(
      CREATE,
      { input: { title: 'Meaning', primaryQuestion: PRIMARY_QUESTION } },
      coach.token,
    );
    await planState(coach.token, template.id, 'READY');
    await gqlOk(GENERATE, { id: template.id }, coach.token);
    await planState(coach.token, template.id, 'READY');

    const report = await eventually(async () => {
      const { llmUsage } = await gqlOk(USAGE, { since }, org.admin.token);
      if (llmUsage.calls < 2) throw new Error(`only ${llmUsage.calls} calls metered so far`);
      return llmUsage;
    });
    expect(report.lines).toEqual([
      expect.objectContaining({ provider: 'embedded', model: 'embedded', task: 'research-plan', outcome: 'ok', calls: 2, attempts: 2 }),
    ]);
    const [line] = report.lines;
    expect(line.inputTokens).toBeGreaterThan(0);
    expect(line.outputTokens).toBeGreaterThan(0);
    expect(line.inputChars).toBeGreaterThan(line.inputTokens);
    expect(line.averageLatencyMs).toBeGreaterThanOrEqual(0);
    expect(report.inputTokens).toBe(line.inputTokens);
    expect(JSON.stringify(report)).not.toContain('meaningful');

    // Another organisation sees nothing of it; non-admins see nothing at all.
    expect((await gqlOk(USAGE, { since }, other.admin.token)).llmUsage).toMatchObject({ calls: 0, lines: [] });
    expect(errorCode(await gql(USAGE, {}, coach.token))).toBe('FORBIDDEN');
    // A later window excludes earlier calls.
    expect((await gqlOk(USAGE, { since: new Date(Date.now() + 60_000).toISOString() }, org.admin.token)).llmUsage.calls).toBe(0);
  });

  it('meters failed calls with their attempts', async () => {
    const org = await createOrganisation();
    let hits = 0;
    const server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        hits += 1;
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end('{"error":{"message":"down"}}');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
      await gqlOk(SET_LLM, { provider: 'openai', model: 'test', baseUrl }, org.admin.token);
      const { createReflectionTemplate: template } = await gqlOk(
        CREATE,
        { input: { title: 'Meaning', primaryQuestion: PRIMARY_QUESTION } },
        org.admin.token,
      );
      await planState(org.admin.token, template.id, 'FAILED');
      const { llmUsage } = await gqlOk(USAGE, {}, org.admin.token);
      expect(llmUsage.lines).toEqual([
        expect.objectContaining({ provider: 'openai', model: 'test', task: 'research-plan', outcome: 'error', calls: 1 }),
      ]);
      expect(llmUsage.lines[0].attempts).toBe(hits);
      expect(hits).toBeGreaterThanOrEqual(2);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  it('lets admins choose the model of their organisation, validated, without keys', async () => {
    const org = await createOrganisation();
    const coach = await org.addMember(['COACH']);
    expect((await gqlOk(GET_LLM, {}, org.admin.token)).organisationLlm).toEqual({
      provider: 'embedded',
      model: 'embedded',
      baseUrl: null,
      overridden: false,
    });

    const set = await gqlOk(SET_LLM, { provider: 'ollama', model: 'llama3.1', baseUrl: 'http://127.0.0.1:11434' }, org.admin.token);
    expect(set.setOrganisationLlm).toEqual({ provider: 'ollama', model: 'llama3.1', baseUrl: 'http://127.0.0.1:11434', overridden: true });
    expect((await gqlOk(GET_LLM, {}, org.admin.token)).organisationLlm).toEqual(set.setOrganisationLlm);

    for (const args of [
      { provider: 'gemini' },
      { provider: 'openai', baseUrl: 'javascript:alert(1)' },
      { provider: 'openai', baseUrl: 'file:///etc/passwd' },
      { provider: 'openai', baseUrl: 'https://user:key@llm.example/v1' },
      { provider: 'embedded', model: 'gpt-4o' },
    ]) {
      expect({ args, code: errorCode(await gql(SET_LLM, args, org.admin.token)) }).toEqual({ args, code: 'BAD_USER_INPUT' });
    }
    expect((await gqlOk(GET_LLM, {}, org.admin.token)).organisationLlm.provider).toBe('ollama');

    expect(errorCode(await gql(SET_LLM, { provider: 'embedded' }, coach.token))).toBe('FORBIDDEN');
    expect(errorCode(await gql(GET_LLM, {}, coach.token))).toBe('FORBIDDEN');
    expect((await gqlOk(RESET_LLM, {}, org.admin.token)).resetOrganisationLlm).toEqual({ provider: 'embedded', overridden: false });
  });
});
