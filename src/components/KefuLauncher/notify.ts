// The launcher's opt-in notifications while the chat is closed or the tab hidden: the unread count
// in the document title, a short beep, a system notification. No Vue in here (the embed and the
// launcher share it); everything is guarded, so a browser without one of them just does without.

/** Which notifications the launcher gives while the chat is closed or the tab hidden (all off by default). */
export interface LauncherNotifications {
  /** the document title shows the count, "(3) Page title", and is restored at 0 */
  title?: boolean
  /** a short beep (synthesised with Web Audio, nothing loaded) once the page has had a user gesture */
  sound?: boolean
  /**
   * a system notification (`Notification`), once the customer granted it: the panel offers a
   * "Turn on notifications" button (permission is only ever asked from that click)
   */
  system?: boolean
}

// ---- the title count -------------------------------------------------------------------------

const COUNT_PREFIX = /^\(\d+\+?\)\s/

/** Keeps "(n) " in front of `document.title` while n > 0; restores the page's own title at 0. */
export class TitleCount {
  private applied: string | null = null
  private base = ''

  set(count: number): void {
    if (typeof document === 'undefined') return
    const current = document.title
    // the page changed its own title meanwhile: that is the new base
    if (this.applied === null || current !== this.applied) this.base = current.replace(COUNT_PREFIX, '')
    if (count > 0) {
      const next = `(${count > 99 ? '99+' : count}) ${this.base}`
      this.applied = next
      if (current !== next) document.title = next
    } else if (this.applied !== null) {
      if (current === this.applied) document.title = this.base
      this.applied = null
    }
  }

  restore(): void {
    this.set(0)
  }
}

// ---- the sound -------------------------------------------------------------------------------

let gestureSeen = false
let gestureWatching = false

function userActivated(): boolean {
  if (gestureSeen) return true
  const activation = (typeof navigator !== 'undefined' ? (navigator as { userActivation?: { hasBeenActive?: boolean } }).userActivation : undefined)
  return activation?.hasBeenActive === true
}

/** Starts noting the page's first user gesture (browsers refuse audio before one). */
export function watchUserGesture(): void {
  if (gestureWatching || typeof window === 'undefined') return
  gestureWatching = true
  const seen = () => {
    gestureSeen = true
    for (const type of GESTURES) window.removeEventListener(type, seen, true)
  }
  for (const type of GESTURES) window.addEventListener(type, seen, true)
}
const GESTURES = ['pointerdown', 'keydown', 'touchend'] as const

type AudioContextCtor = new () => {
  currentTime: number
  destination: unknown
  state?: string
  resume?: () => Promise<void>
  createOscillator(): { type: string; frequency: { setValueAtTime(v: number, t: number): void }; connect(n: unknown): void; start(t: number): void; stop(t: number): void }
  createGain(): { gain: { setValueAtTime(v: number, t: number): void; exponentialRampToValueAtTime(v: number, t: number): void }; connect(n: unknown): void }
}

let audio: InstanceType<AudioContextCtor> | null = null
let lastBeep = -Infinity

/**
 * A soft two-tone beep (about 0.25 s), synthesised: no file, no network. Only after the page had
 * a user gesture, and at most once every 2 s. Returns whether it played.
 */
export function playBeep(now: number = Date.now()): boolean {
  if (!userActivated() || now - lastBeep < 2000 || typeof window === 'undefined') return false
  const Ctor = ((window as unknown as { AudioContext?: AudioContextCtor; webkitAudioContext?: AudioContextCtor }).AudioContext
    ?? (window as unknown as { webkitAudioContext?: AudioContextCtor }).webkitAudioContext)
  if (!Ctor) return false
  try {
    audio ??= new Ctor()
    if (audio.state === 'suspended') void audio.resume?.()
    const t = audio.currentTime
    const gain = audio.createGain()
    gain.gain.setValueAtTime(0.0001, t)
    gain.gain.exponentialRampToValueAtTime(0.15, t + 0.02)
    gain.gain.exponentialRampToValueAtTime(0.0001, t + 0.26)
    gain.connect(audio.destination)
    const tone = audio.createOscillator()
    tone.type = 'sine'
    tone.frequency.setValueAtTime(880, t)
    tone.frequency.setValueAtTime(1320, t + 0.11)
    tone.connect(gain)
    tone.start(t)
    tone.stop(t + 0.27)
    lastBeep = now
    return true
  } catch {
    return false
  }
}

/** Forgets the gesture and the last beep (tests only). @internal */
export function resetSoundState(): void {
  gestureSeen = false
  gestureWatching = false
  lastBeep = -Infinity
  audio = null
}

// ---- system notifications ----------------------------------------------------------------------

interface NotificationCtor {
  readonly permission: 'default' | 'granted' | 'denied'
  requestPermission(): Promise<'default' | 'granted' | 'denied'>
  new (title: string, options?: { body?: string; tag?: string; icon?: string }): { onclick: ((ev: unknown) => void) | null; close(): void }
}

function notificationApi(): NotificationCtor | null {
  const N = typeof window !== 'undefined' ? (window as unknown as { Notification?: NotificationCtor }).Notification : undefined
  return N && typeof N.requestPermission === 'function' ? N : null
}

/** 'unsupported' where the browser has no Notification API */
export function notificationPermission(): 'default' | 'granted' | 'denied' | 'unsupported' {
  const N = notificationApi()
  if (!N) return 'unsupported'
  try {
    return N.permission
  } catch {
    return 'unsupported'
  }
}

/** Asks for permission: call it only from a click (browsers ignore or penalise other calls). */
export async function requestNotificationPermission(): Promise<'default' | 'granted' | 'denied' | 'unsupported'> {
  const N = notificationApi()
  if (!N) return 'unsupported'
  try {
    return await N.requestPermission()
  } catch {
    return notificationPermission()
  }
}

/** Shows a system notification when permitted; `onClick` runs when the customer clicks it. */
export function showSystemNotification(title: string, body: string, onClick: () => void, icon?: string): boolean {
  const N = notificationApi()
  if (!N || notificationPermission() !== 'granted') return false
  try {
    const n = new N(title, { body, tag: 'kefu-kit', ...(icon ? { icon } : {}) })
    n.onclick = () => {
      try {
        window.focus()
      } catch {
        // a browser that refuses focus: the chat opens anyway
      }
      onClick()
      n.close()
    }
    return true
  } catch {
    // Chrome on Android only allows notifications from a service worker
    return false
  }
}
