import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from './configuration.error.js';
import { mailConfig, summaryLinkFor } from './mail.config.js';

describe('mailConfig: the summary link', () => {
  it("defaults to the app's reflection page", () => {
    const config = mailConfig.load({ PUBLIC_APP_URL: 'https://app.example.com/' });
    expect(summaryLinkFor(config, 's-1')).toBe('https://app.example.com/reflections/s-1');
  });

  it("follows the deployment's template, with the session id filled in", () => {
    const config = mailConfig.load({ SUMMARY_LINK_URL: 'https://coach.example.com/app#/summary/{sessionId}?from=email' });
    expect(summaryLinkFor(config, '3f1c')).toBe('https://coach.example.com/app#/summary/3f1c?from=email');
  });

  it.each(['https://coach.example.com/summary', 'javascript:alert({sessionId})', 'not a url {sessionId}'])('refuses %s', (value) => {
    expect(() => mailConfig.load({ SUMMARY_LINK_URL: value })).toThrow(ConfigurationError);
  });
});
