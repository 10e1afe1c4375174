/**
 * 関係者名簿 of a sample town: people at the town's resources (profession follows the kind of
 * workplace) plus the 役場, 医師会 and 保健所; ~70 % reachable by e-mail, most others by FAX,
 * a few by post only, and a few entries addressed to an organisation (御中).
 */
import type { ContactRow, ResourceRow } from '../sheets/rows';
import type { Profession, ResourceCategory } from '../sheets/vocabulary';
import { exactIndices, idMaker, type GenContext } from './context';
import { GIVEN_NAMES, SURNAMES } from './names';
import type { Rng } from './prng';

/** Shares of how contacts can be reached (the rest has a postal address only). */
export const EMAIL_SHARE = 0.7;
export const FAX_ONLY_SHARE = 0.25;

const PROFESSIONS_AT: Readonly<Record<ResourceCategory, readonly Profession[]>> = {
  病院: ['医師', '看護師', '社会福祉士・MSW', 'リハ職', '管理栄養士'],
  有床診療所: ['医師', '看護師'],
  診療所: ['医師', '医師', '看護師'],
  歯科診療所: ['歯科医師', '歯科衛生士'],
  薬局: ['薬剤師'],
  訪問看護ステーション: ['看護師', '看護師', 'リハ職'],
  // Since 2021 a 居宅介護支援事業所 is run by a 主任介護支援専門員 (its 管理者), who is often the
  // office's contact for the town (half of the listed people here).
  居宅介護支援事業所: ['介護支援専門員', '主任介護支援専門員'],
  地域包括支援センター: ['主任介護支援専門員', '保健師', '社会福祉士・MSW', '介護支援専門員'],
  訪問介護: ['介護福祉士', '介護職員・訪問介護員'],
  通所介護: ['介護福祉士', '看護師', '生活相談員'],
  夜間対応型訪問介護: ['介護福祉士', '介護職員・訪問介護員'],
  '定期巡回・随時対応型訪問介護看護': ['介護福祉士', '看護師'],
  訪問入浴介護: ['介護職員・訪問介護員', '看護師'],
  訪問リハビリテーション: ['リハ職'],
  地域密着型通所介護: ['介護福祉士', '生活相談員'],
  認知症対応型通所介護: ['介護福祉士', '生活相談員'],
  通所リハビリテーション: ['リハ職', '介護福祉士'],
  短期入所生活介護: ['介護福祉士', '生活相談員'],
  短期入所療養介護: ['看護師', '介護福祉士'],
  小規模多機能型居宅介護: ['介護支援専門員', '介護福祉士'],
  看護小規模多機能型居宅介護: ['看護師', '介護支援専門員'],
  福祉用具貸与・販売: ['その他'],
  介護老人保健施設: ['医師', '看護師', 'リハ職', '介護福祉士', '介護支援専門員'],
  介護老人福祉施設: ['介護福祉士', '介護支援専門員', '看護師', '生活相談員'],
  介護医療院: ['医師', '看護師', '介護福祉士'],
  地域密着型介護老人福祉施設: ['介護福祉士', '介護支援専門員'],
  認知症対応型共同生活介護: ['介護福祉士', '介護支援専門員'],
  特定施設入居者生活介護: ['介護福祉士', '看護師'],
  有料老人ホーム・サービス付き高齢者向け住宅: ['その他'],
  '相談支援事業所（障害福祉）': ['社会福祉士・MSW'],
  その他: ['その他'],
};

const TITLES_BY_PROFESSION: Partial<Record<Profession, readonly string[]>> = {
  医師: ['院長', '副院長', '医長'],
  歯科医師: ['院長'],
  薬剤師: ['管理薬剤師'],
  看護師: ['看護師長', '管理者', '主任'],
  介護支援専門員: ['管理者'],
  主任介護支援専門員: ['管理者'],
  行政職員: ['係長', '課長補佐', '主査'],
};

/** Organisations outside the resource list that every town's roster has. */
function outsideOrganisations(townName: string): readonly { name: string; professions: readonly Profession[] }[] {
  return [
    { name: `${townName}役場 福祉課`, professions: ['行政職員', '行政職員', '保健師'] },
    { name: `${townName}社会福祉協議会`, professions: ['社会福祉士・MSW', '介護支援専門員', '相談支援専門員', 'その他'] },
    { name: '郡医師会', professions: ['医師', 'その他'] },
    { name: '郡歯科医師会', professions: ['歯科医師'] },
    { name: '郡薬剤師会', professions: ['薬剤師'] },
    { name: '県保健所 地域保健課', professions: ['保健師', '行政職員', '精神保健福祉士'] },
    { name: '広域消防本部 救急課', professions: ['消防・救急'] },
  ];
}

function kanaOf(surnameKana: string, givenKana: string): string {
  return `${surnameKana}　${givenKana}`;
}

/** Contact rows; about four in five belong to a resource of the list. */
export function generateContacts(ctx: GenContext, resources: readonly ResourceRow[]): ContactRow[] {
  const { rng, directory, town } = ctx;
  const n = ctx.size.contacts;
  const id = idMaker('P', 3, n);
  const outside = outsideOrganisations(town.townName);
  const townHall = directory.address();
  const townHallPhone = directory.phone();
  const townHallFax = directory.faxFor(townHallPhone);
  const withEmail = exactIndices(rng, n, EMAIL_SHARE);
  const rows: ContactRow[] = new Array(n);
  let faxOnlyLeft = Math.round(n * FAX_ONLY_SHARE);
  for (let i = 0; i < n; i++) {
    const fromResource = resources.length > 0 && (i < 4 ? false : rng.chance(0.8));
    // The first contacts are the town's own staff and the medical association, so small towns have them.
    const org = fromResource ? null : (outside[i < 4 ? i : rng.int(0, outside.length - 1)] as (typeof outside)[number]);
    const res = fromResource ? rng.pick(resources) : null;
    const profession: Profession = res ? rng.pick(PROFESSIONS_AT[res.category]) : rng.pick((org as (typeof outside)[number]).professions);
    const addressedToOrganisation = i >= 4 && !res && profession === 'その他' && rng.chance(0.5);
    const [surname, surnameKana, romaji] = rng.pick(SURNAMES);
    const [given, givenKana] = rng.pick(GIVEN_NAMES);
    const hasEmail = withEmail.has(i);
    const hasFax = hasEmail ? rng.chance(0.5) : faxOnlyLeft-- > 0;
    const fax = hasFax ? (res?.fax ?? (res ? directory.faxFor(res.phone) : townHallFax)) : null;
    const isManager = profession === '行政職員' ? rng.chance(0.5) : rng.chance(0.2);
    const titles = TITLES_BY_PROFESSION[profession];
    const organisationName = res ? null : (org as (typeof outside)[number]).name;
    rows[i] = {
      __row: i + 2,
      id: id(i + 1),
      name: addressedToOrganisation ? `${organisationName} 事務局` : `${surname}　${given}`,
      kana: addressedToOrganisation ? null : kanaOf(surnameKana, givenKana),
      organisationId: res ? res.id : null,
      organisation: organisationName,
      title: titles && (isManager || rng.chance(0.3)) ? rng.pick(titles) : null,
      profession,
      isManager: addressedToOrganisation ? null : isManager,
      email: hasEmail ? directory.email(`${romaji}.`) : null,
      fax,
      phone: res ? res.phone : townHallPhone,
      postalCode: res ? res.postalCode : townHall.postalCode,
      address: res ? res.address : townHall.local,
      preferredChannel: preferredChannel(rng, hasEmail, hasFax),
      honorific: addressedToOrganisation ? '御中' : profession === '医師' || profession === '歯科医師' ? (rng.chance(0.5) ? '先生' : null) : null,
      note: rng.chance(0.05) ? rng.pick(['会議は夕方希望', '代理出席あり', '研修講師']) : null,
    };
  }
  return rows;
}

function preferredChannel(rng: Rng, hasEmail: boolean, hasFax: boolean): ContactRow['preferredChannel'] {
  if (!hasEmail && !hasFax) return '郵送';
  if (rng.chance(0.6)) return rng.chance(0.5) ? '指定なし' : null;
  return hasEmail ? 'メール' : 'FAX';
}
