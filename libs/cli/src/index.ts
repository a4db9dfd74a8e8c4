export { Command, Option, InvalidArgumentError } from 'commander';
export { createProgram, type ProgramSpec, type RegisterCommands } from './create-program.js';
export { runProgram } from './run-program.js';
export { CliContext, processIo, type CliIo, type GlobalOptions, type CommandAction } from './cli-context.js';
export { table, keyValues, jsonEnvelope, jsonSafe, type CommandOutput, type Cell, type JsonEnvelope } from './output.js';
export { renderError, type RenderedError } from './render-error.js';
export { UsageError, EXIT } from './usage-error.js';
export { parseSize, formatSize } from './parse-size.js';
export { parseUuid, parseLabel, parseNameOrUuid, formatNameOrUuid, isUuid, labelProblem, LABEL_CHARS_MAX, type NameOrUuid } from './parse-id.js';
