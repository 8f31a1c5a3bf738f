/**
 * Words that place an answer at work or outside it. Drift is only suspected when an answer is
 * about life outside work and says nothing of work.
 */
export const OFF_TOPIC =
  /\b(?:commute|commuting|train|traffic|running club|run club|marathon|gym|football|soccer|tennis|golf|cycling|weather|holiday|vacation|weekend|netflix|series|movie|film|recipe|cooking|garden|gardening|cat|dog|puppy|kitten|pet|wedding|party|concert|festival|shopping|groceries|podcast|game|gaming|hobby|hobbies)\b/i;

export const WORK =
  /\b(?:work|working|job|role|team|manager|boss|career|project|projects|skill|skills|colleague|colleagues|company|product|engineer|engineering|meeting|meetings|client|clients|customer|customers|promotion|salary|office|organisation|organization|stakeholder|stakeholders|deadline|pm|lead|leader|leadership|learn|learning|goal|goals|strength|strengths|feedback|mentor|workload|task|tasks|deliver|code|design|roadmap|sprint)\b/i;

/** An answer about life outside work that says nothing of work. */
export const aboutLifeOutsideWork = (text: string): boolean => OFF_TOPIC.test(text) && !WORK.test(text);
