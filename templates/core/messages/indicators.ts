/** Japanese/English texts of the indicator catalogue's finding codes. */
export const INDICATOR_MESSAGES = {} as const;
