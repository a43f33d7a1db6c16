// axe-core in the page: injected from node_modules (never fetched), run on a context, and the
// violations returned with, for each node, which part of the page it belongs to (a gallery entry,
// the kit's chat, or the playground around them), so a report says whose bug it is.
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
export const AXE_PATH = require.resolve('axe-core/axe.min.js')

/** WCAG 2.0 / 2.1 / 2.2 A and AA, and axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/**
 * Runs axe on `include` (CSS selectors; the whole document when omitted).
 * @returns {Promise<Array<{ id: string, impact: string, help: string, nodes: Array<{ target: string, owner: string, summary: string, html: string }> }>>}
 */
export async function runAxe(page, { include, exclude } = {}) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.addScriptTag({ path: AXE_PATH })
  return page.evaluate(
    async ({ include, exclude, tags }) => {
      const context = include ? { include: include.map((s) => [s]), exclude: (exclude || []).map((s) => [s]) } : exclude ? { exclude: exclude.map((s) => [s]) } : document
      const result = await window.axe.run(context, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
      const ownerOf = (sel) => {
        let el = null
        try {
          el = document.querySelector(Array.isArray(sel) ? sel[sel.length - 1] : sel)
        } catch {
          el = null
        }
        if (!el) return 'unknown'
        const entry = el.closest('[data-testid^="gallery-entry-"]')
        const inKit = el.closest('.kefu-root')
        if (entry) return `${entry.getAttribute('data-testid').replace('gallery-entry-', 'gallery entry ')}${inKit ? ' (kit)' : ' (playground chrome)'}`
        if (inKit) return 'kit'
        return 'page (playground / host)'
      }
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String).join(' '),
          owner: ownerOf(n.target),
          summary: (n.failureSummary || '').replace(/\s+/g, ' ').slice(0, 300),
          html: n.html.replace(/\s+/g, ' ').slice(0, 160),
        })),
      }))
    },
    { include, exclude, tags: AXE_TAGS },
  )
}

/** A readable list of violations (id, impact, help, then each node: owner, target, summary). */
export function formatViolations(violations, { maxNodes = 8 } = {}) {
  return violations
    .map((v) => {
      const nodes = v.nodes.slice(0, maxNodes).map((n) => `      - [${n.owner}] ${n.target}\n        ${n.summary}\n        ${n.html}`)
      const more = v.nodes.length > maxNodes ? `\n      … and ${v.nodes.length - maxNodes} more` : ''
      return `  ${v.id} (${v.impact}): ${v.help} — ${v.nodes.length} node(s)\n${nodes.join('\n')}${more}`
    })
    .join('\n')
}
