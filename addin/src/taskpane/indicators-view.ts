/** The 指標 screen: every computed indicator as a table (id, name, value, unit, target, 達成). */
import type { IndicatorResult } from '../../../templates/indicators/compute';
import { uiText, type UiLang } from '../../../templates/host/texts';
import { h } from './dom';

function number(n: number | null, lang: UiLang): string {
  return n === null ? '—' : n.toLocaleString(lang === 'ja' ? 'ja-JP' : 'en-US', { maximumFractionDigits: 1 });
}

export function indicatorTable(results: readonly IndicatorResult[], lang: UiLang): HTMLElement {
  const col = (key: 'id' | 'name' | 'value' | 'unit' | 'target' | 'achieved') => h('th', { scope: 'col' }, uiText(`indicators.col.${key}`, lang));
  const rows = results.map((r) =>
    h(
      'tr',
      {},
      h('td', {}, r.id),
      h('td', {}, r.name),
      h('td', { class: 'num' }, number(r.value, lang)),
      h('td', { class: 'unit' }, r.unit),
      h('td', { class: 'num' }, number(r.target, lang)),
      h('td', { class: 'met' }, r.achieved || '—'),
    ),
  );
  return h(
    'div',
    { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-label': uiText('cmd.indicators', lang) },
    h('table', { class: 'indicators' }, h('thead', {}, h('tr', {}, col('id'), col('name'), col('value'), col('unit'), col('target'), col('achieved'))), h('tbody', {}, ...rows)),
  );
}
