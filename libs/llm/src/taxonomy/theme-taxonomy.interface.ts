/** One codable theme: `key` is what summaries store, `label` and `keywords` are what text is matched on. */
export interface ThemeTaxonomyEntry {
  readonly key: string;
  readonly label: string;
  readonly keywords?: readonly string[];
}
