// A tiny static file server on 127.0.0.1 and a free port, for built apps (the playground, the
// host apps). No dependencies, no directory listings, nothing outside `root`.
import { createServer } from 'node:http'
import { createReadStream, statSync } from 'node:fs'
import { extname, join, normalize, resolve, sep } from 'node:path'

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/**
 * Serves `root` on 127.0.0.1. Resolves to `{ url, close }`; `url` ends with a slash.
 * @param {string} root
 * @param {{ port?: number }} [options]
 */
export function serveStatic(root, options = {}) {
  const base = resolve(root)
  const server = createServer((req, res) => {
    let path
    try {
      path = decodeURIComponent(new URL(req.url || '/', 'http://x').pathname)
    } catch {
      res.writeHead(400).end('bad request')
      return
    }
    if (path.endsWith('/')) path += 'index.html'
    const file = normalize(join(base, path))
    if (file !== base && !file.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden')
      return
    }
    let st
    try {
      st = statSync(file)
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    if (!st.isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
      return
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file).toLowerCase()] || 'application/octet-stream',
      'content-length': st.size,
      'cache-control': 'no-store',
    })
    if (req.method === 'HEAD') return res.end()
    createReadStream(file).pipe(res)
  })
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address())
      resolvePromise({
        url: `http://127.0.0.1:${port}/`,
        close: () =>
          new Promise((r) => {
            server.closeAllConnections?.()
            server.close(() => r(undefined))
          }),
      })
    })
  })
}
