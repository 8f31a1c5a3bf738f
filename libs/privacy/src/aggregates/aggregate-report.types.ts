/** Counts for one theme within one group, computed from DISTINCT participants. */
export interface ThemeCounts {
  theme: string;
  participants: number;
  sentimentSum: number;
  sentimentCount: number;
}

/** Counts for one group (or the whole organisation) in one period. */
export interface GroupCounts {
  group: string;
  participants: number;
  satisfactionSum: number;
  satisfactionCount: number;
  themes: ThemeCounts[];
}

export interface SuppressionInput {
  /** Minimum number of distinct participants a shown cell must have (k). */
  threshold: number;
  organisation: GroupCounts;
  /** Departments or teams; each participant is in at most one. Empty when not grouped. */
  groups: GroupCounts[];
}

export interface ThemeCell {
  theme: string;
  participants: number;
  /** participants / group participants, 0..1. */
  share: number;
  averageSentiment: number | null;
}

export interface GroupRow {
  group: string;
  participants: number | null;
  averageSatisfaction: number | null;
  suppressed: boolean;
  /** Only the shown theme cells; hidden and empty cells are left out alike. */
  themes: ThemeCell[];
}

export interface SuppressedReport {
  organisation: GroupRow;
  groups: GroupRow[];
  /** Hidden group rows (1 each) plus hidden non-empty theme cells. */
  suppressedCells: number;
}
