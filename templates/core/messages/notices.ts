/** Japanese/English texts of the mail-merge (notices) finding codes. */
export const NOTICE_MESSAGES = {
  // Templates (通知テンプレート)
  'notice.templateNotFound': { ja: 'テンプレートID「{value}」が通知テンプレートにありません。', en: 'Template id "{value}" is not in the notice templates.' },
  'notice.unknownPlaceholder': { ja: '「{column}」の差し込み項目 {{{name}}} は使えません。使える項目: {allowed}', en: 'Placeholder {{{name}}} in "{column}" is not allowed. Allowed: {allowed}' },
  'notice.unbalancedBraces': { ja: '「{column}」の波かっこ {{ }} の対応が取れていません（{snippet}）。', en: 'Unbalanced {{ }} braces in "{column}" ({snippet}).' },
  'notice.fullWidthBraces': { ja: '「{column}」に全角の波かっこ「{snippet}」があります。差し込みには半角の {{ }} を使ってください。', en: 'Full-width braces "{snippet}" in "{column}"; placeholders need ASCII {{ }}.' },
  // Event and sender
  'notice.eventNotFound': { ja: '会議ID「{value}」が会議・研修記録にありません。', en: 'Event id "{value}" is not in the meetings sheet.' },
  'notice.noInvitees': { ja: '会議「{value}」に招待（○）の出席者がいません。', en: 'Event "{value}" has no invited attendees.' },
  'notice.missingEventValue': { ja: '{{{name}}} に入る「{column}」が空欄のため、{count}件の通知を作成できません。', en: '{{{name}}} needs "{column}", which is blank; {count} notice(s) were not created.' },
  'notice.missingSettings': { ja: '設定シートがないため、差出人・連絡先などの差し込み項目を作成できません。', en: 'No settings sheet: sender and contact placeholders cannot be filled.' },
  'notice.noSenderAddress': { ja: '設定に差出人のメールアドレスがありません。メールの差出人（From）は送信するアカウントで補ってください。', en: 'No sender e-mail in settings; the From header is left to the sending account.' },
  // Recipients
  'notice.missingRecipientValue': { ja: '「{recipient}」あての通知: {{{name}}} に入る「{column}」が空欄のため作成しませんでした。', en: 'Notice for "{recipient}": {{{name}}} needs "{column}", which is blank; not created.' },
  'notice.contactNotFound': { ja: '関係者ID「{value}」が関係者名簿にないため、通知を作成できません。', en: 'Contact id "{value}" is not in the contacts sheet; no notice.' },
  'notice.noChannel': { ja: '「{recipient}」にはメールアドレス・FAX番号・住所のいずれもないため、通知を送れません。', en: '"{recipient}" has no e-mail, FAX or postal address; no notice can be sent.' },
  'notice.channelUnavailable': { ja: '「{recipient}」の通知方法「{channel}」に必要な連絡先がないため、「{used}」で通知します。', en: '"{recipient}": channel {channel} has no address; {used} is used instead.' },
  'notice.invalidEmail': { ja: '「{recipient}」のメールアドレス「{value}」は形式が正しくないため使いません。', en: '"{recipient}": e-mail "{value}" is malformed and is not used.' },
  'notice.mergedAddress': { ja: '同じメールアドレス {value} の{count}名（{names}）には1通にまとめて送ります。', en: '{count} recipients share {value} ({names}); one message is sent to all.' },
  'notice.inDoubt': { ja: '「{recipient}」への通知（{messageId}）は送信中に中断された可能性があります。送信済みか確認し、通知状況を直してください（再送は強制指定で）。', en: 'Notice to "{recipient}" ({messageId}) may have been interrupted mid-send. Check and correct the status (use force to resend).' },
  'notice.followUp': { ja: '{count}名には前回「{previous}」の通知を出しています。今回の「{template}」は追加の通知として送ります。', en: '{count} recipient(s) already got notice "{previous}"; "{template}" goes out as a follow-up.' },
  'notice.draftNotSent': { ja: '「{recipient}」には下書きを作成済みのため送信しません（送信するには強制指定、または通知状況を空欄に）。', en: '"{recipient}" already has a draft; not sent (use force or clear the status).' },
  // Scheduling warnings
  'notice.weekend': { ja: '開催日 {date} は{weekday}曜日です。', en: 'The meeting date {date} is a {weekdayEn}.' },
  'notice.holiday': { ja: '開催日 {date} は祝日（{holiday}）です。', en: 'The meeting date {date} is a public holiday ({holiday}).' },
  'notice.holidayUnknown': { ja: '開催日 {date} の祝日は確認できません（祝日データは{lastYear}年まで）。', en: 'Cannot check holidays for {date} (data ends in {lastYear}).' },
  'notice.yearEnd': { ja: '開催日 {date} は年末年始（12月29日〜1月3日）の閉庁期間です。', en: 'The meeting date {date} falls in the year-end closure (Dec 29 – Jan 3).' },
  'notice.deadlineYearEnd': { ja: '回答期限 {deadline} は年末年始（12月29日〜1月3日）の閉庁期間で、返信を受け付けられません。', en: 'Reply deadline {deadline} falls in the year-end closure (Dec 29 – Jan 3), when no one can take replies.' },
  'notice.deadlineClosedDay': { ja: '回答期限 {deadline} は{reason}で役場が閉まっています。その前の平日にすると、期限の日に返信を受け取れます。', en: 'Reply deadline {deadline} is {reasonEn}, when the town hall is closed; the workday before lets you receive replies on the day.' },
  'notice.pastEvent': { ja: '開催日時 {date} は現在（{now}）より前です。', en: 'The meeting ({date}) is before now ({now}).' },
  'notice.deadlineAfterEvent': { ja: '回答期限 {deadline} が開催日 {date} より後です。', en: 'Reply deadline {deadline} is after the meeting date {date}.' },
  'notice.deadlinePassed': { ja: '回答期限 {deadline} はすでに過ぎています（現在 {now}）。', en: 'Reply deadline {deadline} has passed (now {now}).' },
  // Delivery
  'notice.deliveryFailed': { ja: '「{recipient}」への送信に失敗しました: {error}', en: 'Sending to "{recipient}" failed: {error}' },
} as const;
