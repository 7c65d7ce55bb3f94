// A contract's monthly results as CSV (SPEC §11 "Measurement: … as pilot measurements", read as SPEC §6
// reads measurements): `date`, `service level` (its id or its name, any case), `value`, `n` (optional),
// `note` (optional). Each row is checked by the measurements' own row check (measurement-rows.ts), with
// the service levels in place of the pilot's KPIs, so a row typed, imported into a pilot or imported
// into a contract is read the same way. Rows dated outside the term are kept: they are stored and never
// judged (SPEC §11 "within the term"), and the preview says so.
import type { ContractMeasurement, ServiceLevel } from '../../domain/contract/contract-types';
import { MEASUREMENT_SPEC, type ColumnSpec } from './columns';
import { defineKind } from './kind';
import { createRowChecker, objectRows } from './measurement-rows';

const CONTRACT_RESULT_COLUMNS = ['date', 'serviceLevel', 'value', 'n', 'note'] as const;
type ContractResultColumn = (typeof CONTRACT_RESULT_COLUMNS)[number];

/** What a file is imported into: the contract's service levels (plain data: it crosses to the worker). */
export interface ContractResultTarget {
  serviceLevels: readonly Pick<ServiceLevel, 'id' | 'name' | 'proportion'>[];
}

const { hints, synonyms, labels } = MEASUREMENT_SPEC;

/** "serviceLevel" reads as the header "service level" (columns.ts normaliseHeader splits camelCase). */
export const CONTRACT_RESULT_SPEC: ColumnSpec<ContractResultColumn> = {
  columns: CONTRACT_RESULT_COLUMNS,
  required: ['date', 'serviceLevel', 'value'],
  labels: { date: labels.date, serviceLevel: 'Service level', value: labels.value, n: labels.n, note: labels.note },
  hints: { date: hints.date, serviceLevel: 'a service level id or its exact name', value: hints.value, n: hints.n, note: hints.note },
  synonyms: {
    date: synonyms.date,
    serviceLevel: [
      'service level id', 'service level name', 'service levels', 'servicelevel', 'sla', 'sla id', 'sl', 'slo', 'kpi', 'kpi id', 'metric', 'measure',
      'indicator', 'kennzahl', 'dienstgute', 'niveau de service', 'nivel de servicio', 'serviceniveau',
    ],
    value: synonyms.value,
    n: synonyms.n,
    note: synonyms.note,
  },
};

export const CONTRACT_RESULT_KIND = defineKind<ContractMeasurement, ContractResultTarget, ContractResultColumn>({
  spec: CONTRACT_RESULT_SPEC,
  rowsWord: 'results',
  createValidator(target, mapping, columnCount, decimalComma) {
    const { date, serviceLevel, value, n, note } = mapping;
    const check = createRowChecker(
      { kpis: target.serviceLevels, vendor: null, window: null },
      { date, kpi: serviceLevel, value, n, note, vendor: null },
      columnCount,
      decimalComma,
      { thing: 'service level', owner: 'this contract has' },
    );
    return objectRows<ContractMeasurement>(check, (level, day, result) => ({ serviceLevelId: target.serviceLevels[level].id, date: day, value: result }));
  },
});
