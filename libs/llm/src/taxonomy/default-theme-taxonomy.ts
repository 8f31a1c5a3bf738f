import type { ThemeTaxonomyEntry } from './theme-taxonomy.interface.js';

/**
 * Themes used to code interviews when an organisation has not defined its own. Keywords are matched
 * as whole words (plural forms folded, so "mentor" also finds "mentors"); keep them specific enough
 * that a single word is real evidence of the theme. Management terms are phrases, so a mention of
 * one's manager stays out of leadership.
 */
const ENTRIES: ThemeTaxonomyEntry[] = [
  {
    key: 'mentorship',
    label: 'Mentorship',
    keywords: ['mentor', 'mentorship', 'mentoring', 'sponsor', 'coaching', 'guidance', 'role model'],
  },
  {
    key: 'leadership',
    label: 'Leadership',
    keywords: [
      'leadership',
      'lead a',
      'lead the',
      'to lead',
      'leading',
      'leader',
      'manage people',
      'managing people',
      'people manager',
      'people management',
      'engineering management',
      'management role',
      'become a manager',
      'become a team lead',
      'be a team lead',
      'team lead role',
      'tech lead role',
      'to tech lead',
      'to team lead',
      'direct reports',
    ],
  },
  {
    key: 'skill_development',
    label: 'Skill development',
    keywords: ['skill', 'skills', 'upskill', 'capability', 'expertise', 'certification', 'technical depth'],
  },
  {
    key: 'career_progression',
    label: 'Career progression',
    keywords: ['promotion', 'promoted', 'career path', 'progression', 'advancement', 'next level', 'career growth', 'stuck', 'plateau'],
  },
  {
    key: 'recognition',
    label: 'Recognition',
    keywords: [
      'recognition',
      'recognised',
      'recognized',
      'appreciated',
      'valued',
      'credit',
      'visibility',
      'visible',
      'unnoticed',
      'nobody noticed',
      'no one noticed',
      'noticed',
    ],
  },
  {
    key: 'compensation',
    label: 'Compensation',
    keywords: ['salary', 'pay', 'compensation', 'bonus', 'raise', 'equity', 'underpaid', 'benefits'],
  },
  {
    key: 'work_life_balance',
    label: 'Work-life balance',
    keywords: ['work-life balance', 'balance', 'burnout', 'burned out', 'overtime', 'evenings', 'weekends', 'family time', 'exhausted'],
  },
  {
    key: 'culture',
    label: 'Culture',
    keywords: ['culture', 'values', 'politics', 'toxic', 'inclusive', 'psychological safety', 'environment'],
  },
  {
    key: 'manager_relationship',
    label: 'Relationship with manager',
    keywords: ['my manager', 'my boss', 'line manager', 'supervisor', 'one-on-one', '1:1', 'micromanage', 'feedback from my manager'],
  },
  {
    key: 'purpose_impact',
    label: 'Purpose and impact',
    keywords: ['purpose', 'impact', 'meaningful', 'meaning', 'mission', 'make a difference', 'fulfilling', 'fulfilment'],
  },
  {
    key: 'workload',
    label: 'Workload',
    keywords: [
      'workload',
      'too much work',
      'overloaded',
      'deadline',
      'stretched',
      'capacity',
      'long hours',
      'parallel projects',
      'too many projects',
    ],
  },
  {
    key: 'flexibility',
    label: 'Flexibility',
    keywords: ['flexibility', 'flexible', 'remote', 'hybrid', 'work from home', 'working from home', 'schedule', 'part-time'],
  },
  {
    key: 'role_clarity',
    label: 'Role clarity',
    keywords: ['role clarity', 'unclear', 'expectations', 'responsibilities', 'scope', 'ambiguous', 'job description'],
  },
  {
    key: 'learning',
    label: 'Learning',
    keywords: ['learn', 'learning', 'training', 'course', 'study', 'studying', 'curious', 'conference', 'certification', 'qualification'],
  },
  {
    key: 'team_dynamics',
    label: 'Team dynamics',
    keywords: [
      'teammates',
      'peers',
      'collaboration',
      'conflict',
      'coworkers',
      'team dynamics',
      'team culture',
      'my team are',
      'the team is',
    ],
  },
];

export const DEFAULT_THEME_TAXONOMY: readonly ThemeTaxonomyEntry[] = Object.freeze(
  ENTRIES.map((entry) => Object.freeze({ ...entry, keywords: Object.freeze([...(entry.keywords ?? [])]) })),
);
