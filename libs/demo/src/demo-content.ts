/** The coach's templates: the first is the one the participants reflect with. */
export const DEMO_TEMPLATES = [
  {
    title: 'Quarterly career check-in',
    primaryQuestion: 'How satisfied am I with where my career is heading, and what would help me grow next quarter?',
    goals: ['Assess current career satisfaction and identify growth opportunities'],
    mandatoryQuestions: ['What are my core strengths in my current role?', 'What do I want to be doing in two years?'],
    personal: false,
  },
  {
    title: 'Leadership growth reflection',
    primaryQuestion: 'Where am I growing as a leader, and where do I want support?',
    goals: ['Notice leadership strengths and gaps', 'Choose one leadership habit to practise'],
    personal: false,
  },
];

const CLOSING = 'Nothing more to add on that, thank you.';

/** Each participant's answers, in order; the interviewer's later questions get the closing line. */
export const DEMO_ANSWERS: string[][] = [
  [
    "I'm a mid-level software engineer and I feel a bit stuck. I'd rate my satisfaction 5 out of 10.",
    'I enjoy the technical challenges, but I am frustrated by the lack of mentorship and leadership opportunities on my team.',
    'My strengths are problem-solving, system design and explaining designs to junior developers.',
    'The biggest gap is leadership experience: I have never led a team or presented to senior leadership.',
    'In two years I want to be a tech lead, and I plan a leadership course and a cloud certification this year.',
  ],
  [
    "Honestly it's going well, I'd say 8 out of 10. I like my team and the product we build.",
    'My strength is debugging hard production problems calmly; people call me when incidents happen.',
    'My workload is heavy with long hours during releases, which drains me.',
    'I want more learning: a conference and a training course on distributed systems would help me grow.',
    'In two years I would like to be a staff engineer working on architecture.',
  ],
  [
    "I'd rate my satisfaction 6 out of 10. The mobile work is interesting but priorities change every week.",
    'My strengths are user empathy and careful testing; designers like working with me.',
    'Unclear priorities and too many meetings drain my energy.',
    'I need regular feedback from my manager and a mentor who has grown into product leadership.',
    'In two years I want to lead the mobile team, so I will ask to run the next release.',
  ],
  [
    "Things are fine, 7 out of 10. I recently moved into the mobile team and I'm still learning.",
    'My strength is learning quickly and asking good questions.',
    'The gap is confidence when presenting my work to senior leadership.',
    'A mentor and some training on presenting would help me most.',
    'In two years I want to own a feature area end to end.',
  ],
  [
    "I'd say 4 out of 10 right now. My workload is heavy and targets keep rising.",
    'My strength is building relationships with customers; they trust me.',
    'Long hours and travel drain me, and my work-life balance suffers.',
    'I need support from my manager to prioritise accounts and some recognition for the deals I close.',
    'In two years I want to move into a sales leadership role with a healthier balance.',
  ],
  [
    'Pretty good, 7 out of 10. I closed two large deals this quarter.',
    'My strengths are negotiation and preparing carefully for every meeting.',
    'The gap is product knowledge: I need training on the technical side of what we sell.',
    'A mentor from the product team and a training course would help.',
    'In two years I want to lead key accounts in a new region.',
  ],
];

export const closingAnswer = (answers: string[], turn: number): string => answers[turn] ?? CLOSING;
