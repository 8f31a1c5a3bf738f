import autocannon from 'autocannon';
import pg from 'pg';
import { startBenchSystem } from './support/bench-system.mjs';
const PHASE = process.env.PHASE; const D = Number(process.env.D ?? 8); const C = 50;
const system = await startBenchSystem({ worker: true });
const { token, organisationId } = await system.signUpWithOrganisation();
const created = await system.gql(`mutation($input: TemplateInput!) { createReflectionTemplate(input: $input) { id } }`, { input: { title: 'Career', primaryQuestion: 'How can I assess my career satisfaction?', mandatoryQuestions: ['How satisfied am I with my current role?', 'What are my core strengths?', 'What career goals do I have?'], closingCta: { text: 'x', url: 'https://plans.example/career' }, personal: false } }, token);
const templateId = created.createReflectionTemplate.id;
const owner = new pg.Client({ connectionString: system.env.DATABASE_URL }); await owner.connect();
await owner.query(`UPDATE reflection_template_versions SET max_turns = 1000, max_minutes = 100000 WHERE organisation_id = $1 AND template_id = $2`, [organisationId, templateId]); await owner.end();
const ANSWERS = ["I'm a mid-level software engineer and I feel stuck. I enjoy the technical challenges, but I'm frustrated by the lack of mentorship.", 'Strong problem-solving and system design skills.', 'Not sure.', "I'd rate my satisfaction 5 out of 10."];
const sessions = []; for (let i = 0; i < 400; i += 20) sessions.push(...(await Promise.all(Array.from({ length: 20 }, () => system.gql(`mutation($id: ID!) { startReflectionSession(templateId: $id) { id } }`, { id: templateId }, token)))).map((b) => b.startReflectionSession.id));
let n = 0;
const run = (d) => PHASE === 'answer' ? autocannon({ url: `${system.url}/graphql`, method: 'POST', connections: C, duration: d, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, requests: [{ setupRequest: (r) => { const k = n++; return { ...r, body: JSON.stringify({ query: `mutation($id: ID!, $content: String!, $key: String) { answerReflection(sessionId: $id, content: $content, idempotencyKey: $key) { answer { id } next { id questionRef } } }`, variables: { id: sessions[k % sessions.length], content: ANSWERS[k % 4], key: `b-${k}` } }) }; } }] })
  : autocannon({ url: `${system.url}/graphql`, method: 'POST', connections: C, duration: d, headers: { 'content-type': 'application/json', ...(PHASE === 'me' ? { authorization: `Bearer ${token}` } : {}) }, body: JSON.stringify({ query: PHASE === 'me' ? '{ me { id } }' : '{ __typename }' }) });
await run(2);
const { readdirSync, readFileSync } = await import('node:fs');
const snap = () => { const m = {}; for (const pid of readdirSync('/proc').filter((x) => /^\d+$/.test(x))) { try { const st = readFileSync(`/proc/${pid}/stat`, 'utf8'); const name = st.slice(st.indexOf('(') + 1, st.lastIndexOf(')')); const f = st.slice(st.lastIndexOf(')') + 2).split(' '); const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8'); const key = name === 'node' ? (cmd.includes('apps/api') ? 'api' : cmd.includes('apps/worker') ? 'worker' : cmd.includes('phase-tmp') ? 'loadgen' : 'node-other') : name.startsWith('postgres') ? 'postgres' : name.startsWith('redis') ? 'redis' : 'other'; m[pid] = { key, t: Number(f[11]) + Number(f[12]), u: Number(f[11]) }; } catch {} } return m; };

(await import('node:fs')).writeFileSync('/tmp/load-started', String(Date.now()));
const before = snap(); const t0 = Date.now();
const r = await run(D);
const after = snap(); const wall = (Date.now() - t0) / 1000; const byKey = {};
for (const [pid, v] of Object.entries(after)) { byKey[v.key] = (byKey[v.key] ?? 0) + v.t - (before[pid]?.t ?? 0); byKey[v.key + "_user"] = (byKey[v.key + "_user"] ?? 0) + v.u - (before[pid]?.u ?? 0); }
const reqs = r.requests.total; const out = Object.entries(byKey).map(([k, ticks]) => `${k}=${((ticks * 10) / reqs * 1000).toFixed(0)}us`).join(' ');
console.log('cpu per request:', out, 'total cores busy', (Object.values(byKey).reduce((a, b) => a + b, 0) / 100 / wall).toFixed(2));
console.log(PHASE, r.requests.average, 'req/s', 'errors', r.errors + r.non2xx, 'p50', r.latency.p50);
await new Promise((res) => setTimeout(res, 3000));
await system.stop();
