/**
 * 統計入力 rule: a part never exceeds its whole. A share over 100 % (more 入院時情報提供 than
 * admissions, more 第1号 certifications than 第1号被保険者, more home deaths than deaths) is a typing
 * slip or two figures of different years, and the indicator built on it would mislead.
 */
import { makeFinding } from '../../core/findings';
import type { StatisticsRow } from '../../sheets/rows';
import { headerOf, type SheetOutcome } from '../outcome';

type StatKey = Exclude<keyof StatisticsRow, '__row' | 'source'>;

/** Items whose sum must not exceed the whole, with the whole. */
const PARTS_OF_WHOLES: readonly (readonly [readonly StatKey[], StatKey])[] = [
  [['population65'], 'population'],
  [['population75'], 'population65'],
  [['careCertified'], 'insuredPrimary'],
  [['deathsAtHome', 'deathsAtNursingHome'], 'deaths'],
  [['admissionInfoProvided'], 'admittedClients'],
  [['dischargeAdjusted'], 'dischargedNeedingCare'],
];

export function checkStatistics(outcome: SheetOutcome): void {
  const values = outcome.values;
  const rowOf = outcome.layout?.columns;
  if (!values || !rowOf) return;
  for (const [parts, whole] of PARTS_OF_WHOLES) {
    const wholeValue = values[whole];
    const partValues = parts.map((k) => values[k]);
    if (typeof wholeValue !== 'number' || !partValues.every((v): v is number => typeof v === 'number')) continue;
    const sum = partValues.reduce((a, b) => a + b, 0);
    if (sum <= wholeValue) continue;
    const last = parts[parts.length - 1] as StatKey;
    const row = rowOf[last];
    if (row === undefined) continue;
    outcome.findings.push(
      makeFinding(outcome.tabName, { row, col: 1 }, headerOf(outcome, last), 'warning', 'rule.statPartExceedsWhole', {
        part: parts.map((k) => headerOf(outcome, k)).join('＋'),
        partValue: sum,
        whole: headerOf(outcome, whole),
        wholeValue,
      }),
    );
  }
}
