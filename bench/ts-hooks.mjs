// Module hooks that let the benchmarks import the TypeScript test servers and sources as they are:
// `.js` specifiers that name a `.ts` file resolve to it, and `.ts` files are transpiled on load with
// the TypeScript compiler already in devDependencies (types erased, nothing type-checked: `npm run
// typecheck` does that). Registered by bench/run.mjs; the measured processes never load it.
import { readFile } from 'node:fs/promises'
import ts from 'typescript'

export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context)
  } catch (error) {
    const relative = specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('file:')
    if (relative && specifier.endsWith('.js')) return nextResolve(`${specifier.slice(0, -3)}.ts`, context)
    throw error
  }
}

export async function load(url, context, nextLoad) {
  if (!url.endsWith('.ts')) return nextLoad(url, context)
  const source = await readFile(new URL(url), 'utf8')
  const { outputText } = ts.transpileModule(source, {
    fileName: url,
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2023, sourceMap: false }
  })
  return { format: 'module', source: outputText, shortCircuit: true }
}
