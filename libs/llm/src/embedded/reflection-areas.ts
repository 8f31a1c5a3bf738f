import type { ReflectionArea } from './question-banks.js';

export interface AreaProfile {
  area: ReflectionArea;
  researchType: string;
  framework: string;
  /** Lower-case cues; a cue matches at a word start, so "satisf" finds "satisfied". */
  cues: string[];
  /** Focus wording when the primary question has no usable noun phrase. */
  focusFallback: string;
  objectives: [string, string, string];
  approach: string;
}

/** Ordered most specific first: on equal scores the earlier area wins. */
export const AREA_PROFILES: readonly AreaProfile[] = [
  {
    area: 'entrepreneurship',
    researchType: 'Entrepreneurial Readiness Assessment',
    framework: 'Founder-fit review: motivation, risk tolerance, runway and a validated customer problem',
    cues: [
      'start a business',
      'own business',
      'startup',
      'start-up',
      'founder',
      'entrepreneur',
      'freelanc',
      'self-employ',
      'my own company',
      'side business',
    ],
    focusFallback: 'starting my own business',
    objectives: [
      'Clarify the motivation behind {focus} and the problem worth solving',
      'Assess financial runway, risk tolerance and the skills a founder role demands',
      'Define a small, low-cost test of {focus} with clear go/no-go signals',
    ],
    approach: 'The conversation weighs motivation against practical constraints before testing the idea on a small scale.',
  },
  {
    area: 'transition',
    researchType: 'Career Transition Exploration',
    framework: 'Transferable-skills mapping with small, low-risk experiments before committing to a change',
    cues: [
      'switch',
      'transition',
      'pivot',
      'career change',
      'change career',
      'new field',
      'different field',
      'new industry',
      'leave my',
      'change direction',
      'move from',
      'move into',
      'moved into',
      'moving into',
      'product management',
      'product manager',
      'into product',
    ],
    focusFallback: 'a change of career direction',
    objectives: [
      'Understand what is driving the interest in {focus} and what I am moving toward',
      'Map which skills and experiences transfer, and which gaps need closing',
      'Design low-risk experiments to test {focus} before a full commitment',
    ],
    approach:
      'The conversation separates push from pull factors, maps transferable strengths and ends with experiments rather than a leap.',
  },
  {
    area: 'leadership',
    researchType: 'Leadership Readiness Assessment',
    framework: 'GROW model adapted to the transition into people leadership',
    cues: [
      'management',
      'manager',
      'leadership',
      'leader',
      'lead ',
      'team lead',
      'people lead',
      'director',
      'head of',
      'supervis',
      'managing',
    ],
    focusFallback: 'a move into leadership',
    objectives: [
      'Assess my readiness for {focus}, based on the leadership I already show day to day',
      'Clarify what draws me to {focus} and what I would give up, including hands-on work',
      'Identify the experiences, skills and support I need before committing to {focus}',
    ],
    approach:
      'Following GROW (goal, reality, options, will), the conversation tests the appeal of leadership against the reality of the role.',
  },
  {
    area: 'work_life_balance',
    researchType: 'Work-Life Balance Review',
    framework: 'Energy audit with boundary setting and priority mapping',
    cues: [
      'work-life',
      'work life',
      'balance',
      'burnout',
      'burn out',
      'burned out',
      'burnt out',
      'hours',
      'overtime',
      'exhaust',
      'wellbeing',
      'well-being',
      'boundar',
      'stress',
    ],
    focusFallback: 'my work-life balance',
    objectives: [
      'Understand how {focus} looks today: hours, energy, boundaries and what drives them',
      'Identify which demands of my role are negotiable and which are not',
      'Define changes that would make {focus} sustainable without stalling my career',
    ],
    approach:
      'The conversation audits where time and energy go, then looks for boundaries and trade-offs the participant can actually hold.',
  },
  {
    area: 'skills_growth',
    researchType: 'Skills Gap Analysis',
    framework: 'Skills inventory combined with the 70-20-10 development model (experience, relationships, formal learning)',
    cues: ['skill', 'learn', 'upskill', 'reskill', 'capabilit', 'develop', 'training', 'certif', 'competenc', 'expertise'],
    focusFallback: 'my skills',
    objectives: [
      'Take stock of my current skills and how they were built',
      'Identify the capability gaps around {focus} that matter most for my goals',
      'Plan a mix of on-the-job practice, feedback and learning to develop {focus}',
    ],
    approach:
      "The conversation inventories current skills, prioritises the gaps that matter for the participant's goals and plans development mostly through real work.",
  },
  {
    area: 'future_planning',
    researchType: 'Career Vision and Goal Planning',
    framework: 'Backcasting from a two-to-five-year vision to SMART goals',
    cues: [
      'future',
      'five years',
      '5 years',
      'next few years',
      'long-term',
      'long term',
      'vision',
      'aspiration',
      'where do i want',
      'goal',
      'plan',
    ],
    focusFallback: 'my career over the next few years',
    objectives: [
      'Articulate a concrete picture of {focus}',
      'Check the vision against my current situation, strengths and constraints',
      'Work back from the vision to milestones and first steps',
    ],
    approach: 'The conversation sketches the desired future first, then works backwards to milestones and the next concrete step.',
  },
  {
    area: 'current_assessment',
    researchType: 'Career Satisfaction Assessment',
    framework: 'Career satisfaction audit: a strengths, gaps and opportunities review of the current role',
    cues: ['satisf', 'current role', 'current job', 'happy', 'fulfil', 'engag', 'enjoy', 'right place', 'stay'],
    focusFallback: 'my current role',
    objectives: [
      'Assess how satisfied I am with {focus} and what drives that',
      'Identify the strengths I use and the gaps that limit my satisfaction',
      'Decide which changes within my control would matter most',
    ],
    approach:
      'The conversation starts from an honest rating of the present, then looks at strengths, gaps and the changes that would matter most.',
  },
];

/**
 * Picks the reflection area by cue counts: primary question counts double, title and goals once.
 * Falls back to a current-career assessment.
 */
export function classifyArea(primaryQuestion: string, secondary: string[]): AreaProfile {
  const primary = ` ${primaryQuestion.toLowerCase()} `;
  const rest = ` ${secondary.join(' \n ').toLowerCase()} `;
  let best = AREA_PROFILES[AREA_PROFILES.length - 1]!;
  let bestScore = 0;
  for (const profile of AREA_PROFILES) {
    const score = profile.cues.reduce((sum, cue) => sum + 2 * countCue(primary, cue) + countCue(rest, cue), 0);
    if (score > bestScore) {
      best = profile;
      bestScore = score;
    }
  }
  return best;
}

function countCue(text: string, cue: string): number {
  const escaped = cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.match(new RegExp(`(?<![a-z])${escaped}`, 'g'))?.length ?? 0;
}
