import type { SuppressionReason } from '../suppression/suppression-reason.enum.js';
import type { ReportGrouping } from './report-params.util.js';

/** A shown theme cell: at least the threshold of distinct participants raised the theme. */
export interface ThemeCell {
  theme: string;
  label: string;
  participants: number;
  /** participants / group participants, 0..1. */
  share: number;
  averageSentiment: number | null;
}

/** A theme cell hidden although enough participants raised it (a complement, or for differencing). */
export interface HiddenThemeCell {
  theme: string;
  label: string;
  suppressionReason: SuppressionReason;
}

/** Participants' own ratings (estimated false) or estimates from their answers (estimated true), never blended. */
export interface SatisfactionCell {
  estimated: boolean;
  participants: number | null;
  average: number | null;
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
}

export interface ReportGroup {
  /** "organisation", or the names of the group's department and/or team ("Ops / Red"). */
  group: string;
  department: string | null;
  team: string | null;
  participants: number | null;
  /** Own ratings only. */
  averageSatisfaction: number | null;
  suppressed: boolean;
  suppressionReason: SuppressionReason | null;
  satisfaction: SatisfactionCell[];
  themes: ThemeCell[];
  hiddenThemes: HiddenThemeCell[];
}

/** Noise added to the released figures, and what it spends on one participant. */
export interface ReportNoise {
  mechanism: string;
  /** Per released figure. */
  epsilon: number;
  /** The most the figures of this report spend on one participant. */
  reportEpsilon: number;
  /** The most all figures HR can request for the period spend on one participant. */
  periodEpsilon: number;
}

export interface ReportRequest {
  period: string;
  groupBy: ReportGrouping | null;
  department: string | null;
  team: string | null;
}

export interface DevelopmentThemesReport extends ReportRequest {
  threshold: number;
  /** The total (organisation, or the filtered group) first, then its groups by name. */
  groups: ReportGroup[];
  /** Hidden rows, hidden satisfaction cells of shown rows, and listed hidden theme cells. */
  suppressedCells: number;
  noise: ReportNoise | null;
}
