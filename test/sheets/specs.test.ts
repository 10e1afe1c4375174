/** The sheet specs are consistent data: unique keys and headers, Japanese labels, valid refs, and the columns the issue requires. */
import { SHEETS, getSheet, sheetForTabName } from '../../templates/sheets/registry';
import { PLAN_MONTH_KEYS } from '../../templates/sheets/plan';
import { PROFESSION_SIDES, PROFESSION_SIDE_NAMES, PROFESSIONS, RESOURCE_CATEGORIES, FISCAL_MONTHS } from '../../templates/sheets/vocabulary';
import { rowSchema } from '../../templates/spec/schema';
import type { ColumnSpec, SheetSpec } from '../../templates/spec/types';

const SPECS = SHEETS as readonly SheetSpec[];
const JAPANESE = /[\u3040-\u30ff\u3400-\u9fff]/;

const keysOf = (spec: SheetSpec) => spec.columns.map((c) => c.key);
const column = (spec: SheetSpec, key: string): ColumnSpec => {
  const c = spec.columns.find((x) => x.key === key);
  if (!c) throw new Error(`${spec.id} has no column ${key}`);
  return c;
};

describe.each(SPECS.map((s) => [s.name, s] as const))('%s', (_name, spec) => {
  it('has unique keys and unique headers', () => {
    expect(new Set(keysOf(spec)).size).toBe(spec.columns.length);
    expect(new Set(spec.columns.map((c) => c.header)).size).toBe(spec.columns.length);
  });

  it('has Japanese headers and hints, English labels and positive widths', () => {
    for (const c of spec.columns) {
      expect({ key: c.key, header: JAPANESE.test(c.header) }).toEqual({ key: c.key, header: true });
      expect({ key: c.key, hint: c.hint.trim().length > 0 }).toEqual({ key: c.key, hint: true });
      expect(c.label.trim().length).toBeGreaterThan(0);
      expect(c.width).toBeGreaterThan(0);
      expect(c.key).toMatch(/^[a-z][A-Za-z0-9]*$/);
    }
    expect(JAPANESE.test(spec.name)).toBe(true);
    expect(spec.description.length).toBeGreaterThan(0);
  });

  it('gives enum and multiEnum columns distinct values, and values only to them', () => {
    for (const c of spec.columns) {
      if (c.type === 'enum' || c.type === 'multiEnum') {
        expect(c.values?.length ?? 0).toBeGreaterThan(1);
        expect(new Set(c.values).size).toBe(c.values?.length);
        // 、 separates multi-values in a cell, so no value may contain it.
        if (c.type === 'multiEnum') for (const v of c.values ?? []) expect(v).not.toContain('、');
      } else {
        expect({ key: c.key, values: c.values }).toEqual({ key: c.key, values: undefined });
      }
    }
  });

  it('points every ref at an existing table sheet with an id column', () => {
    for (const c of spec.columns.filter((x) => x.type === 'ref')) {
      expect(c.ref).toBeDefined();
      const target = getSheet(c.ref?.sheet ?? 'settings');
      expect(target.kind).toBe('table');
      const idColumn = target.kind === 'table' ? target.idColumn : undefined;
      expect(idColumn).toBeDefined();
      expect(column(target, idColumn as string).type).toBe('id');
    }
    for (const c of spec.columns) if (c.type !== 'ref') expect(c.ref).toBeUndefined();
  });

  it('has a version ≥ 1 and no column introduced after it', () => {
    expect(Number.isInteger(spec.version) && spec.version >= 1).toBe(true);
    for (const c of spec.columns) if (c.since !== undefined) expect(c.since).toBeLessThanOrEqual(spec.version);
  });

  it('has aliases that never collide with another column header or alias', () => {
    const owner = new Map<string, string>();
    for (const c of spec.columns) owner.set(c.header, c.key);
    for (const c of spec.columns) {
      for (const a of c.aliases ?? []) {
        const prev = owner.get(a);
        expect({ alias: a, of: c.key, clashesWith: prev !== undefined && prev !== c.key ? prev : null }).toEqual({ alias: a, of: c.key, clashesWith: null });
        owner.set(a, c.key);
      }
    }
  });

  it('has a unique, required id column of type id when it is a table', () => {
    if (spec.kind !== 'table') return;
    expect(spec.idColumn).toBeDefined();
    const id = column(spec, spec.idColumn as string);
    expect(id.type).toBe('id');
    expect(id.required).toBe(true);
    expect(spec.columns[0]?.key).toBe(spec.idColumn);
  });

  it('keeps bounds and lengths sensible', () => {
    for (const c of spec.columns) {
      if (c.min !== undefined && c.max !== undefined) expect(c.min).toBeLessThanOrEqual(c.max);
      if (c.maxLength !== undefined) expect(c.maxLength).toBeGreaterThan(0);
      if (c.personal) expect(c.type).toBe('text');
      if (c.publicField !== undefined) expect(spec.id).toBe('resources');
    }
  });

  it('builds a row schema that accepts an all-blank optional row and rejects a missing required value', () => {
    const schema = rowSchema(spec);
    const blank: Record<string, unknown> = { __row: 2 };
    for (const c of spec.columns) blank[c.key] = null;
    const requiredKeys = spec.columns.filter((c) => c.required).map((c) => c.key);
    const res = schema.safeParse(blank);
    expect(res.success).toBe(requiredKeys.length === 0);
    if (!res.success) expect(res.error.issues.map((i) => i.path[0]).sort()).toEqual([...requiredKeys].sort());
  });

  it('serves at least one domain requirement', () => {
    expect(spec.requirements.length).toBeGreaterThan(0);
    for (const r of spec.requirements) expect(r).toMatch(/^D-\d{2}$/);
  });
});

describe('the registry', () => {
  it('has unique sheet ids, names and aliases that do not clash with other sheets', () => {
    expect(new Set(SPECS.map((s) => s.id)).size).toBe(SPECS.length);
    const names = new Map<string, string>();
    for (const s of SPECS) {
      for (const n of [s.name, ...(s.aliases ?? [])]) {
        expect({ n, clash: names.get(n) ?? null }).toEqual({ n, clash: null });
        names.set(n, s.id);
      }
    }
    for (const s of SPECS) expect(sheetForTabName(` ${s.name} `)?.id).toBe(s.id);
    expect(sheetForTabName('存在しないシート')).toBeUndefined();
  });

  it('has settings and statistics as keyValue sheets and all others as tables', () => {
    expect(SPECS.filter((s) => s.kind === 'keyValue').map((s) => s.id).sort()).toEqual(['settings', 'statistics']);
  });
});

describe('columns the issue requires', () => {
  it('資源リスト: the categories of the vocabulary incl. 介護医療院 and 認知症対応型共同生活介護', () => {
    const categories = column(getSheet('resources'), 'category').values ?? [];
    expect(categories).toEqual(RESOURCE_CATEGORIES);
    for (const c of ['病院', '診療所', '歯科診療所', '薬局', '訪問看護ステーション', '居宅介護支援事業所', '地域包括支援センター', '介護医療院', '認知症対応型共同生活介護']) {
      expect(categories).toContain(c);
    }
  });

  it('資源リスト: basic info, consent and freshness (D-01…D-03)', () => {
    const keys = keysOf(getSheet('resources'));
    for (const k of ['name', 'address', 'phone', 'fax', 'hours', 'departments', 'liaisonName', 'disclosure', 'consentDate', 'lastVerified', 'careServices']) {
      expect(keys).toContain(k);
    }
    expect(column(getSheet('resources'), 'lastVerified').type).toBe('date');
    expect(column(getSheet('resources'), 'disclosure').values).toContain('住民にも公開');
  });

  it('関係者名簿: every profession maps to 医療系/介護系/行政/その他 and every side is used', () => {
    const professions = column(getSheet('contacts'), 'profession').values ?? [];
    expect(professions).toEqual(PROFESSIONS);
    const sides = new Set(professions.map((p) => PROFESSION_SIDES[p as keyof typeof PROFESSION_SIDES]));
    expect([...sides].sort()).toEqual([...PROFESSION_SIDE_NAMES].sort());
    for (const p of professions) expect(PROFESSION_SIDE_NAMES).toContain(PROFESSION_SIDES[p as keyof typeof PROFESSION_SIDES]);
    const keys = keysOf(getSheet('contacts'));
    for (const k of ['email', 'fax', 'postalCode', 'address', 'preferredChannel', 'isManager']) expect(keys).toContain(k);
  });

  it('会議・研修記録 / 出席者: date, type, scenes, topics with 災害対策, officials, invitations and attendance', () => {
    const events = getSheet('events');
    for (const k of ['date', 'type', 'agenda', 'scenes', 'topics', 'managersAttended', 'minutes', 'residentCount']) expect(keysOf(events)).toContain(k);
    expect(column(events, 'topics').values).toContain('災害対策');
    for (const k of ['eventId', 'contactId', 'invited', 'attended', 'noticeStatus']) expect(keysOf(getSheet('attendees'))).toContain(k);
  });

  it('相談記録: what D-08 lists, with personal free text marked', () => {
    const c = getSheet('consultations');
    for (const k of ['receivedDate', 'channel', 'requesterProfession', 'requesterOrgId', 'category', 'scene', 'response', 'referralId', 'closedDate', 'linkedHoukatsu', 'caseId', 'ageBand']) {
      expect(keysOf(c)).toContain(k);
    }
    expect(column(c, 'summary').personal).toBe(true);
    expect(column(c, 'response').personal).toBe(true);
  });

  it('課題・対応策: importance, priority, type and countermeasure (D-04)', () => {
    for (const k of ['issueType', 'importance', 'priority', 'countermeasure', 'status']) expect(keysOf(getSheet('issues'))).toContain(k);
  });

  it('年間事業計画: activities (ア)〜(ク) and twelve month columns in fiscal order', () => {
    const plan = getSheet('plan');
    expect(column(plan, 'activity').values?.slice(0, 8).map((v) => v.slice(0, 3))).toEqual(['（ア）', '（イ）', '（ウ）', '（エ）', '（オ）', '（カ）', '（キ）', '（ク）']);
    const months = plan.columns.filter((c) => c.group === '実施月');
    expect(months.map((c) => c.key)).toEqual([...PLAN_MONTH_KEYS]);
    expect(months.map((c) => c.header)).toEqual(FISCAL_MONTHS.map((m) => `${m}月`));
    for (const k of ['indicatorId', 'targetValue', 'plannedCount', 'owner', 'contractor', 'progress', 'evaluation', 'improvement']) expect(keysOf(plan)).toContain(k);
  });

  it('設定 and 統計入力: fiscal year, 団体コード, and the outcome statistics', () => {
    expect(column(getSheet('settings'), 'fiscalYear').type).toBe('fiscalYear');
    expect(column(getSheet('settings'), 'lgCode').type).toBe('lgCode');
    for (const k of ['population', 'population65', 'deaths', 'deathsAtHome']) expect(keysOf(getSheet('statistics'))).toContain(k);
  });
});
