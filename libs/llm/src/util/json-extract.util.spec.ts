import { describe, expect, it } from '@jest/globals';
import { extractJsonObject } from './json-extract.util.js';

describe('extractJsonObject', () => {
  it('parses plain JSON', () => {
    expect(extractJsonObject('{"a": 1}')).toEqual({ a: 1 });
  });

  it('unwraps ```json fences and ignores surrounding prose', () => {
    expect(extractJsonObject('Here you go:\n```json\n{"a": [1, 2]}\n```\nHope that helps!')).toEqual({ a: [1, 2] });
  });

  it('takes the first complete object after leading prose, honouring braces inside strings', () => {
    expect(extractJsonObject('Result {not json} then {"text": "a } and { inside", "n": {"m": 2}} trailing {"b": 1}')).toEqual({
      text: 'a } and { inside',
      n: { m: 2 },
    });
  });

  it('handles escaped quotes', () => {
    expect(extractJsonObject('{"q": "say \\"hi\\" {"}')).toEqual({ q: 'say "hi" {' });
  });

  it('returns undefined when there is no complete object', () => {
    expect(extractJsonObject('no json here')).toBeUndefined();
    expect(extractJsonObject('{"question": "What do you')).toBeUndefined();
  });
});
