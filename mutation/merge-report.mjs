// Merges Stryker incremental files (mutation-testing-report-schema 1.x) so an area too large for one
// sitting can be measured in parts (`npm run mutation -- --area xml --part 2/4`): each part's
// results go into the area's baseline, replacing the files that part measured and keeping the
// others. Test ids and mutant ids are numbers local to one report, so both are renumbered: a test
// is known across reports by its file and name; `coveredBy`/`killedBy` ids of tests that the newer
// report no longer has are dropped (Stryker re-tests such mutants in the next incremental run).
// @see docs/testing.md "Mutation testing"; docs/decisions/0017-mutation-baseline.md

/**
 * `base` with the files of `part` taking the place of the same files in it; test files from
 * `part` replace those of `base`. Neither input is changed. `base` may be undefined.
 */
export function mergeIncremental(base, part) {
  const tests = new TestTable();
  const testFiles = {};
  // The newer report's test files win; a test file only the older one has is kept.
  for (const report of [part, base]) {
    if (report === undefined) continue;
    for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
      if (testFiles[file] !== undefined) continue;
      testFiles[file] = { ...entry, tests: entry.tests.map((t) => ({ ...t, id: tests.idOf(file, t.name) })) };
    }
  }
  let nextMutant = 0;
  const files = {};
  const baseRemap = base === undefined ? undefined : tests.remapperFor(base);
  for (const report of [part, base]) {
    if (report === undefined) continue;
    const remap = tests.remapperFor(report);
    for (const [file, entry] of Object.entries(report.files)) {
      if (files[file] !== undefined) continue;
      const earlier = report === part && baseRemap !== undefined ? carryOver(base.files[file], entry, baseRemap) : undefined;
      files[file] = {
        ...entry,
        mutants: entry.mutants.map((m) => {
          const carried = earlier?.(m);
          if (carried !== undefined) return { ...carried, id: String(nextMutant++) };
          return {
            ...m,
            id: String(nextMutant++),
            ...(m.coveredBy === undefined ? {} : { coveredBy: remap(m.coveredBy) }),
            ...(m.killedBy === undefined ? {} : { killedBy: remap(m.killedBy) }),
          };
        }),
      };
    }
  }
  return { ...(base ?? {}), ...part, files: sortKeys(files), testFiles: sortKeys(testFiles) };
}

/** Says that a static mutant left out of a run took its result from the baseline. */
export const CARRIED_OVER = 'static mutant not run (--ignoreStatic): result carried over from the baseline';

/**
 * For a part run with `--ignoreStatic` (a static mutant runs every test of the area, minutes each
 * in the xml area): a static mutant the run left out keeps the result the baseline has for the
 * same mutant (mutator, replacement and location) when the file's source is unchanged, so the
 * merged score neither drops it nor counts it as measured anew. Undefined for any other mutant.
 */
function carryOver(baseEntry, partEntry, baseRemap) {
  if (baseEntry === undefined || baseEntry.source !== partEntry.source) return undefined;
  const key = (m) => {
    const l = m.location;
    return `${m.mutatorName}\0${m.replacement}\0${l?.start?.line}:${l?.start?.column}-${l?.end?.line}:${l?.end?.column}`;
  };
  const earlier = new Map(baseEntry.mutants.map((m) => [key(m), m]));
  return (m) => {
    if (m.status !== 'Ignored' || !/^Static mutant/.test(m.statusReason ?? '')) return undefined;
    const b = earlier.get(key(m));
    if (b === undefined || b.status === 'Ignored') return undefined;
    return {
      ...m,
      status: b.status,
      statusReason: CARRIED_OVER,
      coveredBy: baseRemap(b.coveredBy ?? []),
      ...(b.killedBy === undefined ? {} : { killedBy: baseRemap(b.killedBy) }),
    };
  };
}

/** Global test ids by (test file, test name), and each report's local ids mapped onto them. */
class TestTable {
  #ids = new Map();

  idOf(file, name) {
    const key = `${file}\0${name}`;
    let id = this.#ids.get(key);
    if (id === undefined) {
      id = String(this.#ids.size);
      this.#ids.set(key, id);
    }
    return id;
  }

  /** Maps a report's local test ids to global ones; ids of tests no longer known are dropped. */
  remapperFor(report) {
    const local = new Map();
    for (const [file, entry] of Object.entries(report.testFiles ?? {})) {
      for (const t of entry.tests) {
        const id = this.#ids.get(`${file}\0${t.name}`);
        if (id !== undefined) local.set(t.id, id);
      }
    }
    return (ids) => ids.flatMap((id) => (local.has(id) ? [local.get(id)] : []));
  }
}

function sortKeys(object) {
  return Object.fromEntries(Object.entries(object).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
