// The embed's simulator chunk (dist/embed/kefu-kit.simulator.js): loaded when `backend` is the
// built-in simulator, so pages on a real backend never download it.
export { createSimulator } from '../../protocol/simulator/simulator'
export { simulatorTexts } from '../../protocol/simulator/locales/texts'
