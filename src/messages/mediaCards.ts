// The renderers of the media kinds (file, video, audio, location, face, merger), in one module:
// the kinds load it when the first of them is drawn (`load` in their declarations), so a host's
// bundler puts them, and their CSS, in one lazy chunk. Their summaries (the live region, the
// launcher's preview) and their decoding stay in the main chunk. Images are drawn at once (the
// commonest media message); only their viewer loads later.
export { FileMessage } from './file/FileMessage'
export { VideoMessage } from './video/VideoMessage'
export { AudioMessage } from './audio/AudioMessage'
export { LocationMessage, createLocationMessage } from './location/LocationMessage'
export { FaceMessage } from './face/FaceMessage'
export { MergerMessage } from './merger/MergerMessage'
