import { randomUUID } from 'node:crypto';
import { describe, expect, it } from '@jest/globals';
import { createOrganisation, gql, gqlOk, statusForDeclaredBody, testEnv } from '#testing';

// What this guards against: a 1 MiB body was accepted (the limit was 2 MiB) although the largest
// legitimate request, a template at every text limit, is under 100 KiB.
const WIDE = '漢'; // one UTF-16 unit, three bytes in UTF-8
const EMOJI = '😀'; // two UTF-16 units, four bytes in UTF-8

/** The deepest query the schema allows without visiting a type twice: 7 object levels and a leaf. */
const DEEPEST = `query($id: ID!) { assignment(id: $id) { sessions { actionPlan { items { comments { author { organisation { name } } } } } } } }`;

describe('security: the body limit is sized to the product', () => {
  it('refuses a 1 MiB body from its declared length, and accepts the largest legitimate requests: a template at every text limit and an 8,000-character answer', async () => {
    expect(await statusForDeclaredBody(`${testEnv().WAYPOINT_TEST_API_URL}/graphql`, 1024 * 1024)).toBe(413);
    expect(await statusForDeclaredBody(`${testEnv().WAYPOINT_TEST_API_URL}/graphql`, 200 * 1024)).toBe(413);

    const org = await createOrganisation();
    const coach = await org.addMember(['COACH', 'PARTICIPANT']);
    const text = (n: number) => WIDE.repeat(n);
    const input = {
      title: text(200),
      primaryQuestion: `${text(998)}?`,
      welcomeMessage: text(500),
      researcherInfo: text(2000),
      goals: Array.from({ length: 10 }, () => text(300)),
      mandatoryQuestions: Array.from({ length: 10 }, (_, i) => `${text(497)} ${i}?`),
      closingCta: { text: text(200), url: `https://example.test/${'a'.repeat(1970)}` },
    };
    const body = JSON.stringify({
      query: `mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`,
      variables: { input },
    });
    expect(Buffer.byteLength(body)).toBeGreaterThan(35_000);
    const template = (
      await gqlOk(`mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id title } }`, { input }, coach.token)
    ).createReflectionTemplate;
    expect(template.title).toBe(text(200));

    const session = (await gqlOk(`mutation($t: ID) { startReflectionSession(templateId: $t) { id } }`, { t: template.id }, coach.token))
      .startReflectionSession;
    const answer = EMOJI.repeat(8000);
    const stored = (
      await gqlOk(
        `mutation($id: ID!, $c: String!) { answerReflection(sessionId: $id, content: $c) { answer { content } } }`,
        { id: session.id, c: answer },
        coach.token,
      )
    ).answerReflection.answer.content;
    expect(stored).toBe(answer);

    // The depth limit (10) leaves room for the deepest query the schema's own clients need: an
    // unknown id gets NOT_FOUND from the resolver, not a refusal from the limits.
    const deepest = await gql(DEEPEST, { id: randomUUID() }, coach.token);
    expect(deepest.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
