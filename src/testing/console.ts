// Test helper: the kit's expected console warnings (a placeholder tells the developer why it is
// shown) are captured and asserted on by the tests that cause them, instead of printed, so the
// run's output shows only what nobody expected.
import { afterEach, beforeEach, vi, type MockInstance } from 'vitest'
import { resetUnsupportedWarningsForTests } from '../messages/unsupported/UnsupportedMessage'

export interface CapturedWarnings {
  /** the warnings printed since the current test started, as strings */
  (): string[]
}

/**
 * Captures `console.warn` during every test of the calling file (or `describe`); each test starts
 * with the kit's once-per-message memory cleared, so a warning it causes is always printed (to
 * the capture), whatever ran before it.
 */
export function captureWarnings(): CapturedWarnings {
  let spy: MockInstance | undefined
  beforeEach(() => {
    resetUnsupportedWarningsForTests()
    spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
  })
  afterEach(() => {
    spy?.mockRestore()
    spy = undefined
  })
  return () => (spy ? spy.mock.calls.map((c) => c.map(String).join(' ')) : [])
}
