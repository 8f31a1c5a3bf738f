import { Visibility } from '#common';
import type { TemplateContentInput } from '../content/template-content.js';

export interface StarterTemplate {
  /** Stable id of the starter within an organisation (unique per organisation). */
  key: string;
  content: TemplateContentInput;
}

const WELCOME =
  'Time to reflect on your career journey, assess your current situation, and plan your professional future. ' +
  'This conversation will help you organize your thoughts about career satisfaction, growth opportunities, and strategic next steps.';

const CLOSING = {
  text: 'Excellent reflection! Use these insights to create your career development plan and identify specific next steps',
  url: null,
};

const shared = {
  welcomeMessage: WELCOME,
  closingCta: CLOSING,
  sendSummaryEmail: true,
  requireSignIn: true,
  defaultVisibility: Visibility.PRIVATE,
  estimatedMinutes: 45,
};

/** Ready-made career reflections every organisation starts with; admins may adapt them. */
export const STARTER_TEMPLATES: readonly StarterTemplate[] = [
  {
    key: 'career-assessment',
    content: {
      ...shared,
      title: 'Career Development Assessment',
      primaryQuestion:
        'How satisfied am I with my current career trajectory, and what changes would align better with my goals and values?',
      goals: [
        'Assess current career satisfaction and identify growth opportunities',
        'Name the strengths and unique value I bring to my role',
        'Understand what gives me energy at work and what drains it',
      ],
      mandatoryQuestions: [
        "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
        'What are my core strengths and unique value proposition in my current field and role?',
        'What aspects of my work give me the most energy and satisfaction versus what drains or frustrates me?',
      ],
    },
  },
  {
    key: 'skills-and-growth',
    content: {
      ...shared,
      title: 'Skills and Growth Analysis',
      primaryQuestion: 'What are my career strengths, gaps, and opportunities, and how should I prioritize my professional development?',
      goals: [
        'Take stock of recently developed skills and the capabilities still to build',
        'Find the patterns in the feedback I have received',
        'Decide which development priorities best position me for the opportunities I want',
      ],
      mandatoryQuestions: [
        'What skills have I developed recently, and what capabilities do I need to build for my career goals?',
        'What feedback have I received about my performance, and what patterns do I notice in my development areas?',
        'How do my current skills and experience position me for the opportunities I want to pursue?',
      ],
    },
  },
  {
    key: 'future-planning',
    content: {
      ...shared,
      title: 'Professional Growth Planning',
      primaryQuestion:
        'How can I reflect on my career development, skills, and growth opportunities to make informed decisions about my professional future?',
      goals: [
        'Set realistic career goals for the next 2-5 years',
        'Explore the industries, roles or paths I am curious about',
        'Clarify the trade-offs I accept and my non-negotiable priorities',
      ],
      mandatoryQuestions: [
        'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
        'What industries, roles, or career paths am I curious about, and what would it take to explore or transition into them?',
        'What trade-offs am I willing to make for career advancement, and what are my non-negotiable priorities?',
      ],
      estimatedMinutes: 60,
    },
  },
];
