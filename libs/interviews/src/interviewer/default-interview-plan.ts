/**
 * The seed's self-interview flow, used when a template version has no ready research plan.
 * Questions are open and non-leading, already in the second person. `cues` place a coach's
 * mandatory question into the stage it belongs to.
 */
export interface DefaultStage {
  key: string;
  title: string;
  cues: string[];
  questions: string[];
}

export const DEFAULT_INTERVIEW_STAGES: readonly DefaultStage[] = [
  {
    key: 'current_situation',
    title: 'Current Situation & Satisfaction',
    cues: ['satisf', 'current', 'today', 'working well', 'happy', 'day to day', 'energy', 'frustrat', 'enjoy'],
    questions: [
      "How satisfied are you with your current role, responsibilities and career trajectory? What's working well and what isn't?",
      'Which parts of your work give you the most energy, and which parts drain it?',
    ],
  },
  {
    key: 'strengths_value',
    title: 'Strengths & Unique Value',
    cues: ['strength', 'value', 'good at', 'proud', 'achiev', 'unique', 'known for', 'recogni'],
    questions: [
      'What are your core strengths, and what unique value do you bring to your team and your field?',
      'What do colleagues most often come to you for, and why do you think that is?',
    ],
  },
  {
    key: 'gaps_growth',
    title: 'Gaps & Growth Opportunities',
    cues: ['skill', 'gap', 'learn', 'develop', 'grow', 'improve', 'capabilit', 'feedback', 'mentor', 'training'],
    questions: [
      'Which skills or experiences would most help you reach your career goals, and where do you feel the biggest gaps are?',
      'What support, feedback or mentorship would make the biggest difference to your development right now?',
    ],
  },
  {
    key: 'market_trends',
    title: 'Market & Industry Trends',
    cues: ['market', 'industry', 'trend', 'demand', 'technology', 'competit', 'network', 'sector', 'field'],
    questions: [
      'How is your field changing, and how might those changes affect your opportunities?',
      'Which of your skills do you see becoming more valuable over the next few years, and why?',
    ],
  },
  {
    key: 'goals_planning',
    title: 'Goals & Strategic Planning',
    cues: ['goal', 'aspiration', 'year', 'vision', 'future', 'trade-off', 'tradeoff', 'non-negotiable', 'success', 'path'],
    questions: [
      'What career goals do you have for the next two to five years, and how realistic do they feel given where you are today?',
      'What trade-offs are you willing to make for your career, and what is non-negotiable for you?',
    ],
  },
  {
    key: 'actions_priorities',
    title: 'Actions & Priorities',
    cues: ['action', 'next step', 'first step', 'month', 'week', 'accountab', 'obstacle', 'priorit', 'plan'],
    questions: [
      'What two or three actions would make the biggest difference for you in the next three months?',
      'What could get in the way of those actions, and who could support you along the way?',
    ],
  },
];
