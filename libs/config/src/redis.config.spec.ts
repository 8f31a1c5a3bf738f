import { describe, expect, it } from '@jest/globals';
import { ConfigurationError } from './configuration.error.js';
import { redisConfig } from './redis.config.js';

describe('redisConfig: the queue prefix', () => {
  it('defaults to one derived from the database name, so two databases never share queues', () => {
    expect(redisConfig.load({}).queuePrefix).toBe('waypoint-waypoint');
    const a = redisConfig.load({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/waypoint_staging' }).queuePrefix;
    const b = redisConfig.load({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/waypoint_demo' }).queuePrefix;
    expect(a).toBe('waypoint-waypoint_staging');
    expect(b).toBe('waypoint-waypoint_demo');
  });

  it('keeps only safe characters of an unusual database name', () => {
    expect(redisConfig.load({ DATABASE_URL: 'postgres://h/my%20db.v2' }).queuePrefix).toBe('waypoint-my_db_v2');
  });

  it('an explicit QUEUE_PREFIX wins, and a bad one is named', () => {
    expect(redisConfig.load({ DATABASE_URL: 'postgres://h/other', QUEUE_PREFIX: 'shared' }).queuePrefix).toBe('shared');
    expect(() => redisConfig.load({ QUEUE_PREFIX: 'has space' })).toThrow(ConfigurationError);
  });
});
