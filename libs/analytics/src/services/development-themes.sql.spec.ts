import { describe, expect, it } from '@jest/globals';
import { developmentThemesSql } from './development-themes.sql.js';
import { readable } from './theme-label.util.js';

describe('developmentThemesSql', () => {
  it('reads only the organisation total when not grouped', () => {
    const sql = developmentThemesSql(null);
    expect(sql).toContain('GROUPING SETS (())');
    expect(sql).toContain('GROUPING SETS ((t.theme_key))');
    expect(sql).not.toContain('btrim(m.department)');
  });

  it('adds the grouping column from a fixed list', () => {
    expect(developmentThemesSql('department')).toContain(`GROUPING SETS ((), (nullif(btrim(m.department), '')))`);
    expect(developmentThemesSql('team')).toContain(`(t.theme_key, nullif(btrim(m.team), ''))`);
  });

  it('counts only active members who have not opted out', () => {
    const sql = developmentThemesSql('team');
    expect(sql).toContain('WHERE m.organisation_id = $1 AND m.removed_at IS NULL AND m.aggregate_consent');
    expect(sql.match(/JOIN counted m ON m\.id = /g)).toHaveLength(2);
  });
});

describe('readable', () => {
  it('turns a theme key into words', () => {
    expect(readable('work_life_balance')).toBe('Work life balance');
  });
});
