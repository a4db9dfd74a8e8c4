export { runServiceProcess, processEnvSchema, type ServiceProcess, type ServiceProcessSpec, type MemberServiceSpec, type StaticServiceSpec, type Served } from './run-service-process.js';
export { envVar, parseEnv, formatEnvHelp, EnvError, ENV_VALUE_CHARS_MAX, type EnvVar, type EnvSchema, type EnvValues } from './env-schema.js';
export { processEnv, memberEnv, staticRankEnv } from './common-env.js';
export { Serializer } from './serializer.js';
export { OpsEndpoint, OPS_REQUEST_TIMEOUT_MS, type OpsEndpointOptions } from './ops-endpoint.js';
