import { describe, it } from '@jest/globals';
import { buildResearchPlan } from './research-plan.heuristic.js';
import { buildSummary } from './summary.heuristic.js';
import { buildFollowup } from './interview-followup.heuristic.js';
import { buildInsightAnswer } from './insight-answer.heuristic.js';
import { buildActionPlan } from './action-plan.heuristic.js';
import { DEFAULT_THEME_TAXONOMY } from '../taxonomy/default-theme-taxonomy.js';

describe('debug', () => {
  it('prints', () => {
    const t0 = Date.now();
    const a = buildResearchPlan({ title: 'Leadership path', primaryQuestion: 'Should I move into engineering management?', goals: ['Decide within six months whether to apply for the team lead role'], mandatoryQuestions: ['What would I miss most about coding every day?'], researcherInfo: 'Senior backend engineer, 8 years experience, fintech' });
    const b = buildResearchPlan({ title: 'Balance check', primaryQuestion: 'How satisfied am I with my work-life balance?', goals: [], mandatoryQuestions: [] });
    console.log(JSON.stringify(a, null, 2), JSON.stringify(b, null, 2));
    const turns = [
      { id: 't1', role: 'INTERVIEWER' as const, content: 'On a scale of 1 to 10, how satisfied are you with your current role?' },
      { id: 't2', role: 'PARTICIPANT' as const, content: "I'd say 5 out of 10. I enjoy the technical challenges but I'm frustrated by the lack of mentorship and leadership opportunities." },
      { id: 't3', role: 'INTERVIEWER' as const, content: 'What are you good at?' },
      { id: 't4', role: 'PARTICIPANT' as const, content: "I'm good at debugging complex distributed systems and people often come to me for help. My manager rarely gives feedback though, and I work most evenings." },
    ];
    const s = buildSummary({ primaryQuestion: 'How satisfied am I with my current role?', turns, taxonomy: DEFAULT_THEME_TAXONOMY });
    console.log(JSON.stringify(s, null, 2));
    const f = ['probe_vague', 'ask_example', 'explore_sentiment', 'ask_rating', 'none'].map((needs) => buildFollowup({ primaryQuestion: 'Should I move into engineering management?', stage: { key: 'current_situation', title: 'Current Situation & Satisfaction' }, plannedNextQuestion: 'What are my core strengths?', lastQuestion: 'How do you feel about your role?', lastAnswer: turns[1]!.content, askedQuestions: [], needs: needs as never }));
    console.log(f);
    const ins = buildInsightAnswer({ question: 'What do participants say about mentorship?', passages: [
      { sessionId: 's1', turnId: 't2', content: turns[1]!.content },
      { sessionId: 's2', turnId: 'x1', content: 'My mentor has been great. She helped me prepare for promotion.' },
      { sessionId: 's3', turnId: 'x9', content: 'I mostly worry about compensation and hours.' },
    ] });
    console.log(JSON.stringify(ins, null, 2));
    console.log(JSON.stringify(buildActionPlan({ summary: s, startDate: '2025-01-15T00:00:00Z' }), null, 2));
    console.log('ms', Date.now() - t0);
  });
});
