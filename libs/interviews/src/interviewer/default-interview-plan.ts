/**
 * The seed's self-interview flow, used when a template version has no ready research plan.
 * One open, non-leading question each, in plain words and the second person. `cues` place a
 * coach's mandatory question into the stage it belongs to.
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
      'How satisfied are you with your current role and where your career is heading?',
      'Which parts of your work give you the most energy at the moment?',
    ],
  },
  {
    key: 'strengths_value',
    title: 'Strengths & Unique Value',
    cues: ['strength', 'value', 'good at', 'proud', 'achiev', 'unique', 'known for', 'recogni'],
    questions: ['What strengths do you bring to your work?', 'What do colleagues most often come to you for?'],
  },
  {
    key: 'gaps_growth',
    title: 'Gaps & Growth Opportunities',
    cues: ['skill', 'gap', 'learn', 'develop', 'grow', 'improve', 'capabilit', 'feedback', 'mentor', 'training'],
    questions: [
      'Which skills or experiences would help you most with where you want to go?',
      'What support or feedback would make the biggest difference to your development?',
    ],
  },
  {
    key: 'market_trends',
    title: 'Market & Industry Trends',
    cues: ['market', 'industry', 'trend', 'demand', 'technology', 'competit', 'network', 'sector', 'field'],
    questions: [
      'How is your field changing around you?',
      'Which of your skills do you expect to become more valuable in the next few years?',
    ],
  },
  {
    key: 'goals_planning',
    title: 'Goals & Strategic Planning',
    cues: ['goal', 'aspiration', 'year', 'vision', 'future', 'trade-off', 'tradeoff', 'non-negotiable', 'success', 'path'],
    questions: [
      'What would you like your career to look like in two to five years?',
      'What is non-negotiable for you in your next career step?',
    ],
  },
  {
    key: 'actions_priorities',
    title: 'Actions & Priorities',
    cues: ['action', 'next step', 'first step', 'month', 'week', 'accountab', 'obstacle', 'priorit', 'plan'],
    questions: [
      'What two or three actions would make the biggest difference for you in the next three months?',
      'Who could support you as you take these steps?',
    ],
  },
];
