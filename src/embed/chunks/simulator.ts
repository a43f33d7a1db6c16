// The simulator as the embed loads it (its own chunk of the embed build, kefu-kit.simulator-<hash>.js):
// loaded when `backend` is the built-in simulator, so pages on a real backend never download it.
export { createSimulator } from '../../protocol/simulator/simulator'
export { simulatorTexts } from '../../protocol/simulator/locales/texts'
