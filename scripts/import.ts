// `npm run import -- FILE.xml (--out DIR | --publish) [--dry-run] [--replace] [--images DIR] [--report FILE]`:
// brings a Squarespace or WordPress (WXR) blog export over as posts, authors, categories and old-URL redirects.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { DatasetAccessError } from './lib/dataset-client'
import { ImportError, UsageError } from './lib/import/errors'
import { createPublishTarget } from './lib/import/publish'
import { runImport } from './lib/import/run'
import { loadLocalEnv } from './lib/local-env'

const USAGE = `Usage: npm run import -- FILE.xml (--out DIR | --publish) [options]

  --out DIR        write a dataset export folder (data.ndjson, images/, report.md) to DIR
  --publish        write into the configured dataset (the local lake by default) in transactions
  --dry-run        write nothing but the report (with --publish: what would be created, updated or kept)
  --replace        overwrite documents that changed since they were imported (an editor's edits are lost)
  --images DIR     folder holding the export's images, looked up by file name before downloading
                   (default: images/ beside FILE.xml, when there is one)
  --report FILE    where the report goes (default: DIR/report.md, or import-report.md)
  --section TEXT   another group line that starts a takeaway section (repeatable)`

function readArgs(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        publish: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        replace: { type: 'boolean', default: false },
        images: { type: 'string' },
        report: { type: 'string' },
        section: { type: 'string', multiple: true },
        help: { type: 'boolean', default: false },
      },
    })
  } catch (error) {
    // parseArgs throws a TypeError for an unknown option or a missing value: a usage problem.
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`)
  }
}

function parse(argv: string[]) {
  const { values, positionals } = readArgs(argv)
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const [file, ...extra] = positionals
  if (!file || extra.length > 0) throw new UsageError(`Name one export file.\n\n${USAGE}`)
  if (values.publish && values.out) throw new UsageError('Choose --out DIR or --publish, not both.')
  if (!values.publish && !values.out && !values['dry-run'])
    throw new UsageError(`Say where the posts go: --out DIR or --publish.\n\n${USAGE}`)
  const besideExport = path.join(path.dirname(file), 'images')
  return {
    file,
    out: values.out,
    publish: values.publish,
    dryRun: values['dry-run'],
    replace: values.replace,
    imagesDir: values.images ?? (existsSync(besideExport) ? besideExport : undefined),
    report: values.report,
    sections: values.section ?? [],
  }
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2))
  const { DEFAULT_GROUP_TITLES } = await import('./lib/import/sections')
  const result = await runImport({
    file: args.file,
    out: args.out,
    publish: args.publish ? createPublishTarget(loadLocalEnv()) : undefined,
    dryRun: args.dryRun,
    replace: args.replace,
    imagesDir: args.imagesDir,
    report: args.report,
    groupTitles: [...DEFAULT_GROUP_TITLES, ...args.sections],
  })
  console.log(`import: ${result.written}: ${result.posts} posts.`)
  const counts = new Map<string, number>()
  for (const outcome of result.outcomes.values()) counts.set(outcome, (counts.get(outcome) ?? 0) + 1)
  if (counts.size > 0) console.log(`import: ${[...counts].map(([what, n]) => `${n} ${what}`).join(', ')}.`)
  console.log(`import: report in ${result.reportPath}`)
}

main().catch((error: unknown) => {
  if (error instanceof ImportError || error instanceof DatasetAccessError) {
    console.error(`import: ${error.message}`)
    process.exit(error instanceof UsageError ? 2 : 1)
  }
  console.error(error instanceof Error ? (error.stack ?? error.message) : error)
  process.exit(1)
})
