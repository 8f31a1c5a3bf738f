import { describe, expect, it } from '@jest/globals';
import { findUnstorableText, isStorableText } from './storable-text.util.js';

describe('isStorableText', () => {
  it('accepts any well-formed text, emoji and other astral characters included', () => {
    for (const text of ['', 'plain', 'é ü 漢字', '😀 🧭', '\t\n\r', '\uD83D\uDE00']) expect(isStorableText(text)).toBe(true);
  });

  it('refuses NUL and lone surrogates, wherever they are', () => {
    for (const text of ['\u0000', 'a\u0000b', '\uD800', 'x\uDC00', '\uDE00\uD83D', 'ok \uD83D']) expect(isStorableText(text)).toBe(false);
  });
});

describe('findUnstorableText', () => {
  it('names the path of the first bad string in nested variables, never its value', () => {
    expect(findUnstorableText({ input: { title: 'fine', goals: ['a', 'b\u0000'] } }, 'variables')).toBe('variables.input.goals.1');
    expect(findUnstorableText({ email: 'a\uD800@example.test' }, 'variables')).toBe('variables.email');
    expect(findUnstorableText({ 'k\u0000': 'v' }, 'variables')).toBe('variables.<key>');
    expect(findUnstorableText({ n: 1, b: true, x: null, list: [[['deep']]] }, 'variables')).toBeNull();
    expect(findUnstorableText(undefined, 'variables')).toBeNull();
  });
});
