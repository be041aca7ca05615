/**
 * Parses size and count options of the conformance commands: `--max-bytes 100M`, `512K`,
 * `1G`, `1048576`; `--max-depth 256`, `--port 0`. A bad value is a one-line usage error (exit 2).
 */
import { UsageError } from '../generator/errors.js';

const UNITS: Record<string, number> = { '': 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

export function parseSize(command: string, option: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]?)(?:i?b)?$/i.exec(value.trim());
  if (!m)
    throw new UsageError(`qspec ${command}: --${option} must be a size like 100M, 512K or 1048576 (got '${value}')`);
  return Math.floor(Number(m[1]) * UNITS[m[2]!.toLowerCase()]!);
}

export function parseCount(
  command: string,
  option: string,
  value: string | undefined,
  fallback: number,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n < min || n > max) {
    throw new UsageError(`qspec ${command}: --${option} must be an integer from ${min} to ${max} (got '${value}')`);
  }
  return n;
}
