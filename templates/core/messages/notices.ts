/** Japanese/English texts of the mail-merge (notices) finding codes. */
export const NOTICE_MESSAGES = {} as const;
