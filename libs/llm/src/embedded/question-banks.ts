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
      "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
      'Which parts of my week give me energy, and which parts drain it?',
      'How has my role changed over the past year, and how do I feel about those changes?',
    ],
    ratingTopic: 'your current role overall',
  },
  {
    key: 'strengths_value',
    title: 'Strengths & Unique Value',
    cues: ['strength', 'value', 'good at', 'proud', 'achiev', 'unique', 'known for'],
    questions: [
      'What are my core strengths and unique value proposition in my current field and role?',
      'What do colleagues most often come to me for, and why?',
      'Which achievements from the last two years am I most proud of, and what made them possible?',
    ],
    ratingTopic: 'how well your strengths are used in your current role',
  },
  {
    key: 'gaps_growth',
    title: 'Gaps & Growth Opportunities',
    cues: ['skill', 'gap', 'learn', 'develop', 'grow', 'improve', 'capabilit', 'feedback', 'mentor'],
    questions: [
      'What skills have I developed recently, and what capabilities do I need to build for my career goals?',
      'Where do I feel least confident at work, and what would help me grow there?',
      'What support, feedback or mentorship would make the biggest difference to my development right now?',
    ],
    ratingTopic: 'the growth and learning you are getting at the moment',
  },
  {
    key: 'market_trends',
    title: 'Market & Industry Trends',
    cues: ['market', 'industry', 'trend', 'future of', 'demand', 'ai', 'technology', 'competit', 'network'],
    questions: [
      'How is my industry or field changing, and how might those changes affect my role?',
      'Which skills or roles do I see becoming more valuable in my field over the next few years?',
      'How visible are my work and reputation beyond my immediate team?',
    ],
    ratingTopic: 'how well positioned you feel for where your field is heading',
  },
  {
    key: 'goals_planning',
    title: 'Goals & Strategic Planning',
    cues: ['goal', 'aspiration', 'year', 'vision', 'future', 'trade-off', 'priorit', 'success', 'want'],
    questions: [
      'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
      "What trade-offs am I willing to make for career advancement, and what are my non-negotiable priorities?",
      'What would success look like for me a year from now?',
    ],
    ratingTopic: 'how clear your goals for the next few years feel',
  },
  {
    key: 'actions_priorities',
    title: 'Actions & Priorities',
    cues: ['action', 'next step', 'first step', 'month', 'week', 'support', 'accountab', 'obstacle', 'start'],
    questions: [
      'What are the two or three actions that would make the biggest difference in the next three months?',
      'What could get in the way of these actions, and how will I handle it?',
      'Who could support me or hold me accountable as I make these changes?',
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
      'What about {focus} is working well for me, and what is not?',
      'How well does my current role match what I value most in my work?',
      'What has changed in how I feel about my work over the past year?',
      'If nothing changed for the next two years, how would I feel about that?',
    ],
    stages: {
      current_situation: 'When I think about {focus}, which moments stand out as most and least satisfying?',
      strengths_value: 'Which of my strengths does my current role use well, and which go unused?',
      gaps_growth: 'What is missing from my current role that would make it more satisfying?',
      market_trends: 'How does my current role compare with similar roles elsewhere in my field?',
      goals_planning: 'What would need to be true for me to feel genuinely satisfied with {focus} in a year?',
      actions_priorities: 'What is one change within my control that would improve {focus} soonest?',
    },
  },
  skills_growth: {
    core: [
      'Which capabilities around {focus} matter most for where I want to go?',
      'How do I learn best, and how much room does my current role give me to learn that way?',
      'Which skills am I already building without formally planning to?',
      'What feedback have I received that points to my next area of growth?',
    ],
    stages: {
      current_situation: 'How much of my current work stretches me, and how much feels routine?',
      strengths_value: 'Which skills do I rely on most, and how did I develop them?',
      gaps_growth: 'Which skill gaps around {focus} hold me back most right now?',
      market_trends: 'Which skills related to {focus} are becoming more valuable in my field?',
      goals_planning: 'What level of skill in {focus} do I want to reach, and by when?',
      actions_priorities: 'What practice, project or course could build {focus} in the next three months?',
    },
  },
  future_planning: {
    core: [
      'What do I want {focus} to look like in two to five years?',
      'Which of my current goals are truly mine, and which come from the expectations of others?',
      'What options am I aware of, and which ones have I not yet explored?',
      'What would make a future path feel right to me, beyond title or salary?',
    ],
    stages: {
      current_situation: 'How well does my current path lead toward the future I want?',
      strengths_value: 'Which of my strengths do I want to build my future career around?',
      gaps_growth: 'What experience or capability stands between me and {focus}?',
      market_trends: 'Which changes in my field could open or close doors for {focus}?',
      goals_planning: 'What milestones would tell me I am on track toward {focus}?',
      actions_priorities: 'What first step toward {focus} could I take in the next month?',
    },
  },
  leadership: {
    core: [
      'What draws me to {focus}, and what concerns me about it?',
      'How do I feel about spending less time on hands-on work and more time on people and priorities?',
      'What feedback have I received about how I influence and support others?',
      'How would I measure my own success as a leader?',
    ],
    stages: {
      current_situation: 'How much of my current work already involves guiding, coaching or coordinating others, and how do I feel about that part?',
      strengths_value: 'Which of my strengths would carry over to {focus}, and which might matter less?',
      gaps_growth: 'Which leadership experiences or skills am I still missing, such as giving feedback, hiring or handling conflict?',
      market_trends: 'How does my organisation or industry value people leadership compared with senior individual contributor paths?',
      goals_planning: 'What would I want my days to look like in {focus}, and what would I be willing to give up for it?',
      actions_priorities: 'What low-risk way could I try out {focus} in the next few months, and who could support me?',
    },
  },
  transition: {
    core: [
      'What is prompting me to consider {focus}, and what am I moving toward rather than away from?',
      'Which of my skills and experiences would transfer to a new direction?',
      'What would I need to learn or prove to be credible in a new field?',
      'What level of risk and uncertainty can I realistically take on right now?',
    ],
    stages: {
      current_situation: 'What parts of my current work would I miss, and what would I gladly leave behind?',
      strengths_value: 'Which of my strengths would be most valued in the direction I am considering?',
      gaps_growth: 'What gaps would I need to close before or during {focus}?',
      market_trends: 'What do I know about demand, pay and entry routes in the field I am considering?',
      goals_planning: 'What would a successful transition look like in one year, and in three?',
      actions_priorities: 'What small experiment could test {focus} before I commit?',
    },
  },
  entrepreneurship: {
    core: [
      'What is drawing me to {focus}, and what problem would I most want to solve?',
      'How much financial runway and risk am I prepared to take on?',
      'Which of my skills and relationships would help me as a founder, and which would I need to find in others?',
      'How would I know whether the idea is worth pursuing full-time?',
    ],
    stages: {
      current_situation: 'How does my current situation (finances, commitments, energy) support or limit {focus}?',
      strengths_value: 'What unique insight, skill or network do I bring to {focus}?',
      gaps_growth: 'Which business skills, such as sales, finance or hiring, would I need to develop?',
      market_trends: 'What evidence do I have that customers want what I would offer?',
      goals_planning: 'What would I need to see in the first year to keep going?',
      actions_priorities: 'What is the smallest test of the idea I could run in the next month?',
    },
  },
  work_life_balance: {
    core: [
      'What does a sustainable balance look like for me, and how far is {focus} from it today?',
      'Which demands on my time feel negotiable, and which do not?',
      'How does my current workload affect my energy, health and relationships?',
      'What boundaries have I tried before, and what made them hold or slip?',
    ],
    stages: {
      current_situation: 'How would I describe {focus} right now, in terms of hours, energy and recovery?',
      strengths_value: 'When I have managed my time and energy well, what did I do differently?',
      gaps_growth: 'What habits, boundaries or support would help me protect my time?',
      market_trends: 'How are expectations about flexibility and working hours changing in my field?',
      goals_planning: 'What balance between work and the rest of my life am I aiming for over the next year?',
      actions_priorities: 'What one boundary or change could improve {focus} in the next two weeks?',
    },
  },
};
