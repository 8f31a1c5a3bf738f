import { loadEnvFile } from '#config';
import { llmConfig } from '#llm';
import { scoreStatementLabel, scoreThemeCoding } from '#llm/fixtures';
import { formatInsights, formatScorecard, formatTranscript, scoreProvider } from '../scorecard.js';

/**
 * `npm run eval`: interviews the scripted participants with the embedded model and, when another
 * provider is configured (LLM_PROVIDER, LLM_MODEL, LLM_BASE_URL, LLM_API_KEY), with that one too,
 * and prints a scorecard per provider. `--details` lists every failure; `--transcripts` prints
 * every conversation; `--persona <name>` runs one participant.
 */
loadEnvFile();
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const personaName = args[args.indexOf('--persona') + 1];

const configured = llmConfig.load(process.env).defaults;
const providers =
  configured.provider === 'embedded' ? [{ provider: 'embedded' as const }] : [{ provider: 'embedded' as const }, configured];

let failed = false;
for (const settings of providers) {
  const { PERSONAS } = await import('../personas/personas.fixture.js');
  const personas = args.includes('--persona') ? PERSONAS.filter((p) => p.name === personaName) : PERSONAS;
  const card = await scoreProvider(settings, process.env, personas);
  if (flag('--transcripts'))
    for (const score of card.personas)
      console.log(
        `\n=== ${score.persona} (${card.provider}) ===\n${formatTranscript(score.transcript)}\n\n${formatInsights(score.insights)}\n`,
      );
  console.log(formatScorecard(card, { details: flag('--details') }));
  console.log('');
  failed ||= Object.values(card.failures).some((n) => n > 0);
}
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
console.log('Embedded model on the labelled fixtures (precision / recall)');
for (const [name, score] of [
  ['strengths', scoreStatementLabel('strength')],
  ['gaps', scoreStatementLabel('gap')],
  ['themes', scoreThemeCoding()],
] as const) {
  console.log(`${name.padEnd(12)} ${pct(score.precision)} / ${pct(score.recall)}`);
  if (flag('--details')) for (const miss of score.misses) console.log(`    ${miss}`);
}
process.exitCode = failed ? 1 : 0;
