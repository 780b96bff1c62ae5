export { main, EXIT, VERSION, type Io } from './main.ts';
export { checkSources } from './check.ts';
export { resolveInputs, kindOf } from './inputs.ts';
export { loadConfig, findConfig, disabledBy, configSchema, ConfigError, CONFIG_NAME, type Config } from './config.ts';
export { jsonReporter } from './reporters/json.ts';
export { sarifReporter, SARIF_SCHEMA } from './reporters/sarif.ts';
export { stylishReporter } from './reporters/stylish.ts';
export type { Reporter, ReporterOptions, Format } from './reporters/reporter.ts';
export * from './types.ts';
