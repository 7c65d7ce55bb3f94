// How a measured figure is judged and rolled up (SPEC §4), shared by pilot KPIs and contract service
// levels (SPEC §11): its own module so that neither model imports the other.

export type KpiDirection = 'higher' | 'lower';
export const KPI_AGGREGATES = ['mean', 'last', 'sum', 'min', 'max'] as const;
export type KpiAggregate = (typeof KPI_AGGREGATES)[number];
