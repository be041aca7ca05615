/**
 * The sub-commands, in the order `qspec --help` lists them. Each module is imported only when its
 * command runs (or shows its --help), so start-up pays for one command's dependencies, not all.
 */
import type { CommandEntry } from '../command.js';

export const commands: readonly CommandEntry[] = [
  {
    name: 'generate',
    summary: 'Regenerate typed clients and validators from the spec folder (default specs/)',
    load: async () => (await import('./generate.js')).generateCommand,
  },
  {
    name: 'validate',
    summary: 'Validate saved XML/JSON responses against an endpoint or a schema',
    load: async () => (await import('./validate.js')).validateCommand,
  },
  {
    name: 'conformance',
    summary: 'Run conformance cases against the mock, HAR recordings or a live platform',
    load: async () => (await import('./conformance.js')).conformanceCommand,
  },
  {
    name: 'mock',
    summary: 'Serve every endpoint of the spec folder from a local mock Qualys server',
    load: async () => (await import('./mock.js')).mockCommand,
  },
  {
    name: 'diff',
    summary: 'Schema-aware changes between two spec states (folders, schema files or git refs)',
    load: async () => (await import('./diff.js')).diffCommand,
  },
  {
    name: 'notes',
    summary: 'Reconcile a Qualys release note with the spec diff (notes check)',
    load: async () => (await import('./notes.js')).notesCommand,
  },
  {
    name: 'learn',
    summary: 'Propose (or write) the schema changes real recorded responses need to validate',
    load: async () => (await import('./learn.js')).learnCommand,
  },
  {
    name: 'init',
    summary: 'Start using qspec in a project: a qspec.config.json, a spec folder and npm scripts',
    load: async () => (await import('./init.js')).initCommand,
  },
  {
    name: 'config',
    summary: 'Show the settings in use and where each comes from (config file or default)',
    load: async () => (await import('./config.js')).configCommand,
  },
  {
    name: 'impact',
    summary: 'Lines of a TypeScript project that a spec change breaks (removed/retyped fields)',
    load: async () => (await import('./impact.js')).impactCommand,
  },
];
