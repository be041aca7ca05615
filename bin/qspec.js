#!/usr/bin/env node
// qspec command-line entry: registers the TypeScript loader and hands argv to generator/cli.ts.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../generator/cli.ts');
process.exitCode = await main(process.argv.slice(2));
