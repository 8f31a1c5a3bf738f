import { describe, expect, it } from '@jest/globals';
import { PasswordHasher } from './password-hasher.service.js';

describe('PasswordHasher (argon2 native binding)', () => {
  const hasher = new PasswordHasher();

  it('hashes with argon2id and verifies only the right password', async () => {
    const hash = await hasher.hash('a-long-password');
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    await expect(hasher.verify(hash, 'a-long-password')).resolves.toBe(true);
    await expect(hasher.verify(hash, 'another-password')).resolves.toBe(false);
  });

  it('answers false for an unknown account, after the same work', async () => {
    await expect(hasher.verify(undefined, 'a-long-password')).resolves.toBe(false);
  });
});
