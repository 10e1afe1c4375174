/** Public surface of templates/dates: calendar arithmetic, serials/instants, fiscal years and 和暦. */
export * from './calendar';
export * from './serial';
export * from './fiscal';
export * from './wareki';
