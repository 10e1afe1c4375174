/** 共有ツール利用状況 of a sample town: which resources use the region's sharing tools (D-07). */
import type { ResourceRow, SharingAdoptionRow } from '../sheets/rows';
import type { ResourceCategory } from '../sheets/vocabulary';
import { isoOf } from './calendar';
import { idMaker, type GenContext } from './context';
import { SHARING_TOOLS } from './names';

/** Chance that a resource of the category has registered for a tool. */
const ADOPTION_CHANCE: Partial<Record<ResourceCategory, number>> = {
  病院: 0.8,
  診療所: 0.35,
  歯科診療所: 0.15,
  薬局: 0.3,
  訪問看護ステーション: 0.8,
  居宅介護支援事業所: 0.7,
  地域包括支援センター: 1,
  訪問介護: 0.3,
  通所介護: 0.2,
  介護老人保健施設: 0.5,
  介護老人福祉施設: 0.4,
};

/** Adoption rows (one per resource and tool) plus the ids currently using a tool. */
export function generateSharingAdoption(ctx: GenContext, resources: readonly ResourceRow[]): { rows: SharingAdoptionRow[]; activeUsers: Set<string> } {
  const { rng, today, town } = ctx;
  const adopters = resources.filter((r) => rng.chance(ADOPTION_CHANCE[r.category] ?? 0.1));
  const id = idMaker('S', 3, adopters.length);
  const rows: SharingAdoptionRow[] = [];
  const activeUsers = new Set<string>();
  for (const r of adopters) {
    const status = rng.weighted(['利用中', '休止', '中止'] as const, [85, 10, 5]);
    if (status === '利用中') activeUsers.add(r.id);
    const started = today - rng.int(60, 1500);
    const tool = rng.pick(SHARING_TOOLS);
    rows.push({
      __row: rows.length + 2,
      id: id(rows.length + 1),
      resourceId: r.id,
      tool: tool === '在宅連携ネット（ICT）' ? `${town.townName}${tool}` : tool,
      startedDate: rng.chance(0.9) ? isoOf(started) : null,
      lastConfirmed: isoOf(Math.max(started, today - rng.int(0, 240))),
      status,
    });
  }
  return { rows, activeUsers };
}
