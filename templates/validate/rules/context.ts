/** What domain rules may know beyond the sheet they check. */
export interface RuleContext {
  /** Today in Asia/Tokyo, 'YYYY-MM-DD'. */
  readonly today: string;
}
