/**
 * Curated, open and non-leading reflection questions used by the embedded model. Plan questions
 * are first-person self-reflection prompts, as in the seeded templates; `{focus}` is replaced with
 * the key phrase of the template's primary question.
 */

export const STAGE_KEYS = [
  'current_situation',
  'strengths_value',
  'gaps_growth',
  'market_trends',
  'goals_planning',
  'actions_priorities',
] as const;
export type StageKey = (typeof STAGE_KEYS)[number];

export interface InterviewStageBank {
  key: StageKey;
  title: string;
  /** Stems-free hints used to place a coach's mandatory question into the best stage. */
  cues: string[];
  questions: string[];
  /** Topic wording for a 1-10 rating question asked in this stage. */
  ratingTopic: string;
}

/** The six stages of the seeded interview flow, in order. */
export const INTERVIEW_STAGES: readonly InterviewStageBank[] = [
  {
    key: 'current_situation',
    title: 'Current Situation & Satisfaction',
    cues: ['satisf', 'current', 'today', 'working well', 'happy', 'day to day', 'role'],
    questions: [
      'How satisfied am I with my current role and where my career is heading?',
      'Which parts of my week give me the most energy?',
      'How has my role changed over the past year?',
    ],
    ratingTopic: 'your current role overall',
  },
  {
    key: 'strengths_value',
    title: 'Strengths & Unique Value',
    cues: ['strength', 'value', 'good at', 'proud', 'achiev', 'unique', 'known for'],
    questions: [
      'What strengths do I bring to my work?',
      'What do colleagues most often come to me for?',
      'Which recent achievement am I most proud of?',
    ],
    ratingTopic: 'how well your strengths are used in your current role',
  },
  {
    key: 'gaps_growth',
    title: 'Gaps & Growth Opportunities',
    cues: ['skill', 'gap', 'learn', 'develop', 'grow', 'improve', 'capabilit', 'feedback', 'mentor'],
    questions: [
      'Which skills would help me most with where I want to go?',
      'Where do I feel least confident at work?',
      'What support or feedback would make the biggest difference to my development?',
    ],
    ratingTopic: 'the growth and learning you are getting at the moment',
  },
  {
    key: 'market_trends',
    title: 'Market & Industry Trends',
    cues: ['market', 'industry', 'trend', 'future of', 'demand', 'ai', 'technology', 'competit', 'network'],
    questions: [
      'How is my field changing around me?',
      'Which of my skills do I expect to become more valuable in the next few years?',
      'How visible is my work beyond my immediate team?',
    ],
    ratingTopic: 'how well positioned you feel for where your field is heading',
  },
  {
    key: 'goals_planning',
    title: 'Goals & Strategic Planning',
    cues: ['goal', 'aspiration', 'year', 'vision', 'future', 'trade-off', 'priorit', 'success', 'want'],
    questions: [
      'What would I like my career to look like in two to five years?',
      'What is non-negotiable for me in my next career step?',
      'What would success look like for me a year from now?',
    ],
    ratingTopic: 'how clear your goals for the next few years feel',
  },
  {
    key: 'actions_priorities',
    title: 'Actions & Priorities',
    cues: ['action', 'next step', 'first step', 'month', 'week', 'support', 'accountab', 'obstacle', 'start'],
    questions: [
      'Which two or three actions would make the biggest difference in the next three months?',
      'What could get in the way of those actions?',
      'Who could support me as I take these steps?',
    ],
    ratingTopic: 'how confident you feel about taking the next steps',
  },
];

export const REFLECTION_AREAS = [
  'current_assessment',
  'skills_growth',
  'future_planning',
  'leadership',
  'transition',
  'entrepreneurship',
  'work_life_balance',
] as const;
export type ReflectionArea = (typeof REFLECTION_AREAS)[number];

export interface AreaQuestionBank {
  /** Area-wide questions for the plan's core questions; `{focus}` allowed. */
  core: string[];
  /** One area-adapted question per interview stage; `{focus}` allowed. */
  stages: Record<StageKey, string>;
}

export const AREA_QUESTION_BANKS: Readonly<Record<ReflectionArea, AreaQuestionBank>> = {
  current_assessment: {
    core: [
      'What is working well in my work right now?',
      'How well does my current role match what I value most?',
      'What has changed in how I feel about my work over the past year?',
    ],
    stages: {
      current_situation: 'Which moments at work stand out as the most satisfying lately?',
      strengths_value: 'Which of my strengths does my current role use well?',
      gaps_growth: 'What is missing from my current role that would make it more satisfying?',
      market_trends: 'How does my current role compare with similar roles elsewhere?',
      goals_planning: 'What would need to be true for me to feel satisfied with my work a year from now?',
      actions_priorities: 'What is one change within my control that would improve my work soonest?',
    },
  },
  skills_growth: {
    core: [
      'Which capabilities matter most for where I want to go?',
      'How do I learn best?',
      'What feedback points to my next area of growth?',
    ],
    stages: {
      current_situation: 'How much of my current work stretches me?',
      strengths_value: 'Which skills do I rely on most?',
      gaps_growth: 'Which skill gaps hold me back most right now?',
      market_trends: 'Which skills are becoming more valuable in my field?',
      goals_planning: 'What level of skill do I want to reach in the next year?',
      actions_priorities: 'What practice, project or course could help me grow in the next three months?',
    },
  },
  future_planning: {
    core: [
      'What do I want my working life to look like in two to five years?',
      'Which options have I not yet explored?',
      'What would make a future path feel right to me, beyond title or salary?',
    ],
    stages: {
      current_situation: 'How well does my current path lead toward the future I want?',
      strengths_value: 'Which strengths do I want to build my future career around?',
      gaps_growth: 'What experience stands between me and the future I want?',
      market_trends: 'Which changes in my field could open doors for me?',
      goals_planning: 'What milestones would tell me I am on track?',
      actions_priorities: 'What first step could I take in the next month?',
    },
  },
  leadership: {
    core: ['What draws me to {focus}?', 'What concerns me about {focus}?', 'How would I measure my own success as a leader?'],
    stages: {
      current_situation: 'How much of my current work already involves guiding or coaching others?',
      strengths_value: 'Which of my strengths would carry over to {focus}?',
      gaps_growth: 'Which leadership experiences am I still missing?',
      market_trends: 'How does my organisation value people leadership compared with senior individual roles?',
      goals_planning: 'What would I want my days to look like in {focus}?',
      actions_priorities: 'What low-risk way could I try out {focus} in the next few months?',
    },
  },
  transition: {
    core: [
      'What draws me to {focus}?',
      'Which of my skills would transfer to a new direction?',
      'What level of risk can I realistically take on right now?',
    ],
    stages: {
      current_situation: 'What parts of my current work would I miss?',
      strengths_value: 'Which of my strengths would be most valued in {focus}?',
      gaps_growth: 'What would I need to learn to be credible in {focus}?',
      market_trends: 'What do I know about demand and entry routes into {focus}?',
      goals_planning: 'What would a successful transition look like in one year?',
      actions_priorities: 'What small experiment could test {focus} before I commit?',
    },
  },
  entrepreneurship: {
    core: [
      'What is drawing me to {focus}?',
      'How much financial runway am I prepared to use?',
      'How would I know whether the idea is worth pursuing full-time?',
    ],
    stages: {
      current_situation: 'How does my current situation support or limit {focus}?',
      strengths_value: 'What insight or skill do I bring to {focus}?',
      gaps_growth: 'Which business skills would I need to develop?',
      market_trends: 'What evidence do I have that customers want what I would offer?',
      goals_planning: 'What would I need to see in the first year to keep going?',
      actions_priorities: 'What is the smallest test of the idea I could run in the next month?',
    },
  },
  work_life_balance: {
    core: [
      'What does a sustainable balance look like for me?',
      'Which demands on my time feel negotiable?',
      'What boundaries have held for me before?',
    ],
    stages: {
      current_situation: 'How are my hours and energy at the moment?',
      strengths_value: 'When I have managed my time and energy well, what did I do differently?',
      gaps_growth: 'What habits or support would help me protect my time?',
      market_trends: 'How are expectations about flexibility changing in my field?',
      goals_planning: 'What balance between work and the rest of my life am I aiming for this year?',
      actions_priorities: 'What one change could improve my balance in the next two weeks?',
    },
  },
};

/** For someone who has already made the move the reflection is about: how it is going, not whether to. */
export const SETTLING_IN_BANK: AreaQuestionBank = {
  core: [
    'What has the move into {focus} been like so far?',
    'Which earlier strengths have carried over best?',
    'What is the new role still asking me to learn?',
  ],
  stages: {
    current_situation: 'What has the move into {focus} been like so far?',
    strengths_value: 'Which of my earlier strengths have carried over best into {focus}?',
    gaps_growth: 'What is {focus} asking of me that I am still learning?',
    market_trends: 'How is {focus} changing as a field?',
    goals_planning: 'What would I like to have achieved in {focus} a year from now?',
    actions_priorities: 'What would help me most in the next three months of the new role?',
  },
};
