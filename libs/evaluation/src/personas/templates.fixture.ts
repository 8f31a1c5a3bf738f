/** The templates scripted participants are interviewed with. */
export interface EvalTemplate {
  title: string;
  primaryQuestion: string;
  goals: string[];
  mandatoryQuestions: string[];
  maxTurns: number;
  maxMinutes: number;
}

/** The seed's career development assessment, with its three recommended mandatory questions. */
export const CAREER_TEMPLATE: EvalTemplate = {
  title: 'Career Development Assessment',
  primaryQuestion: 'How can I assess my career satisfaction and identify the best path for professional growth and advancement?',
  goals: ['Assess current career satisfaction and identify growth opportunities'],
  mandatoryQuestions: [
    "How satisfied am I with my current role, responsibilities, and career trajectory? What's working well and what's not?",
    'What are my core strengths and unique value proposition in my current field and role?',
    'What career goals and aspirations do I have for the next 2-5 years, and how realistic are they given my current situation?',
  ],
  maxTurns: 60,
  maxMinutes: 90,
};

/** A reflection about a move the coach assumed is still ahead. */
export const MOVE_TEMPLATE: EvalTemplate = {
  title: 'Moving into product management',
  primaryQuestion: 'Should I move from engineering into product management?',
  goals: ['Decide whether a move into product management fits my strengths', 'Plan the first steps of the transition'],
  mandatoryQuestions: ['What draws me to product management?'],
  maxTurns: 50,
  maxMinutes: 60,
};

/** A participant who has already moved, writing their own reflection. */
export const NEW_PM_TEMPLATE: EvalTemplate = {
  title: 'My first months as a product manager',
  primaryQuestion: 'I moved into product management six months ago: how do I grow in this role?',
  goals: ['Understand what is going well in the new role', 'Choose what to learn next'],
  mandatoryQuestions: [],
  maxTurns: 50,
  maxMinutes: 60,
};
