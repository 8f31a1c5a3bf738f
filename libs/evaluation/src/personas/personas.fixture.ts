import type { ScriptedParticipant } from './scripted-participant.js';
import { CAREER_TEMPLATE, MOVE_TEMPLATE, NEW_PM_TEMPLATE } from './templates.fixture.js';

const SUPPORT_OFFER = /go on, take a break, or stop/i;

/** The people the interviewer is judged by: each one exercises a way real participants answer. */
export const PERSONAS: readonly ScriptedParticipant[] = [
  {
    name: 'long-answer engineer',
    description: "The seed's mid-level software engineer: long, detailed answers with feelings, examples and plans.",
    template: CAREER_TEMPLATE,
    traits: {},
    resumesAfterPause: false,
    script: {
      stages: [
        [
          "I'm a mid-level software engineer and honestly I feel stuck in my current role. I enjoy the technical challenges, but I'm frustrated by the lack of mentorship and leadership opportunities.",
          'Last month I redesigned our deployment pipeline and really enjoyed it, but nobody senior noticed, and there was no one to learn from afterwards.',
          'The deep technical problems give me energy; status meetings and unclear priorities drain it.',
          'It would take a lead who actually has time for one-to-ones.',
        ],
        [
          'Strong problem-solving and system design skills, and a natural teaching ability: junior developers often come to me when they are blocked.',
          'Colleagues come to me for architecture reviews and for help debugging production incidents, because I explain things calmly.',
          'I led the migration to the new message queue mostly on my own, and I mentored two juniors through their first on-call rotations.',
        ],
        [
          'I lack formal leadership experience. I have never managed people, run hiring, or presented to senior leadership.',
          'A mentor who has made the move to tech lead, and regular feedback on how I communicate with leadership, would help most.',
          'Probably practising presentations with someone senior watching.',
        ],
        [
          'My experience is in high-demand areas, cloud infrastructure and security, which fintech and healthtech companies are hiring for.',
          'Cloud architecture and security engineering keep becoming more valuable, especially with more regulation in finance and health.',
        ],
        [
          'I want to move towards team leadership and technical architecture rather than individual coding, ideally a lead engineer role at a growth-stage company with a mentorship culture.',
          'I would trade some salary for a culture that supports growth; meaningful impact on real products is non-negotiable for me.',
          'Realistic in twelve to eighteen months, if I get the leadership experience first.',
        ],
        [
          'I will enrol in an engineering leadership programme, start mentoring two junior developers properly, and get a cloud architecture certification.',
          'Time is the main obstacle. My partner and a former manager have offered to keep me accountable.',
          'Blocking Friday afternoons for learning.',
        ],
      ],
      rating: "I'd say a 5 out of 10 right now.",
      closing: 'Just that I want to keep doing hands-on architecture work whatever role I end up in.',
    },
    insights: {
      rating: 5,
      commitments: [/engineering leadership programme/i, /mentoring two junior developers/i, /cloud architecture certification/i],
      neverClaimed: [/\bthanks?\b/i],
      question: { ask: 'What did I say I would do next?', cites: [/leadership programme/i] },
    },
  },
  {
    name: 'terse answerer',
    description: 'Answers in a word or two and never volunteers more.',
    template: CAREER_TEMPLATE,
    traits: {},
    resumesAfterPause: false,
    script: {
      stages: [
        ['Fine.', 'Not much.', 'No idea.', 'Meetings.'],
        ['Debugging.', 'Dunno.', 'Not sure.'],
        ['Maybe.', 'No idea.', 'Nothing really.'],
        ['Not sure.', 'Same as always.'],
        ['A raise.', 'Probably.', 'No idea.'],
        ['Nothing.', 'No one.', 'Nope.'],
      ],
      rating: '6',
      closing: 'No.',
      fallback: 'No.',
    },
    insights: { rating: 6, neverClaimed: [/\bidea\b/i, /\bdunno\b/i, /^No\.?$/i] },
  },
  {
    name: 'drifting new product manager',
    description:
      'Six months into a product role: drifts to her commute and running club, then says she is burnt out and names what would help.',
    template: NEW_PM_TEMPLATE,
    traits: { drifts: true, distress: true, stops: true },
    resumesAfterPause: false,
    script: {
      stages: [
        [
          "It's going ok I guess. The commute is brutal though, an hour each way on the train, and I've been training with my running club for a half marathon in the spring.",
        ],
        ['Writing crisp problem statements is something I do well, and the engineers say my tickets are the clearest they get.'],
        ['Prioritising, I suppose.'],
        [],
        [],
        [],
      ],
      at: {
        2: "Honestly I'm completely burnt out. I sleep four hours a night, the workload is unmanageable and I can't keep going like this.",
        4: 'Having fewer parallel projects and being able to say no to some requests without feeling guilty.',
        5: "Some days I feel like I'm drowning and I can't cope with it all.",
        6: "I'm done for today.",
      },
      when: [[SUPPORT_OFFER, 'I think making the workload manageable would help most.']],
      rating: '4',
    },
    insights: { neverClaimed: [/commute|train|running club|half marathon/i, /burnt out|sleep|drowning/i] },
  },
  {
    name: 'low mood',
    description: 'Starts plainly, then says she has no strengths right now; wants to go on, gently.',
    template: CAREER_TEMPLATE,
    traits: { distress: true },
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'I work in customer support operations and I have been in the same role for four years.',
          'The people are nice but every week feels the same.',
        ],
        ["I don't feel like I have any strengths right now, honestly.", 'I suppose I am patient with difficult customers.'],
        ['Maybe learning to run the reporting side.', 'A course, if there is time.'],
        [],
        ['I would like to feel less tired at the end of the week.', 'Keeping my evenings free.'],
        ['Ask for one afternoon a week without tickets.', 'Talk to my team lead next week.'],
      ],
      when: [[SUPPORT_OFFER, "I'm okay, we can go on."]],
      rating: '3',
      closing: 'No, that is everything.',
    },
    insights: {
      rating: 3,
      commitments: [/afternoon a week without tickets/i, /team lead next week/i],
      neverClaimed: [/that is everything/i],
    },
  },
  {
    name: 'corrector',
    description: "Corrects the coach's assumption: the move into product management already happened six months ago.",
    template: MOVE_TEMPLATE,
    traits: { corrects: true },
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'Actually, I already moved into PM six months ago. What draws me is shaping what we build rather than only how.',
          'Talking to customers every week and turning what they say into a roadmap the team believes in.',
        ],
        [
          'My engineering background helps me spot technical risks early, and the team trusts my estimates.',
          'Engineers bring me trade-off decisions.',
        ],
        [
          'Saying no to stakeholders is still hard for me, and I over-prepare for roadmap reviews.',
          'Pairing with a senior PM on the next pricing project would help.',
        ],
        ['More companies want product managers who can read data and talk to engineers.'],
        ['I want to run a full discovery cycle on my own this year.', 'Leading a product area within two years.'],
        [
          'Book a monthly session with our head of product and shadow two customer interviews a week.',
          'My head of product has offered to help.',
        ],
      ],
      rating: '7 out of 10',
      closing: 'Nothing else, thank you.',
    },
    insights: { rating: 7, commitments: [/discovery cycle/i], neverClaimed: [/thank you/i] },
  },
  {
    name: 'stopper',
    description: 'Answers two questions, then wants to wrap up.',
    template: CAREER_TEMPLATE,
    traits: { stops: true },
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'I like my team and the product, but I have been doing the same kind of work for three years.',
          'Mostly the planning side, I enjoy figuring out how the pieces fit together.',
        ],
      ],
      at: { 2: "Can we wrap this up? I'm done for today.", 3: 'Hello?' },
    },
  },
  {
    name: 'skipper',
    description: 'Skips two questions ("pass", "I\'d rather not say") and answers the rest.',
    template: CAREER_TEMPLATE,
    traits: { skips: true },
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'I lead a small data team and I mostly enjoy it, although hiring has been slow.',
          'Interviewing candidates takes most of my Fridays.',
        ],
        ['pass', 'Building dashboards that people actually use, and explaining statistics to non-specialists.'],
        ['More experience with stakeholder management at director level.', "I'd rather not say."],
        ['I see more demand for analytics engineers who can also model the business.'],
        ['Lead a larger analytics group within two years.', 'Time with my family is non-negotiable.'],
        ['Ask for a quarterly review with my manager and take a course on data modelling.', 'My manager, if I ask.'],
      ],
      rating: '7',
      closing: 'No, thanks.',
    },
  },
  {
    name: 'planner',
    description: 'Talks mostly in plans and dates: "I will…", "next quarter…", "by the end of January".',
    template: CAREER_TEMPLATE,
    traits: { plans: true },
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'I am a senior backend engineer and mostly satisfied. I will ask my director for a mentor before the next promotion cycle.',
          'Next quarter I plan to join the architecture review board.',
        ],
        [
          'I am good at untangling legacy systems; I rewrote our billing service last year.',
          'Colleagues ask me about database performance.',
        ],
        ['I need to get better at writing design documents that executives read.', 'Feedback on my writing from a staff engineer.'],
        ['More companies want engineers who understand cost, not just code.'],
        [
          'In two years I would like to be a staff engineer.',
          'I am going to propose that I own the cost-reduction project for our cloud bill.',
        ],
        [
          'I want to hand over the deployment tool to the platform team by the end of January.',
          'I plan to present at our engineering all-hands in March.',
        ],
      ],
      rating: 'about 7 out of 10',
      closing: 'No, that covers it.',
    },
    insights: {
      rating: 7,
      commitments: [
        /ask my director for a mentor/i,
        /architecture review board/i,
        /own the cost-reduction project/i,
        /hand over the deployment tool/i,
        /present at our engineering all-hands/i,
      ],
      neverClaimed: [/that covers it/i],
      question: {
        ask: 'What did I say I would do before the next promotion cycle?',
        cites: [/ask my director for a mentor/i, /architecture review board/i],
      },
    },
  },
  {
    name: 'bare rating',
    description: 'Gives a bare "5" to the rating question and short, plain answers otherwise.',
    template: CAREER_TEMPLATE,
    traits: {},
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'I am an accountant in a mid-size firm and the work is steady but repetitive.',
          'The month-end close is predictable, and I like helping new joiners.',
        ],
        ['I am thorough and people trust my numbers.', 'They ask me to check complicated reconciliations.'],
        ['I would like to learn more about financial planning and analysis.', 'A mentor from the FP&A team.'],
        ['Automation is taking over a lot of bookkeeping.'],
        ['Move into an FP&A role within two years.', 'Stability matters, I would not take a big pay cut.'],
        ['Take the modelling course and ask to join the budget process.', 'My manager supports it.'],
      ],
      rating: '5',
      closing: 'No.',
    },
    insights: { rating: 5, commitments: [/modelling course/i] },
  },
  {
    name: 'non-native speaker',
    description: 'Clear meaning in non-native English grammar.',
    template: CAREER_TEMPLATE,
    traits: {},
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'I am working as tester since three years. My team lead is not giving me much feedback.',
          'I like the team but the work is every time the same.',
        ],
        [
          'I like to automate the tests, this is my strong point. Also I am helping the new colleagues.',
          'The developers ask me how to reproduce the difficult bugs.',
        ],
        [
          'I want to learn more about performance testing and also speak better in the meetings.',
          'If my team lead gives me feedback every two weeks, it will help me a lot.',
        ],
        ['Many companies search testers who can write code, so this is good for me.'],
        ['In three years I want to be test automation lead.', 'Learning is important for me, more than money.'],
        [
          'I will make a course for performance testing and ask my lead for one-to-one meetings.',
          'My colleague Ana can help me, she did this before.',
        ],
      ],
      rating: '6 from 10',
      closing: 'No, this is all. Thank you.',
    },
    insights: { rating: 6, commitments: [/performance testing/i, /one-to-one meetings/i], neverClaimed: [/thank you/i] },
  },
  {
    name: 'at risk',
    description: 'Discloses a risk to life early; must get crisis resources first and a paused session.',
    template: CAREER_TEMPLATE,
    traits: { crisis: true },
    resumesAfterPause: false,
    script: { stages: [['Things have been really bad. Some days I feel like I do not want to be here anymore.']] },
  },
  {
    name: 'clarifier',
    description: 'Asks what a question means, then answers the plainer version.',
    template: CAREER_TEMPLATE,
    traits: { asksMeaning: true },
    resumesAfterPause: false,
    script: {
      stages: [
        [
          'I am fairly satisfied. The role is stable and I like my colleagues, but I want more responsibility.',
          'Planning releases and coordinating across teams.',
        ],
        ['People say I stay calm when things go wrong.', 'They come to me when a release is in trouble.'],
        ['I would like to learn budgeting and how to manage a bigger team.', 'A manager who gives me stretch assignments.'],
        ['Program management roles seem to be growing.'],
        ['Become a program manager within two years.', 'Not moving cities is non-negotiable.'],
        ['Ask for the next cross-team program and take a budgeting course.', 'My manager and a friend who is a program manager.'],
      ],
      at: { 0: 'What do you mean?' },
      rating: '6',
      closing: 'No.',
    },
  },
  {
    name: 'pauser',
    description: 'Asks for a break after two answers, comes back later and finishes.',
    template: CAREER_TEMPLATE,
    traits: { pauses: true },
    resumesAfterPause: true,
    script: {
      stages: [
        [
          'I manage the office and the facilities budget for a company of two hundred people.',
          'Sorting out problems before anyone notices them.',
        ],
        ['I am organised and calm under pressure.', 'People come to me for anything to do with suppliers.'],
        ['I would like to get a project management qualification.', 'Time off for studying would help.'],
        ['Hybrid work is changing what offices are for.'],
        ['Run workplace operations for a larger company.', 'Flexible hours matter to me.'],
        ['Enrol in the course this spring.', 'My manager has offered to help.'],
      ],
      at: { 2: 'Can we take a break and continue later?' },
      rating: '7',
      closing: 'No, thank you.',
    },
  },
];
