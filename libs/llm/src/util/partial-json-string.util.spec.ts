import { describe, expect, it } from '@jest/globals';
import { partialJsonString } from './partial-json-string.util.js';

describe('partialJsonString', () => {
  it('reads a string field as far as it has arrived', () => {
    expect(partialJsonString('{"move":"follow_up","acknowledgement":"You lead.","question":"What did you', 'question')).toBe(
      'What did you',
    );
    expect(partialJsonString('{"move":"follow_up","question":"What did you learn?","quote":null}', 'question')).toBe('What did you learn?');
  });

  it('is null until the field starts, and for a null value', () => {
    expect(partialJsonString('{"move":"follow_up","acknow', 'question')).toBeNull();
    expect(partialJsonString('{"move":"move_on","question":null', 'question')).toBeNull();
  });

  it('decodes escapes and leaves out one cut in half', () => {
    expect(partialJsonString('{"question":"Say \\"more\\"\\nplease \\u00e9', 'question')).toBe('Say "more"\nplease é');
    expect(partialJsonString('{"question":"Half \\', 'question')).toBe('Half ');
    expect(partialJsonString('{"question":"Half \\u00', 'question')).toBe('Half ');
  });

  it('does not take a key that only appears inside another string', () => {
    expect(partialJsonString('{"acknowledgement":"a \\"question\\": \\"no\\"","question":"Yes?"}', 'question')).toBe('Yes?');
  });
});
