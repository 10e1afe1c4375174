/** Deliberate input mistakes put into a generated town, so CLI tests have known findings to look for. */
import type { SampleTown } from '../../templates/sample';
import type { TownRows } from '../../templates/validate/types';

/** Text planted in personal columns; it must never reach any output. */
export const PATIENT_SECRET = '山田太郎さん';
export const PATIENT_PHONE = '090-1234-5678';

type Mutable = Record<string, unknown>;

/**
 * A copy of the town with: resource 1 phone too short, resource 2 an unknown category,
 * resource 3 a duplicate of resource 2's id, consultation 1 an impossible date and a patient's
 * name in its summary, consultation 2 a phone number in its response, and an invalid ○/× mark.
 * @returns the town and the codes each mistake must raise
 */
export function withMistakes(town: SampleTown): SampleTown {
  const resources = town.rows.resources.map((r) => ({ ...r })) as unknown as Mutable[];
  const consultations = town.rows.consultations.map((r) => ({ ...r })) as unknown as Mutable[];
  const r = (i: number): Mutable => resources[i] as Mutable;
  const c = (i: number): Mutable => consultations[i] as Mutable;
  r(0)['phone'] = '0123-45';
  r(1)['category'] = 'ドラッグストア';
  r(2)['id'] = r(1)['id'];
  r(4)['homeVisitCare'] = '△';
  c(0)['receivedDate'] = '2025/13/45';
  c(0)['summary'] = `${PATIENT_SECRET}の退院調整について相談`;
  c(1)['response'] = `家族の携帯 ${PATIENT_PHONE} に連絡`;
  const rows = { ...town.rows, resources, consultations } as unknown as TownRows;
  return { ...town, rows };
}

/** Finding codes {@link withMistakes} must produce. */
export const MISTAKE_CODES = ['phone.invalid', 'enum.invalid', 'id.duplicate', 'boolean.invalid', 'date.invalid', 'rule.personalName', 'rule.personalPhone'];
