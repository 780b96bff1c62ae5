export type * from './types.ts';
export { bibliography, findSource, getSource } from './bibliography/index.ts';
export { terms } from './terms.ts';
export { services } from './services.ts';
export { iloForcedLabour2022 } from './figures.ts';
export type { FigureSeries } from './figures.ts';
