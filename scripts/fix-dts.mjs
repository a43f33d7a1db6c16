// Makes the generated component declarations type-check for Vue 2.7 hosts as well as Vue 3.
// tsc writes `DefineComponent<Props, RawBindings, …>` with Vue 3's 18 type arguments; Vue 2.7's
// DefineComponent takes at most 11 (TS2707). Both read the first argument the same way (the
// runtime props options), so every DefineComponent keeps only that one (vue-chartjs 5 and
// vue-echarts 7 hand-write the same shape).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const dir = process.argv[2] || 'dist/types'
const MARK = 'DefineComponent<'

/** from just after `<`: where the first type argument ends, and just past the closing `>` */
function firstArgEnd(s, start) {
  let depth = 0
  let argEnd = -1
  for (let i = start; i < s.length; i++) {
    const c = s[i]
    // comments (JSDoc carried into declarations) may hold quotes and brackets
    if (c === '/' && s[i + 1] === '*') {
      i = s.indexOf('*/', i + 2) + 1
      continue
    }
    if (c === '/' && s[i + 1] === '/') {
      i = s.indexOf('\n', i)
      continue
    }
    if (c === '"' || c === "'" || c === '`') {
      // skip string literal types
      for (i++; i < s.length && s[i] !== c; i++) if (s[i] === '\\') i++
      continue
    }
    if (c === '>' && s[i - 1] === '=') continue // an arrow `=>`, not a bracket
    if (c === '<' || c === '{' || c === '(' || c === '[') depth++
    else if (c === '>' || c === '}' || c === ')' || c === ']') {
      if (depth === 0) return { argEnd: argEnd < 0 ? i : argEnd, listEnd: i + 1 }
      depth--
    } else if (c === ',' && depth === 0 && argEnd < 0) argEnd = i
  }
  throw new Error('unbalanced DefineComponent<…> in declarations')
}

/**
 * tsc writes the first argument as `ExtractPropTypes<{…options…}>`, a resolved props type in
 * which every prop with a default is required. Handing each Vue the options object instead lets
 * it work out which props are optional (those with `default` or without `required`).
 */
function unwrapExtract(arg) {
  const m = /^\s*import\("vue(?:-demi)?"\)\.ExtractPropTypes</.exec(arg)
  if (!m) return arg
  const { argEnd, listEnd } = firstArgEnd(arg, m[0].length)
  if (arg.slice(listEnd).trim() !== '') return arg
  return arg.slice(m[0].length, argEnd)
}

function fix(text) {
  let out = ''
  let from = 0
  for (;;) {
    const at = text.indexOf(MARK, from)
    if (at < 0) return out + text.slice(from)
    const start = at + MARK.length
    const { argEnd, listEnd } = firstArgEnd(text, start)
    // the nested first argument may itself contain DefineComponent
    out += text.slice(from, start) + fix(unwrapExtract(text.slice(start, argEnd))) + '>'
    from = listEnd
  }
}

let changed = 0
function walk(d) {
  for (const name of readdirSync(d)) {
    const p = join(d, name)
    if (statSync(p).isDirectory()) walk(p)
    else if (p.endsWith('.d.ts')) {
      const text = readFileSync(p, 'utf8')
      if (!text.includes(MARK)) continue
      const next = fix(text)
      if (next !== text) {
        writeFileSync(p, next)
        changed++
      }
    }
  }
}
walk(dir)
console.log(`[fix-dts] ${changed} declaration files reduced to DefineComponent<Props>`)
