/** Japanese/English texts of the findings on the disaster and (ウ) scheme registers (issue 13). */
export const REGISTER_MESSAGES = {
  'rule.staleRegister': { ja: '最終確認日 {value} から12か月以上たっています。番号・数量・状況を確かめて更新してください。', en: 'Last verified {value}, over 12 months ago; please re-check this entry.' },
  'rule.samePairInstitution': { ja: '主治医と副主治医が同じ医療機関（{value}）です。別の医療機関を選んでください。', en: 'Primary and secondary are the same institution ({value}).' },
  'rule.treeNoTarget': { ja: '関係者IDか資源IDのどちらかを入力してください（だれに連絡するかが分かりません）。', en: 'Give a contact id or a resource id (who is to be called?).' },
  'rule.alternateIsSelf': { ja: '代替の関係者が本人と同じです。別の関係者を選んでください。', en: 'The alternate is the same person.' },
  'rule.notVisitingService': { ja: '資源ID「{value}」（{category}）は訪問系サービスではありません。BCP策定率は訪問系サービスの数で割るため、この行が「策定済」だと率が実際より高くなります。訪問系サービス以外の行は消すか、資源IDを見直してください。', en: 'Resource "{value}" ({category}) is not a home-visiting service. The BCP rate divides by visiting services, so a 策定済 row here inflates it; remove the row or correct the id.' },
  'rule.notMedicalInstitution': { ja: '資源ID「{value}」（{category}）は病院・診療所ではありません。医療機関の資源IDを入力してください。', en: 'Resource "{value}" ({category}) is not a hospital or clinic.' },
} as const;
