/**
 * Register rows checked against 資源リスト: BCP rows should name home-visiting services (the BCP
 * rate's population) and scheme rows should name hospitals or clinics. Unknown ids are already
 * reported by the reference check, so only the kind of a known resource is judged here.
 */
import { isVisitingService } from '../../sheets/registers-vocabulary';
import { MEDICAL_INSTITUTIONS } from '../../sheets/vocabulary';
import { reportInRow, type SheetOutcome } from '../outcome';

interface ResourceKind {
  readonly category: string;
  readonly homeVisitCare: boolean | null;
}

function kindsOf(resources: SheetOutcome | undefined): Map<string, ResourceKind> {
  const kinds = new Map<string, ResourceKind>();
  for (const row of resources?.rows ?? []) {
    const id = row['id'];
    const category = row['category'];
    if (typeof id === 'string' && typeof category === 'string') {
      kinds.set(id, { category, homeVisitCare: typeof row['homeVisitCare'] === 'boolean' ? row['homeVisitCare'] : null });
    }
  }
  return kinds;
}

function checkMedical(outcome: SheetOutcome | undefined, kinds: Map<string, ResourceKind>, keys: readonly string[]): void {
  for (const row of outcome?.rows ?? []) {
    for (const key of keys) {
      const id = row[key];
      const kind = typeof id === 'string' ? kinds.get(id) : undefined;
      if (kind && !(MEDICAL_INSTITUTIONS as readonly string[]).includes(kind.category)) {
        reportInRow(outcome as SheetOutcome, row.__row, key, 'warning', 'rule.notMedicalInstitution', { value: id as string, category: kind.category });
      }
    }
  }
}

export function checkRegisterResources(outcomes: ReadonlyMap<string, SheetOutcome>): void {
  const kinds = kindsOf(outcomes.get('resources'));
  if (kinds.size === 0) return;
  for (const row of outcomes.get('bcp')?.rows ?? []) {
    const id = row['resourceId'];
    if (typeof id !== 'string') continue;
    const kind = kinds.get(id);
    // The key column is an id (unique per row), so its reference to 資源リスト is checked here.
    if (!kind) reportInRow(outcomes.get('bcp') as SheetOutcome, row.__row, 'resourceId', 'error', 'ref.unresolved', { value: id, target: outcomes.get('resources')?.tabName ?? '資源リスト' });
    else if (!isVisitingService(kind)) {
      reportInRow(outcomes.get('bcp') as SheetOutcome, row.__row, 'resourceId', 'warning', 'rule.notVisitingService', { value: id, category: kind.category });
    }
  }
  checkMedical(outcomes.get('coverPairs'), kinds, ['primaryId', 'secondaryId']);
  checkMedical(outcomes.get('emergencyCare'), kinds, ['resourceId']);
}
