import { describe, expect, it } from '@jest/globals';
import { withoutSafetyExchanges } from './safety-exchanges.util.js';

const turn = (id: string, role: 'INTERVIEWER' | 'PARTICIPANT', questionRef: string | null) => ({ id, role, questionRef });

describe('withoutSafetyExchanges', () => {
  it('drops the distressed answer, the support turn and the reply to it, and nothing else', () => {
    const turns = [
      turn('q1', 'INTERVIEWER', 'plan:current:0'),
      turn('a1', 'PARTICIPANT', 'plan:current:0'),
      turn('q2', 'INTERVIEWER', 'mandatory:0'),
      turn('a2', 'PARTICIPANT', 'mandatory:0'),
      turn('s1', 'INTERVIEWER', 'support:1'),
      turn('a3', 'PARTICIPANT', 'support:1'),
      turn('q3', 'INTERVIEWER', 'mandatory:1'),
      turn('a4', 'PARTICIPANT', 'mandatory:1'),
    ];
    expect(withoutSafetyExchanges(turns).map((t) => t.id)).toEqual(['q1', 'a1', 'q2', 'q3', 'a4']);
  });

  it('keeps an interview without support turns whole', () => {
    const turns = [turn('q1', 'INTERVIEWER', 'mandatory:0'), turn('a1', 'PARTICIPANT', 'mandatory:0'), turn('c', 'INTERVIEWER', 'closing')];
    expect(withoutSafetyExchanges(turns)).toEqual(turns);
  });
});
