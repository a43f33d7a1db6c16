// A duration as `m:ss`: the media summaries (main chunk) and their renderers (loaded later) share it.

/** Seconds as `m:ss` (or `h:mm:ss`); anything that is not a finite, non-negative number is `0:00`. */
export function formatDuration(seconds: unknown): string {
  const s = typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.round(seconds) : 0
  const h = Math.floor(s / 3600)
  const m = Math.floor((s % 3600) / 60)
  const ss = String(s % 60).padStart(2, '0')
  return h ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`
}
