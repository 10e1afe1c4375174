/**
 * 年間事業計画 (D-05, D-12, D-14): per activity what, when (a ○ per month, April → March),
 * how many times, who, target, indicator and review (PDCA).
 */
import { defineSheet } from '../spec/types';
import { ACTIVITIES, EVALUATIONS, PLAN_PROGRESS, SCENES_WITH_COMMON } from './vocabulary';

/** Keys of the twelve month columns, in fiscal order (April first). */
export const PLAN_MONTH_KEYS = ['m04', 'm05', 'm06', 'm07', 'm08', 'm09', 'm10', 'm11', 'm12', 'm01', 'm02', 'm03'] as const;

const month = <K extends (typeof PLAN_MONTH_KEYS)[number]>(key: K) => {
  const m = Number(key.slice(1));
  return { key, header: `${m}月`, label: `Month ${m}`, type: 'boolean', width: 4, group: '実施月', hint: `${m}月に実施予定なら○` } as const;
};

export const planSheet = defineSheet({
  kind: 'table',
  id: 'plan',
  name: '年間事業計画',
  nameEn: 'Annual plan',
  aliases: ['事業計画', '年間計画'],
  version: 1,
  description: '事業項目ごとの実施内容・時期・回数・役割分担・目標と評価（PDCA）',
  idColumn: 'id',
  requirements: ['D-05', 'D-12', 'D-14'],
  columns: [
    { key: 'id', header: '計画ID', label: 'Plan id', type: 'id', required: true, width: 10, hint: '例: PL01' },
    { key: 'activity', header: '事業項目', label: 'Activity', type: 'enum', values: ACTIVITIES, required: true, width: 22, hint: '（ア）〜（ク）または独自の取組' },
    { key: 'item', header: '取組', label: 'Item', type: 'text', required: true, width: 28, hint: '例: 多職種連携会議の開催' },
    { key: 'scene', header: '場面', label: 'Scene', type: 'enum', values: SCENES_WITH_COMMON, width: 14, hint: '4つの場面または共通' },
    { key: 'goal', header: '目標', label: 'Goal', type: 'text', width: 28, hint: '達成したい状態' },
    { key: 'indicatorId', header: '指標ID', label: 'Indicator id', type: 'text', width: 12, hint: '指標シートの指標ID（例: P01）。実績と比較します' },
    { key: 'targetValue', header: '目標値', label: 'Target value', type: 'decimal', width: 8, hint: '指標の目標値' },
    month('m04'), month('m05'), month('m06'), month('m07'), month('m08'), month('m09'),
    month('m10'), month('m11'), month('m12'), month('m01'), month('m02'), month('m03'),
    { key: 'plannedCount', header: '予定回数', label: 'Planned count', type: 'integer', min: 0, max: 999, width: 8, hint: '年間の予定回数' },
    { key: 'owner', header: '担当・役割分担', label: 'Owner / roles', type: 'text', width: 20, hint: '例: 町（事務局）・医師会（講師）' },
    { key: 'contractor', header: '委託先', label: 'Contractor', type: 'text', width: 14, hint: '委託している場合の委託先' },
    { key: 'progress', header: '進捗', label: 'Progress', type: 'enum', values: PLAN_PROGRESS, width: 8, hint: '未着手／実施中／完了／中止' },
    { key: 'evaluation', header: '評価', label: 'Evaluation', type: 'enum', values: EVALUATIONS, width: 6, hint: 'A（達成）／B（一部達成）／C（未達成）' },
    { key: 'improvement', header: '改善（Act）', label: 'Improvement (Act)', type: 'text', width: 28, hint: '次年度に向けた改善' },
  ],
});
