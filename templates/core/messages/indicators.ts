/** Japanese/English texts of the indicator catalogue's finding codes. */
export const INDICATOR_MESSAGES = {
  'indicator.unknownId': {
    ja: '指標ID「{value}」は指標シートにありません。指標シートの指標ID（例: P01）を入力してください。',
    en: 'Indicator id "{value}" is not on the indicator sheet; use an id such as P01.',
  },
  'indicator.duplicateTarget': {
    ja: '指標ID「{value}」は{firstRow}行目でも使われています。目標には最初の行の値を使います。',
    en: 'Indicator id "{value}" is also used in row {firstRow}; the first row\'s target is used.',
  },
  'indicator.targetMissing': {
    ja: '指標ID「{value}」の目標値が空欄です。達成の判定をするには目標値を入力してください。',
    en: 'Indicator id "{value}" has no target value, so achievement cannot be judged.',
  },
  'indicator.noDirection': {
    ja: '指標「{value}」は増減のよしあしを決めていないため、達成は判定しません（目標値は表示します）。',
    en: 'Indicator "{value}" has no better direction, so achievement is not judged (the target is still shown).',
  },
} as const;
