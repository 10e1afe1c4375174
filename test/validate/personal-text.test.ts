import { caseIdLooksLikeName, containsPhoneNumber, personalNameHint } from '../../templates/validate/personal-text';

describe('personal names in case notes (D-19)', () => {
  test.each([
    '山田太郎さんの退院調整について',
    '田中様より相談',
    '本日、鈴木さまから電話あり',
    '患者：ヤマダハナコさん',
    '氏名：佐藤一郎',
    '患者名 高橋',
    '退院後中村氏の訪問診療先を探している',
    '利用者 山田 花子 の件',
    '山田花子が来所',
    '伊藤から連絡あり',
    'タケシくんのご家族',
    '佐々木ちゃん',
  ])('flags %s', (text) => {
    expect(personalNameHint(text)).not.toBeNull();
  });

  test.each([
    'Ｙさんの退院調整について',
    'Aさん（80代男性）',
    'ケアマネさんから相談',
    'ケアマネジャーさんと調整',
    '訪問看護師さんに連絡',
    '長男さんが来所',
    '息子さんと同居',
    'ご家族様へ説明',
    'ご本人様の希望',
    '主治医の先生と相談',
    '包括さんと同行訪問',
    '○○病院さんに紹介',
    '佐藤医院を紹介',
    '中村区の事業所',
    '医療的ケアに対応できる通所先を探している',
    '氏名は記載しない',
    '家族の様子を確認',
    'ヘルパーさん調整',
    '',
  ])('does not flag %s', (text) => {
    expect(personalNameHint(text)).toBeNull();
  });

  test('the hint never contains the matched name', () => {
    const hint = personalNameHint('山田太郎さんの件') as string;
    expect(hint).not.toContain('山田');
    expect(hint).not.toContain('太郎');
  });
});

describe('phone numbers in case notes', () => {
  test.each(['娘さん 090-1234-5678 に連絡', '自宅０３（１２３４）５６７８', '連絡先09012345678', '0123-45-6789まで'])('flags %s', (text) => {
    expect(containsPhoneNumber(text)).toBe(true);
  });
  test.each(['2025-05-20 受付', 'ケースID 2025-017', '0120', '090-1234', '012345678901234', '要介護3、85歳'])('does not flag %s', (text) => {
    expect(containsPhoneNumber(text)).toBe(false);
  });
});

describe('case ids', () => {
  test.each([['2025-017', false], ['C-0001', false], ['YT-80', false], ['山田', true], ['山田太郎', true], ['田中さん', true], ['佐藤01', true]])(
    '%s looks like a name: %s',
    (id, expected) => {
      expect(caseIdLooksLikeName(id as string)).toBe(expected);
    },
  );
});
