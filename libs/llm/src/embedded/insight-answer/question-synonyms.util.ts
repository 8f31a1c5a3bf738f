/**
 * Words people use for the same thing at work, both ways round: a question about "my boss" finds
 * answers about "my director", one about "burnout" finds "exhausted". Kept small and curated: each
 * row is one sense, so "lead" as in "team lead" and "lead" as in "to lead" do not mix.
 */
const SENSES: readonly (readonly string[])[] = [
  ['manager', 'boss', 'director', 'supervisor', 'line manager', 'head of'],
  ['mentor', 'mentorship', 'mentoring', 'coach', 'coaching', 'sponsor', 'guidance', 'role model'],
  ['promotion', 'promoted', 'advancement', 'progression', 'career ladder', 'next level', 'senior role'],
  ['worry', 'worried', 'concern', 'concerned', 'anxious', 'afraid', 'fear', 'nervous', 'stress', 'stressed'],
  ['burnout', 'burned out', 'burnt out', 'exhausted', 'tired', 'drained', 'sleep', 'overwhelmed', 'workload'],
  ['learn', 'learning', 'training', 'course', 'certification', 'programme', 'program', 'study', 'upskill'],
  ['salary', 'pay', 'compensation', 'money', 'raise', 'bonus'],
  ['feedback', 'review', 'appraisal', 'recognition', 'noticed'],
  ['colleagues', 'peers', 'team', 'teammates', 'coworkers'],
  ['leave', 'quit', 'resign', 'move on', 'new job', 'another company', 'job search'],
  ['balance', 'hours', 'evenings', 'weekends', 'family', 'on call', 'overtime'],
  ['visibility', 'visible', 'invisible', 'noticed', 'exposure', 'senior leadership'],
  ['leadership', 'leading', 'tech lead', 'team lead', 'managing people', 'manage people'],
  ['goal', 'goals', 'aim', 'ambition', 'aspiration', 'aspirations', 'objective', 'objectives'],
  ['presentation', 'presentations', 'presenting', 'public speaking'],
  ['ownership', 'own', 'owning', 'responsibility', 'accountable'],
];

const words = (text: string): string =>
  ` ${text
    .toLowerCase()
    .replace(/[^\p{L}\s-]/gu, ' ')
    .replace(/\s+/g, ' ')} `;

/** Other words for the senses a question names (not the question's own words). */
export function synonymsOf(question: string): string[] {
  const said = words(question);
  const extra = new Set<string>();
  for (const sense of SENSES) {
    if (!sense.some((term) => said.includes(` ${term} `))) continue;
    for (const term of sense) if (!said.includes(` ${term} `)) extra.add(term);
  }
  return [...extra];
}
