#!/usr/bin/env node
// `npx dmg`: the built bundle when it is fresh, else the TypeScript sources (tools/cli-entry.mjs).
import { runCliEntry } from '../../../tools/cli-entry.mjs';

await runCliEntry('dmg');
