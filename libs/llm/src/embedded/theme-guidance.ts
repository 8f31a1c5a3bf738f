import type { ActionCategory } from '../prompts/action-plan.schema.js';
import { fill } from './heuristic.util.js';

/** What the embedded model suggests when a theme comes up: as a gap, or as something to build on. */
export interface ThemeGuidance {
  category: ActionCategory;
  /** Opportunity when the theme is a concern. */
  opportunity: string;
  /** Opportunity when the theme is going well. */
  leverage: string;
  /** Imperative action title. */
  action: string;
  milestone: string;
  metric: string;
}

const GUIDANCE: Readonly<Record<string, ThemeGuidance>> = {
  mentorship: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Find a mentor or sponsor, inside or outside the organisation, who has made the move you are considering',
    leverage: 'Use the mentoring relationships you value to test your next career step',
    action: 'Line up two mentoring conversations with people whose careers you admire',
    milestone: 'two mentoring conversations held and notes written up',
    metric: 'A recurring mentor check-in is in the calendar and you leave each one with one concrete next step',
  },
  leadership: {
    category: 'OPPORTUNITY_CREATION',
    opportunity: 'Take on a scoped leadership responsibility, such as leading a project, onboarding a new hire or running a team ritual',
    leverage: 'Make the leadership you already show visible and ask for a bigger scope',
    action: 'Agree a concrete leadership stretch assignment with your manager',
    milestone: 'stretch assignment agreed, with scope and success criteria written down',
    metric: 'You have led the assignment end to end and received feedback from at least two people involved',
  },
  skill_development: {
    category: 'SKILL_DEVELOPMENT',
    opportunity: 'Close the one or two skill gaps that matter most for your next step',
    leverage: 'Deepen a strength into recognised expertise others can rely on',
    action: 'Pick one priority skill and build it through a real project',
    milestone: 'priority skill chosen and a practice project under way',
    metric: 'You can point to a piece of work that shows the new skill, confirmed by feedback',
  },
  career_progression: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Get clarity on the criteria for your next level and where you stand against them',
    leverage: 'Turn your momentum into an explicit promotion or progression case',
    action: 'Ask your manager for an explicit progression conversation against the level criteria',
    milestone: 'progression conversation held and gaps to the next level written down',
    metric: 'You have an agreed list of evidence needed for the next level and a review date',
  },
  recognition: {
    category: 'CAREER_POSITIONING',
    opportunity: 'Make your contributions more visible to the people who decide on opportunities',
    leverage: 'Share your results more widely so the recognition you get turns into opportunities',
    action: 'Start a monthly written update of your outcomes for your manager and stakeholders',
    milestone: 'first monthly update sent',
    metric: 'Updates sent every month and at least one stakeholder refers to your work unprompted',
  },
  compensation: {
    category: 'CAREER_POSITIONING',
    opportunity: 'Benchmark your pay against the market and prepare an evidence-based case',
    leverage: 'Keep your market value current so future negotiations start from evidence',
    action: 'Benchmark your compensation and prepare a pay conversation',
    milestone: 'benchmark gathered from at least three sources and a case drafted',
    metric: 'The pay conversation has taken place with a clear answer or a follow-up date',
  },
  work_life_balance: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Set boundaries around working hours that protect your energy without hurting your goals',
    leverage: 'Protect the routines that keep your balance healthy as responsibilities grow',
    action: 'Define two working-hours boundaries and agree them with your team',
    milestone: 'two boundaries agreed and tracked for two weeks',
    metric: 'Evenings or weekends worked fall to an agreed maximum for four consecutive weeks',
  },
  culture: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Work out which aspects of the culture you can influence and which are reasons to look elsewhere',
    leverage: 'Contribute to the parts of the culture you value, for example through onboarding or team practices',
    action: 'List which culture issues you can influence and raise one of them constructively',
    milestone: 'one culture issue raised with a proposal',
    metric: 'You have a clear view on whether the culture fits your values, written down with reasons',
  },
  manager_relationship: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Reset expectations with your manager about support, feedback and priorities',
    leverage: 'Use the trust with your manager to ask for sponsorship of your next step',
    action: 'Propose a regular one-to-one with an agenda covering feedback and development',
    milestone: 'regular one-to-one agreed with a shared agenda',
    metric: 'Three consecutive one-to-ones held, each ending with a development action',
  },
  purpose_impact: {
    category: 'OPPORTUNITY_CREATION',
    opportunity: 'Move toward work whose impact you care about, inside or outside your current role',
    leverage: 'Seek out more of the work that gives you a sense of purpose',
    action: 'Identify the work that feels most meaningful and negotiate more time for it',
    milestone: 'meaningful work identified and a proposal made to spend more time on it',
    metric: 'A larger share of your weekly time goes to work you rate as meaningful',
  },
  workload: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Bring workload back to a sustainable level by renegotiating priorities',
    leverage: 'Keep the habits that keep your workload manageable as scope grows',
    action: 'Map your current commitments and agree what to drop, delay or delegate',
    milestone: 'commitments mapped and at least one item dropped, delayed or delegated',
    metric: 'Weekly hours and deadline pressure are back to a level you rate as sustainable',
  },
  flexibility: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Negotiate the flexibility in location or schedule that fits your life',
    leverage: 'Use the flexibility you have to make room for development and recovery',
    action: 'Make a concrete proposal for the flexible working pattern you need',
    milestone: 'flexible-working proposal submitted',
    metric: 'An agreed working pattern is in place and reviewed after one month',
  },
  role_clarity: {
    category: 'CAREER_MANAGEMENT',
    opportunity: 'Clarify the scope and expectations of your role with your manager',
    leverage: 'Use your clear understanding of the role to take ownership of a wider scope',
    action: 'Write down your understanding of your role and review it with your manager',
    milestone: 'role summary reviewed and agreed with your manager',
    metric: 'You and your manager describe your top three responsibilities the same way',
  },
  learning: {
    category: 'SKILL_DEVELOPMENT',
    opportunity: 'Build a steady learning habit tied to the challenges you enjoy',
    leverage: 'Channel your appetite for learning into a visible area of expertise',
    action: 'Set up a weekly learning block linked to a current challenge',
    milestone: 'weekly learning block running for four weeks',
    metric: 'You have applied something new from your learning in real work at least twice',
  },
  team_dynamics: {
    category: 'CAREER_POSITIONING',
    opportunity: 'Strengthen working relationships in and around your team',
    leverage: 'Build on good team relationships to widen your network across the organisation',
    action: 'Have one-to-one conversations with three colleagues you work with most',
    milestone: 'three colleague conversations held',
    metric: 'Collaboration issues raised earlier are resolved or have an agreed way forward',
  },
};

const CATEGORY_CUES: Array<[ActionCategory, RegExp]> = [
  ['SKILL_DEVELOPMENT', /skill|learn|train|course|certif|practi[cs]e|study|expertise|technical/i],
  ['CAREER_POSITIONING', /visib|brand|reputation|network|profile|recogni|portfolio|linkedin|pay|salar|compensation|present/i],
  ['OPPORTUNITY_CREATION', /opportunit|project|stretch|volunteer|lead|apply|role|experiment|side|pilot|initiative/i],
];

/** Category for free text: first matching cue group, else career management. */
export function categoriseAction(text: string): ActionCategory {
  return CATEGORY_CUES.find(([, cue]) => cue.test(text))?.[0] ?? 'CAREER_MANAGEMENT';
}

/** Guidance for a taxonomy key; organisation-specific keys get wording built from their label. */
export function guidanceFor(key: string, label: string): ThemeGuidance {
  const known = Object.hasOwn(GUIDANCE, key) ? GUIDANCE[key] : undefined;
  if (known) return known;
  const topic = label.toLowerCase();
  return {
    category: categoriseAction(`${key} ${label}`),
    opportunity: fill('Improve how {topic} works for you by agreeing one concrete change', { topic }),
    leverage: fill('Build on what works well in {topic}', { topic }),
    action: fill('Agree one concrete change to {topic} with the people involved', { topic }),
    milestone: fill('one change to {topic} agreed', { topic }),
    metric: fill('You rate {topic} at least two points higher on a 1-10 scale', { topic }),
  };
}
