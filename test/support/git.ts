import { execFileSync } from 'node:child_process'
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

/** A real git repository in a temp folder, with helpers to commit files. */
export class TestRepo {
  readonly dir: string
  constructor(prefix = 'repo-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix))
    this.git('init', '-q', '-b', 'main')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, {
      cwd: this.dir,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 't@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 't@example.com'
      }
    }).trim()
  }

  /** Writes the files and commits them; returns the new commit SHA. */
  commit(files: Record<string, string>, message = 'change'): string {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(this.dir, path)), { recursive: true })
      writeFileSync(join(this.dir, path), content)
    }
    this.git('add', '-A')
    // The folder in the body makes every repository's commits unique: two tests committing the same
    // files in the same second would otherwise share SHAs (and one test's bad version the other's).
    this.git('commit', '-q', '--allow-empty', '-m', message, '-m', `test repository ${this.dir}`)
    return this.head()
  }

  head(): string {
    return this.git('rev-parse', 'HEAD')
  }
}
