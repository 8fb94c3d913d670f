import { createHash } from 'node:crypto'
import { access, readFile, readdir, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path'
import picomatch from 'picomatch'

/** One `.sql` migration found by the `migrations` glob. */
export interface MigrationFile {
  /** The leading number of the file name (`001` of `001_users.sql`), else the name without `.sql`. */
  version: string
  /** The file name alone: what the records and the summary show, and what orders the files. */
  filename: string
  /** Relative to the workspace, with `/`. */
  path: string
  absolutePath: string
  sql: string
  /** SHA-256 of the text with CRLF read as LF, so a Windows checkout is no drift. */
  checksum: string
  /** `NAME.down.sql` beside `NAME.sql`, when it exists. */
  downPath?: string
}

/** Folders never searched unless the pattern names them: a `**` glob must not walk dependencies. */
const SKIPPED_FOLDERS = new Set(['.git', 'node_modules'])
const DOWN_SUFFIX = /\.down\.sql$/i

export class MigrationFileError extends Error {
  override readonly name = 'MigrationFileError'
}

/**
 * The migrations the glob names, in file-name order. `NAME.down.sql` files are never migrations:
 * they undo `NAME.sql`. Two files with one version are an error (which one runs first is a guess).
 */
export async function findMigrations(
  pattern: string,
  workspace: string
): Promise<{ files: MigrationFile[]; warnings: string[] }> {
  const warnings: string[] = []
  // Relative patterns are matched against workspace-relative paths, so a workspace whose own path
  // holds glob characters ("[", "(") cannot change what the pattern means.
  const posixPattern = toPosix(pattern).replace(/^\.\//, '')
  const absolute = isAbsolute(pattern)
  const resolveFrom = (path: string) => (absolute ? path : join(workspace, path))
  const scan = picomatch.scan(posixPattern)
  let paths: string[]
  if (!scan.isGlob) {
    const target = resolveFrom(posixPattern)
    const info = await stat(target).catch(() => null)
    if (info === null) paths = []
    else if (info.isDirectory()) paths = await walk(target, false, () => true)
    else paths = [target]
  } else {
    const matches = picomatch(posixPattern, { dot: false })
    const deep = scan.glob.includes('/') || scan.glob.includes('**')
    const root = resolveFrom(scan.base === '' ? '.' : scan.base)
    paths = await walk(
      root,
      deep,
      (path) => matches(toPosix(absolute ? path : relative(workspace, path))),
      posixPattern
    )
  }
  const files: MigrationFile[] = []
  for (const absolutePath of paths) {
    const filename = basename(absolutePath)
    if (!/\.sql$/i.test(filename) || DOWN_SUFFIX.test(filename)) continue
    const text = await readFile(absolutePath, 'utf8')
    const downPath = join(dirname(absolutePath), `${filename.replace(/\.sql$/i, '')}.down.sql`)
    files.push({
      version: migrationVersion(filename),
      filename,
      path: toPosix(relative(workspace, absolutePath)),
      absolutePath,
      sql: text,
      checksum: checksum(text),
      downPath: (await exists(downPath)) ? downPath : undefined
    })
  }
  files.sort((a, b) => compare(a.filename, b.filename) || compare(a.path, b.path))
  const seen = new Map<string, MigrationFile>()
  for (const file of files) {
    const other = seen.get(file.version)
    if (other)
      throw new MigrationFileError(
        `${other.path} and ${file.path} are both migration ${file.version}: give each migration its own number`
      )
    seen.set(file.version, file)
  }
  const widths = new Set(files.map((f) => /^\d+/.exec(f.filename)?.[0].length).filter((w) => w !== undefined))
  if (widths.size > 1)
    warnings.push(
      `migration numbers have different widths (${[...widths].join(', ')} digits): they run in file-name order, so 10_x.sql runs before 2_x.sql; pad them (002_x.sql)`
    )
  return { files, warnings }
}

/** `001_users.sql` → `001`, `V2__users.sql` → `2`, `20240101120000-users.sql` → `20240101120000`, `seed.sql` → `seed`. */
export function migrationVersion(filename: string): string {
  const stem = filename.replace(/\.sql$/i, '')
  const numbered = /^[Vv]?(\d+)(?=$|[_.-])/.exec(stem)
  return numbered ? numbered[1]! : stem
}

export function checksum(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex')
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

async function walk(root: string, deep: boolean, keep: (path: string) => boolean, pattern?: string): Promise<string[]> {
  const out: string[] = []
  const named = (folder: string) => pattern !== undefined && pattern.split(/[\\/]/).includes(folder)
  const visit = async (folder: string): Promise<void> => {
    const entries = await readdir(folder, { withFileTypes: true }).catch(() => [])
    for (const entry of entries) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) {
        if (deep && (!SKIPPED_FOLDERS.has(entry.name) || named(entry.name))) await visit(path)
      } else if (entry.isFile() && keep(path)) out.push(path)
    }
  }
  await visit(resolve(root))
  return out
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false
  )
}

function toPosix(path: string): string {
  return sep === '/' ? path : path.split(sep).join('/')
}
