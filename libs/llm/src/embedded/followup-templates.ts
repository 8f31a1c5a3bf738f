/**
 * Interviewer-voice follow-up templates for the embedded model, one list per need so that a
 * repeated need can fall through to an alternate wording. `{phrase}` is a phrase from the
 * participant's last answer, `{topic}` the rating topic of the stage, `{stage}` the stage title.
 */
export const FOLLOWUP_TEMPLATES = {
  probe_vague: [
    'You mentioned "{phrase}". Could you say more about what that looks like for you day to day?',
    'What do you mean by "{phrase}", in your own words?',
    'Could you tell me more about "{phrase}" and why it matters to you?',
    'What is behind "{phrase}" for you? How did it come about?',
  ],
  probe_vague_general: [
    'Could you say a little more about that? What does it look like in practice?',
    'What would help me understand that better: what is a typical situation like?',
    'Which part of that feels most important to you, and why?',
  ],
  ask_example: [
    'Can you think of a specific, recent example of "{phrase}"? What happened?',
    'When did you last experience "{phrase}"? Walk me through that situation.',
    'Could you describe one concrete moment that shows "{phrase}" in action?',
  ],
  ask_example_general: [
    'Can you think of a specific, recent situation that illustrates this? What happened?',
    'Could you walk me through one concrete example from the last few months?',
    'What is one moment from your recent work that captures this well?',
  ],
  explore_positive: [
    'What is it about "{phrase}" that gives you energy?',
    'When "{phrase}" goes well, what makes it work for you?',
    'How could you get more of what you value in "{phrase}"?',
  ],
  explore_negative: [
    'What makes "{phrase}" frustrating for you, and what would need to change?',
    'How does "{phrase}" affect your energy and motivation day to day?',
    'If "{phrase}" improved, what would be different for you?',
  ],
  explore_mixed: [
    'How do you feel about "{phrase}": which parts energise you and which parts drain you?',
    'What feelings come up when you think about "{phrase}"?',
    'What would make "{phrase}" feel more rewarding for you?',
  ],
  ask_rating: [
    'On a scale of 1 to 10, how satisfied are you with {topic}, and what makes it that number?',
    'On a scale of 1 to 10, how satisfied are you with {topic}? What would move it up by one point?',
    'If you rated {topic} from 1 to 10, where would it be today, and why?',
  ],
} as const;

export const CLOSING_FALLBACKS = [
  'Looking at {stage}, what else feels important that we have not covered yet?',
  'Is there anything about {stage} that you would like to add or look at from a different angle?',
  'What stands out most to you about {stage} so far, and why?',
];
